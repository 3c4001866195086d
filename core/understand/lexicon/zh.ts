// Built-in Chinese lexicon: how customers of any online shop write, not what one shop sells.
// General colloquial spellings, common typos, near-synonyms of e-commerce customer service, and
// words that carry no meaning for matching. Admins extend it with knowledge/lexicon.yaml.

/**
 * Spellings rewritten before matching (colloquial or mistyped → standard). Only unambiguous cases:
 * a rewrite applies everywhere, in the knowledge and in every message.
 */
export const zhRewrites: Record<string, string> = {
  // Colloquial question words.
  啥: '什么',
  咋: '怎么',
  咋样: '怎么样',
  怎样: '怎么',
  如何: '怎么',
  为何: '为什么',
  干嘛: '为什么',
  何时: '什么时候',
  几时: '什么时候',
  多会儿: '什么时候',
  多久: '多长时间',
  多少时间: '多长时间',
  哪儿: '哪里',
  哪里: '哪里',
  咋办: '怎么办',
  咋整: '怎么办',
  怎么整: '怎么办',
  多少天: '几天',
  木有: '没有',
  肿么: '怎么',
  肿么办: '怎么办',
  神马: '什么',
  // Cantonese question words (after traditional → simplified: 係 is 系).
  系咪: '是不是',
  系唔系: '是不是',
  乜嘢: '什么',
  有冇: '有没有',
  没得: '没有',
  莫有: '没有',
  没法: '不能',
  没办法: '不能',
  无法: '不能',
  不了: '不能',
  不可以: '不能',
  能否: '能不能',
  可否: '能不能',
  可不可以: '能不能',
  可以不可以: '能不能',
  是否: '是不是',
  // Common typos and variant spellings of everyday shop words.
  登陆: '登录',
  帐号: '账号',
  帐户: '账户',
  帐单: '账单',
  帐期: '账期',
  到帐: '到账',
  转帐: '转账',
  收获: '收货',
  冲值: '充值',
  冲话费: '充话费',
  付钱: '付款',
  退钱: '退款',
  优惠卷: '优惠券',
  劵: '券',
  代金卷: '代金券',
  红包卷: '红包券',
  在线等: '',
  急急急: '',
};

/**
 * Near-synonyms: each group's members meet in matching (weaker than the same word). The first word
 * names the group.
 */
export const zhSynonyms: string[][] = [
  // Orders and paying.
  ['下单', '拍下', '拍了', '拍的', '买了', '购买', '订购'],
  ['付款', '支付', '买单', '结账', '付完款', '付了款', '交钱'],
  ['订单', '单子'],
  ['取消', '撤销', '撤回'],
  // Shipping: dispatch (发) and arrival (到) are different questions.
  ['发货', '寄出', '发出', '出库', '发快递', '寄快递', '发走', '寄走'],
  ['到货', '送到', '送达', '到了', '收到货', '送来', '寄到', '发到', '运到', '到手', '送过来'],
  ['快递', '物流', '快件', '包裹', '货运'],
  // Which courier: what matters is that one is named (能发顺丰吗 asks what 能发韵达吗 asks).
  ['快递公司', '顺丰', '中通', '圆通', '申通', '韵达', '百世', '极兔', '京东快递', '德邦'],
  ['运费', '邮费', '快递费', '运输费'],
  ['包邮', '免运费', '免邮'],
  ['货到付款', '到付', '收到货再付', '收货再付', '收到货再给钱'],
  ['催', '催一下', '催发', '加急', '快点发', '尽快发'],
  ['不更新', '没更新', '没动', '不动了', '不动', '没动静', '没变化', '卡住', '停滞', '停在'],
  ['签收', '已签收', '显示签收'],
  ['在哪', '到哪', '在哪里', '到哪里', '在哪儿', '到哪儿'],
  ['未发货', '没发货', '还没发', '还不发', '不发货'],
  ['发货单', '价格单', '出货单', '小票', '价签'],
  ['拒收', '拒签', '不签收'],
  ['地址', '收货地址', '收件地址'],
  ['手机号', '手机号码', '电话号码', '联系电话', '联系方式'],
  // After-sale.
  ['退款', '退钱', '返款', '退费', '钱退回'],
  ['到账', '到帐', '钱到了', '收到钱', '退回来', '钱回来', '钱没回来', '钱还没回来', '钱没到', '钱还没到'],
  ['运费险', '退货险', '退换货险'],
  ['退货', '退回', '退掉', '寄回'],
  ['换货', '调换', '换一个', '换个'],
  ['售后', '维修', '保修'],
  ['开封', '拆封', '开盖', '开袋', '拆开', '拆了'],
  ['坏了', '损坏', '破损', '破了', '碎了', '压坏'],
  ['漏发', '少发', '少给', '少寄', '漏寄', '缺件', '没发全', '发少了'],
  ['发错', '错发', '寄错', '发成了'],
  ['质量', '品质', '做工'],
  ['储存', '保存', '存放', '储藏', '存储'],
  ['含糖', '加糖', '有糖', '糖分'],
  ['临期', '快过期', '快要过期', '快到期', '即将过期'],
  ['随货', '跟货', '和货一起', '随包裹'],
  ['流程', '步骤', '手续', '操作', '怎么弄', '怎么办理'],
  // Goods, prices, promotions.
  ['商品', '东西', '宝贝', '产品'],
  ['商家', '卖家', '店家', '店铺'],
  ['库存', '有货', '现货', '缺货', '断货', '补货'],
  ['价格', '价钱', '多少钱', '售价', '怎么卖'],
  ['便宜', '优惠', '打折', '折扣', '减价', '促销', '活动'],
  ['优惠券', '代金券', '折扣券'],
  ['赠品', '小礼物', '附赠', '送的东西'],
  ['推荐', '哪款好', '哪个好', '哪种好', '选哪'],
  ['送礼', '送人', '送给', '买来送'],
  ['父母', '爸妈', '爸爸妈妈', '长辈'],
  ['尺码', '码数', '尺寸', '大小', '几码', '什么码', '多大码', '哪个码'],
  // Whether it is genuine, asked either way (是正品吗, 会不会是假货).
  ['正品', '真货', '正货', '正版', '真的', '真假', '假货', '假的', '仿品', '高仿'],
  ['孕妇', '怀孕', '孕期', '孕妈'],
  ['哺乳期', '哺乳', '喂奶', '母乳'],
  ['发票', '票据', '收据'],
  // Accounts and general verbs.
  ['账号', '账户', '用户名'],
  ['修改', '更改', '变更', '改'],
  ['更换', '换成', '换'],
  ['关闭', '关掉', '停用', '注销'],
  ['开通', '开启', '打开', '激活'],
  ['能', '可以', '能够'],
  ['提高', '提升', '增加', '调高'],
  ['降低', '减少', '调低', '下降'],
  ['为什么', '怎么回事', '什么原因', '原因'],
  ['还款', '还钱'],
  ['删除', '删掉', '删'],
  ['查询', '查看', '查'],
  ['绑定', '关联'],
  ['解绑', '解除绑定', '取消绑定'],
  ['银行卡', '储蓄卡', '借记卡'],
  ['验证码', '校验码', '动态码'],
  ['收到', '收着', '拿到'],
  ['什么时候', '多长时间', '几天'],
  ['不能', '不行', '失败'],
];

/** Words that carry no meaning for matching: greetings, politeness, particles. */
export const zhStopwords: string[] = [
  '亲', '您好', '你好', '请问', '问一下', '问下', '想问', '麻烦', '谢谢', '在吗', '在不在',
  // How Taobao customers address the shop.
  '老板', '掌柜', '亲爱的',
  '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '么', '哈', '噢', '喔', '嗯', '额', '呃', '啦', '嘞', '咧', '哟', '呐', '哇',
  '大概', '大约', '我', '我的', '你', '你们', '他', '她', '它', '这', '那', '个', '一下', '就', '都', '也', '还是', '是',
];

/**
 * Characters that mostly build the frame of a question (怎么, 什么, 可以, 是不是) rather than its
 * topic: they count for less on their own, whatever their rarity in one shop's knowledge.
 */
export const zhFunctionChars = '怎么什吗呢吧啊呀哦嘛为哪谁是有在了的我你他她它这那个和与就都也又请问下要想能可以会吧该让给把被从对时候';


/**
 * Question words of more than one character (几天, 多长时间, 怎么办): every character inside one is
 * part of the question's frame, whatever it means elsewhere (天 of 七天无理由, 办 of 办理). What the
 * customer asks about is said by the other words; these only say how they ask.
 */
export const zhFramePhrases: string[] = [
  '多长时间', '几天', '几号', '几点', '多少', '怎么办', '怎么弄', '怎么搞', '怎么操作',
];
