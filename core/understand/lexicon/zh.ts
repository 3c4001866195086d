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
  木有: '没有',
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
  ['退款', '退钱', '返款', '退费', '钱退回'],
  ['退货', '退回', '退掉', '寄回'],
  ['换货', '调换', '换一个', '换个'],
  ['发货', '寄出', '发出', '出库', '发快递', '寄快递'],
  ['快递', '物流', '快件', '包裹'],
  ['到货', '送到', '送达', '到了', '收到货'],
  ['运费', '邮费', '快递费'],
  ['包邮', '免运费', '免邮'],
  ['优惠券', '代金券', '折扣券'],
  ['价格', '价钱', '多少钱', '售价'],
  ['便宜', '优惠', '打折', '折扣', '减价'],
  ['尺码', '码数', '尺寸', '大小'],
  ['质量', '品质', '做工'],
  ['正品', '真货', '正版', '真的'],
  ['手机号', '手机号码', '电话号码'],
  ['账号', '账户', '用户名'],
  ['修改', '更改', '变更', '改'],
  ['更换', '换成', '换'],
  ['取消', '撤销', '撤回'],
  ['关闭', '关掉', '停用', '注销'],
  ['开通', '开启', '打开', '激活'],
    ['能', '可以', '能够'],
  ['提高', '提升', '增加', '调高'],
  ['降低', '减少', '调低', '下降'],
  ['为什么', '怎么回事', '什么原因', '原因'],
  ['付款', '支付', '买单', '结账'],
  ['还款', '还钱'],
  ['删除', '删掉', '删'],
  ['查询', '查看', '查'],
  ['绑定', '关联'],
  ['解绑', '解除绑定', '取消绑定'],
  ['银行卡', '储蓄卡', '借记卡'],
  ['验证码', '校验码', '动态码'],
  ['发票', '票据', '收据'],
  ['地址', '收货地址'],
  ['订单', '单子'],
  ['商品', '东西', '宝贝', '产品'],
  ['商家', '卖家', '店家', '店铺'],
  ['售后', '维修', '保修'],
  ['坏了', '损坏', '破损'],
  ['收到', '收着', '拿到'],
    ['什么时候', '多长时间', '几天'],
  ['不能', '不行', '失败'],
    ];

/** Words that carry no meaning for matching: greetings, politeness, particles. */
export const zhStopwords: string[] = [
  '亲', '您好', '你好', '请问', '问一下', '问下', '想问', '麻烦', '谢谢', '在吗', '在不在',
  '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '么', '哈', '噢', '喔', '嗯', '额', '呃', '啦',
  '我', '我的', '你', '你们', '他', '她', '它', '这', '那', '个', '一下', '就', '都', '也', '还是', '是',
];

/**
 * Characters that mostly build the frame of a question (怎么, 什么, 可以, 是不是) rather than its
 * topic: they count for less on their own, whatever their rarity in one shop's knowledge.
 */
export const zhFunctionChars = '怎么什吗呢吧啊呀哦嘛为哪谁是有在了的我你他她它这那个和与就都也又请问下要想能可以会吧该让给把被从对';
