// Built-in Chinese lexicon: how customers of any online shop write, not what one shop sells.
// General colloquial spellings, common typos, near-synonyms of e-commerce customer service, and
// words that carry no meaning for matching. Admins extend it with knowledge/lexicon.yaml.

/**
 * Spellings rewritten before matching (colloquial or mistyped → standard). Only unambiguous cases:
 * a rewrite applies everywhere, in the knowledge and in every message.
 */
export const zhRewrites: Record<string, string> = {
  // A table, not an object with a shape: the keys after the first spread below are added one at a
  // time, and a shaped object takes a new hidden class for each (some 2 MB of every start here, 5 MB
  // and 30 ms for the English table). The prototype is no key (`as never`: TypeScript reads it as one).
  __proto__: null as never,
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
  // Making an order up to a threshold is reaching it (凑够多少能包邮 asks 满多少包邮).
  凑够: '满',
  凑满: '满',
  凑到: '满',
  买够: '满',
  多少时间: '多长时间',
  哪儿: '哪里',
  哪里: '哪里',
  咋办: '怎么办',
  咋整: '怎么办',
  怎么整: '怎么办',
  多少天: '几天',
  // Days, as Cantonese counts them (not 日元, yen).
  几多日: '几天',
  多少日: '几天',
  几多日元: '多少日元',
  多少日元: '多少日元',
  // A week however it is said (一礼拜, 一个星期, 星期天), and a time (送一回, 这回).
  个星期: '周',
  个礼拜: '周',
  星期: '周',
  礼拜: '周',
  一回: '一次',
  这回: '这次',
  // Paying over months said without 分期 (where the knowledge says 分期, a group would count it twice).
  分几个月付: '分期付',
  分几个月: '分期',
  分几期: '分期',
  按月付: '分期付',
  分月付: '分期付',
  // Covering a thing for years is its warranty (坏了你们管几年; not 保多久, which a fruit is asked too).
  管几年: '保修几年',
  管多久: '保修多长时间',
  管多长时间: '保修多长时间',
  包几年: '保修几年',
  // …and so is a thing covered too, asked with 保 alone (滤芯也保吗 after the warranty's answer).
  也保吗: '也保修吗',
  也保不: '也保修不',
  也在保吗: '也在保修吗',
  // Typos of question words, which homophone and look-alike repair leave alone (it repairs topic
  // words only: see homophones.ts).
  时侯: '时候',
  怎么半: '怎么办',
  多少前: '多少钱',
  // A size up or down (号 of clothes is 码; 几号 alone is a date).
  大一号: '大一码',
  小一号: '小一码',
  // Going by a courier is being sent by it (能不能走顺丰).
  走顺丰: '发顺丰',
  走京东: '发京东',
  走中通: '发中通',
  走圆通: '发圆通',
  走申通: '发申通',
  走韵达: '发韵达',
  走邮政: '发邮政',
  走ems: '发ems',
  走极兔: '发极兔',
  走德邦: '发德邦',
  木有: '没有',
  // Northern 儿化: the 儿 closing a word is how it sounds, not another word (一股胶皮味儿, 大个儿, 一块儿).
  // (Words where 儿 is a child, 女儿 婴儿 儿童, are not among these.)
  ...Object.fromEntries(['味', '块', '朵', '证', '名', '色', '个', '点', '事', '会', '活', '劲', '盖', '边', '印', '缝', '样', '款', '码', '号', '空', '把', '口', '头', '面', '片', '包', '盒', '袋', '瓶', '根'].map((c) => [`${c}儿`, c])),
  这儿: '这里',
  那儿: '那里',
  玩意儿: '东西',
  玩意: '东西',
  娃儿: '孩子',
  // Northeastern: 埋汰 is dirty, 拾掇 is to tidy or clean up.
  埋汰: '脏',
  拾掇: '清理',
  // Northern colloquial: 俺 is 我, 这疙瘩 is here, 整 something over or open is sending or opening it.
  俺: '我',
  这疙瘩: '这里',
  那疙瘩: '那里',
  那旮旯: '那里',
  这旮旯: '这里',
  旮旯: '地方',
  // Shaanxi and northern: 额们 is 我们, 搁 somewhere is being there, 外头 is 外面.
  额们: '我们',
  搁外头: '在外面',
  搁家: '在家',
  搁: '在',
  // (…but 耽搁 is a delay and 搁置 putting aside.)
  耽搁: '耽搁',
  搁置: '搁置',
  外头: '外面',
  整过去: '发过去',
  咋个整: '怎么办',
  整过来: '发过来',
  整开: '弄开',
  整得开: '弄得开',
  整不开: '弄不开',
  饼子: '饼',
  // An hour, as the north says it (一个钟头).
  钟头: '小时',
  // Not sleeping is insomnia, however it is said.
  睡不着: '失眠',
  睡不好: '失眠',
  肿么: '怎么',
  肿么办: '怎么办',
  神马: '什么',
  // Cantonese question words (after traditional → simplified: 係 is 系).
  系咪: '是不是',
  系唔系: '是不是',
  乜嘢: '什么',
  有冇: '有没有',
  冇: '没有',
  几多: '多少',
  点解: '为什么',
  几耐: '多长时间',
  可唔可以: '能不能',
  得唔得: '能不能',
  呢个: '这个',
  边度: '哪里',
  边个: '哪个',
  边只: '哪个',
  污糟: '脏',
  边间: '哪家',
  咩: '什么',
  咗: '了',
  // Cantonese everyday words: not (唔), the pronouns, possession, being somewhere, giving, looking.
  唔: '不',
  佢哋: '他们',
  我哋: '我们',
  你哋: '你们',
  佢: '他',
  嘅: '的',
  啲: '些',
  喺: '在',
  嚟: '来',
  畀: '给',
  俾: '给',
  睇: '看',
  揾: '找',
  攞: '拿',
  嘢: '东西',
  咁: '这么',
  而家: '现在',
  今日: '今天',
  听日: '明天',
  琴日: '昨天',
  寻日: '昨天',
  点样: '怎么',
  // (…but 一点样品 and 点样子 are 一点 and 样品, 样子.)
  点样品: '点样品',
  点样子: '点样子',
  点算: '怎么办',
  点办: '怎么办',
  几钱: '多少钱',
  冇晒货: '没货了',
  冇晒: '没有了',
  仲有: '还有',
  仲未: '还没',
  仲要: '还要',
  屋企: '家',
  返屋企: '回家',
  // Water got in (入咗水), and a shop (间铺, 铺头).
  入咗水: '进了水',
  入水: '进水',
  间铺: '店',
  铺头: '店',
  // Coming back (退款返到我户口: back into my bank account, 户口 in Cantonese).
  返到: '回到',
  返嚟: '回来',
  户口: '账户',
  // Ordering (落单), the fridge (雪柜), whether one must (使唔使).
  落单: '下单',
  雪柜: '冰箱',
  使唔使: '要不要',
  放工: '下班',
  // A ticket, counted (两张飞; not 一张飞机票, nor 张飞牛肉), and together (坐埋一齐).
  ...Object.fromEntries([...'一两二三四五六七八九十几'].flatMap((n) => [[`${n}张飞`, `${n}张票`], [`${n}张飞机`, `${n}张飞机`]])),
  一齐: '一起',
  好夜: '很晚',
  钟数: '时间',
  // Northern colloquial looking: 瞅一眼, 瞧瞧.
  瞅: '看',
  // Northeastern 整: fitting it (咋整上去; not 整上去 alone, which is carrying it upstairs), fiddling with it
  // (鼓捣), a machine working (干活).
  咋整上去: '怎么装上去',
  鼓捣: '弄',
  干活: '工作',
  瞧: '看',
  靓: '漂亮',
  啱: '合适',
  搞掂: '搞定',
  // Henan and Shandong: 恁 is you, 中不中 is 行不行, 哩 is 的 (咖哩 is 咖喱, the usual spelling).
  恁: '你',
  恁家: '你家',
  中不中: '行不行',
  哩: '的',
  咖哩: '咖喱',
  // Wu (Shanghai) words: 侬 is you, …伐 closing a question is 吗, 覅 is 不要. (Not 阿拉 for we: it
  // begins 阿拉伯 and 阿拉斯加.)
  侬: '你',
  辰光: '时候',
  覅: '不要',
  迭只: '这只',
  迭个: '这个',
  搿只: '这只',
  搿个: '这个',
  好装多少: '能装多少',
  里向: '里面',
  写清爽: '写清楚',
  讲清爽: '讲清楚',
  毛病伐: '毛病吗',
  了伐: '了吗',
  啥两样: '什么区别',
  什么两样: '什么区别',
  晓得: '知道',
  好伐: '好吗',
  // Money (铜钿, 几钿 how much), and not wanting (勿想, 勿要).
  铜钿: '钱',
  几钿: '多少钱',
  勿想: '不想',
  勿要: '不要',
  可以伐: '可以吗',
  有伐: '有吗',
  是伐: '是吗',
  对伐: '对吗',
  能伐: '能吗',
  // (Wu, too: a child is 小囡, at home 屋里厢, 好坐到几岁 can it be sat in until.)
  小囡: '孩子',
  屋里厢: '家里',
  好坐到: '能坐到',
  // Sichuan and other southwestern words (屋头 is at home, 得不得行 is 行不行).
  屋头: '家里',
  得不得行: '行不行',
  得行不: '行不行',
  啥子: '什么',
  巴适: '舒服',
  咋个: '怎么',
  莫得: '没有',
  要得不: '能不能',
  好多钱: '多少钱',
  // 好久 before sending or coming asks how long in the southwest (好久发货 is 多久发货). Not before a
  // bare 到 or a refund: 等了好久到现在, 申请了好久退款都没到 tell a long wait.
  ...Object.fromEntries(['发货', '能发', '寄出', '能到', '到货', '送到'].map((verb) => [`好久${verb}`, `多久${verb}`])),
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
  中请: '申请',
  冲话费: '充话费',
  付钱: '付款',
  退钱: '退款',
  退我钱: '退款',
  退我的钱: '退款',
  优惠卷: '优惠券',
  // Opened, said with 了 in the middle (开了封, 拆了封), is 开封 and 拆封.
  开了封: '开封',
  拆了封: '拆封',
  // Typed by sound: 发祸 is 发货, 有会券 and its like are 优惠券; withdrawing an order (撤单) cancels it.
  发祸: '发货',
  ...Object.fromEntries(['优', '有'].flatMap((you) => ['会', '汇', '惠'].flatMap((hui) => ['券', '卷'].map((quan) => [you + hui + quan, '优惠券'])))),
  撤单: '取消订单',
  // Not wanting it any more, said short (干脆不要了), is 不想要了.
  不要了: '不想要了',
  邮正: '邮政',
  劵: '券',
  代金卷: '代金券',
  红包卷: '红包券',
  在线等: '',
  急急急: '',
  // Not paying for the delivery is free delivery (买多少钱才不用付快递费 asks 满多少包邮).
  ...freeDelivery(),
};

/** 不用付运费, 不收邮费, 免快递费 … → 包邮; 运费险 (shipping-return insurance) left as it is. */
function freeDelivery(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const not of ['不用付', '不用出', '不用交', '不用给', '不收', '不用', '免']) {
    for (const fee of ['运费', '邮费', '快递费']) {
      if (not === '免' && fee === '运费') continue; // 免运费 is in the 包邮 group already
      out[not + fee] = '包邮';
      out[`${not + fee}险`] = `${not + fee}险`;
    }
  }
  return out;
}

/**
 * Opposite states, by their synonym groups' first words: a question about one is not about the other
 * (没拆封的能退吗 is the plain return question, not the one about opened items).
 */
export const zhOpposites: [string, string][] = [['没拆封', '开封']];

/**
 * Near-synonyms: each group's members meet in matching (weaker than the same word). The first word
 * names the group.
 */
export const zhSynonyms: string[][] = [
  // Orders and paying.
  ['下单', '拍下', '拍了', '拍的', '买了', '购买', '订购'],
  ['付款', '支付', '买单', '结账', '付完款', '付了款', '付完钱', '付了钱', '交钱'],
  ['订单', '单子'],
  ['品牌', '牌子'],
  // Done without coming in: online, over the net, remotely.
  ['线上', '网上', '远程'],
  ['取消', '撤销', '撤回'],
  // Shipping: dispatch (发) and arrival (到) are different questions.
  ['发货', '寄出', '发出', '出库', '发快递', '寄快递', '发走', '寄走', '离开仓库', '出仓', '仓库出来', '出仓库', '仓库发出', '交给快递', '交到快递', '交给物流', '交到物流'],
  ['到货', '送到', '送达', '到了', '收到货', '送来', '寄到', '发到', '运到', '到手', '到我手上', '到手上', '到我手里', '送过来', '发过来', '寄过来', '运过来'],
  ['快递', '物流', '快件', '包裹', '货运'],
  // Which courier: what matters is that one is named (能发顺丰吗 asks what 能发韵达吗 asks).
  ['快递公司', '顺丰', '中通', '圆通', '申通', '韵达', '百世', '极兔', '京东快递', '德邦', '发邮政', '邮政快递', 'EMS', '京东物流', '哪家快递', '发哪家', '用哪家', '什么快递'],
  // How a size comes up: big, small, true (偏码吗, 正码), and feet that need another (脚宽, 胖脚).
  ['偏码', '正码', '标准码', '偏大', '偏小', '码偏大', '码偏小', '码数准', '尺码准'],
  ['脚宽', '脚胖', '胖脚', '宽脚', '脚肥', '肉脚', '脚背高', '高脚背', '脚面高'],
  // Creases in a shoe's upper or a garment.
  ['褶皱', '褶子', '起褶', '折痕', '压痕', '皱褶', '起皱'],
  // A person rather than the bot.
  ['真人', '活人', '人工客服', '真人客服'],
  ['运费', '邮费', '快递费', '运输费', '配送费', '跑腿费'],
  // Indoors, however the room is called.
  ['室内', '屋里', '屋子里', '房间里', '屋内'],
  ['包邮', '免运费', '免邮'],
  ['货到付款', '到付', '收到货再付', '收货再付', '收到货再给钱', '付给快递'],
  ['催', '催一下', '催发', '加急', '快点发', '尽快发'],
  ['不更新', '没更新', '没动', '不动了', '不动', '没动静', '没变化', '卡住', '停滞', '停在'],
  ['签收', '已签收', '显示签收'],
  ['送货上门', '送上门', '送到家', '送到家门口', '送到门口', '家门口'],
  // Asking to be sent later.
  ['晚点发', '晚几天发', '过几天发', '过几天再发', '下周发', '下周再发', '延迟发货', '推迟发货', '先别发', '暂时别发'],
  ['在哪', '到哪', '在哪里', '到哪里', '在哪儿', '到哪儿'],
  ['未发货', '没发货', '还没发', '还不发', '不发货', '还不寄', '还没寄', '没寄出'],
  ['发货单', '价格单', '出货单', '小票', '价签'],
  ['拒收', '拒签', '不签收'],
  ['地址', '收货地址', '收件地址', '寄送地址', '送货地址', '寄送的地方', '寄的地方', '收货的地方', '住址'],
  ['手机号', '手机号码', '电话号码', '联系电话', '联系方式'],
  // Who the parcel is addressed to, and their details (收货信息 as shops call it).
  ['收货人', '收件人', '收货信息', '收件信息', '收货人信息', '收件人信息'],
  // After-sale.
  ['退款', '退钱', '返款', '退费', '钱退回'],
  ['到账', '到帐', '钱到了', '收到钱', '钱退回来', '钱回来', '退回来了吗', '退回来没', '钱没回来', '钱还没回来', '钱没到', '钱还没到', '退到卡', '退回到卡', '回到卡', '到卡上', '到我卡上', '回到我卡', '退到我卡', '打到卡', '钱没退', '钱还没退', '没退钱', '还没退钱'],
  ['运费险', '退货险', '退换货险'],
  // 能退吗 asks to return the thing: 退 alone, as a question ends (not 能退款吗, not 想退, which 想退款 holds).
  [
    '退货', '退回', '退掉', '寄回',
    ...['能', '可以', '可不可以', '能不能', '可唔可以', '还能', '给'].flatMap((may) => ['吗', '么', '不', '伐', '嘛', '没'].map((ask) => `${may}退${ask}`)),
    '退得到不', '退得了吗', '退得了不', '好退伐', '好退吗',
  ],
  ['换货', '调换', '换一个', '换个'],
  ['售后', '维修', '保修', '报修', '修理', '要修', '来修', '修一下', '上门修'],
  // A machine that stopped working.
  ['故障', '出故障', '不转', '不转了', '不工作', '不启动', '罢工', '不制冷', '不凉', '不冷了', '不制热', '不出热风', '整不动了', '不好使了'],
  // How loud a machine is (这玩意儿吵不吵, 声音大吗, 有多少分贝).
  ['噪音', '吵', '吵不吵', '吵吗', '太吵', '很吵', '声音大', '声音大吗', '声音大不大', '动静大', '动静大不大', '分贝', '静音'],
  ['耗电', '费电', '省电', '用电量', '几度电', '电费'],
  // Phones and gadgets: which phone is named matters as little as which courier.
  ['手机品牌', '苹果手机', '安卓', '华为', '小米', '三星', '荣耀', '一加'],
  ['快充', '充电快', '充得快', '充电速度', '闪充'],
  ['防水', '防汗', '出汗', '防溅', '淋雨'],
  ['回收', '拉走', '收走'],
  ['以旧换新', '旧换新', '旧的换新的'],
  ['开封', '拆封', '开盖', '开袋', '拆开', '拆了'],
  // Unopened is no kind of opened (没拆封的可以退吗 is the plain return question).
  ['没拆封', '未拆封', '没开封', '未开封', '没拆开', '没打开', '没拆', '没开过', '没用过', '全新未拆'],
  ['用过', '试过', '试了一次', '用了一次', '试用过'],
  ['坏了', '损坏', '破损', '破了', '碎了', '压坏', '摔碎', '摔坏', '摔烂', '摔破', '摔裂', '打碎', '打破', '挤碎', '压碎', '碎掉', '是坏的', '坏的', '碎的', '碎成', '破的', '坏掉', '磕碰', '磕坏', '碰坏', '刮花', '划痕', '变形', '歪了', '歪的', '拉不上', '拉不动', '裂了', '裂开', '瘪了', '压瘪', '压扁', '瘪的', '烂了', '烂的', '烂掉', '坏果', '烂果', '折断', '断了', '压断', '断掉'],
  // Sending again what arrived broken or never came.
  ['补发', '补寄', '重发', '重新发', '重新寄', '再寄', '重送', '重新送', '再送一'],
  // A regular delivery left out once or for a while (a subscription's).
  ['暂停', '停一次', '停一期', '停一周', '跳过一次', '跳过一期', '这期不送', '先不送'],
  // Sent without saying who from.
  ['匿名', '署名', '不留名', '不留名字', '不写名字', '不具名', '落款'],
  ['漏发', '少发', '少给', '少寄', '漏寄', '缺件', '没发全', '发少了', '只收到', '只来了', '忘放', '忘了放', '漏放', '少放', '没放进', '少了一个', '少了两个', '少了几个', '少了一块', '少了两块', '少了几块', '少了一颗', '少了几颗', '少件', '缺少零件', '零件不全', ...['一', '两', '二', '三', '几'].flatMap((n) => [...'个块颗瓶包袋盒件支罐桶本双条张样'].flatMap((unit) => [`少了${n}${unit}`, `缺${n}${unit}`, `缺了${n}${unit}`]))],
  // Leaves, cloth or a screen turning yellow.
  ['发黄', '黄了', '变黄', '泛黄', '黄掉'],
  ['发错', '错发', '寄错', '发成了'],
  ['发霉', '长毛', '霉变', '长霉', '霉了', '有霉点'],
  // Fresh food: spoilt on the way, ripe or not, eaten at once, how it tastes.
  ['捂坏', '热坏', '闷坏', '化了', '会不会化', '化掉', '融化'],
  ['熟了', '熟透', '没熟', '成熟'],
  // Flowers not yet open, as anyone calls them.
  ['花苞', '花骨朵', '骨朵', '花蕾'],
  // Agreeing a time ahead (约定个时间送).
  ['预约', '约定', '约好', '约个时间', '约时间'],
  // A card with a message in a gift.
  ['贺卡', '卡片', '祝福卡', '祝福语', '留言卡', '手写卡', '写句话'],
  // How it tastes, asked either way (甜不甜, 酸吗).
  ['口感', '味道', '甜不甜', '酸不酸', '甜吗', '酸吗', '好吃吗', '好不好吃'],
  ['直接吃', '马上吃', '立刻吃', '到手就吃'],
  ['口感', '好吃', '好不好吃', '味道怎么样'],
  ['质量', '品质', '做工'],
  ['储存', '保存', '存放', '储藏', '存储'],
  // Sleep, as what a drink or a product may cost it (睡不着 is 失眠: see the rewrites).
  ['失眠', '影响睡眠', '睡不踏实', '睡眠不好'],
  // A test report, of whatever is tested.
  ['检测报告', '检验报告', '质检报告', '检测', '检验', '质检', '化验', '检验单'],
  ['含糖', '加糖', '有糖', '糖分'],
  // Blood sugar: asked of what sugar a snack holds (我血糖高 能吃吗).
  ['糖尿病', '血糖高', '高血糖', '控糖', '血糖'],
  // What is added: colourings and preservatives are one question (有没有添加剂).
  ['添加剂', '防腐剂', '色素', '香精', '添加了什么'],
  // Oil gone rancid, as it is tasted.
  ['哈喇味', '油哈味', '哈味', '油耗味', '哈喇'],
  ['临期', '快过期', '快要过期', '快到期', '即将过期'],
  // Points or a balance lapsing.
  ['过期', '清零', '失效'],
  // Insects in food.
  ['虫子', '有虫', '生虫', '长虫', '小虫', '米虫', '虫卵', '生了虫', '长了虫'],
  ['随货', '跟货', '和货一起', '随包裹'],
  ['流程', '步骤', '手续', '操作', '怎么弄', '怎么办理'],
  // Goods, prices, promotions.
  ['商品', '东西', '宝贝', '产品'],
  ['商家', '卖家', '店家', '店铺'],
  ['库存', '有货', '现货', '缺货', '断货', '补货', '卖完了', '卖光了', '售罄', '还有货', '有没有货', '没货', '没货了', '下架了', '抢光了', '卖没了'],
  ['价格', '价钱', '多少钱', '售价', '怎么卖'],
  ['便宜', '优惠', '打折', '折扣', '减价', '促销', '活动'],
  ['优惠券', '代金券', '折扣券'],
  ['赠品', '小礼物', '附赠', '送的东西', '有送'],
  ['推荐', '哪款好', '哪个好', '哪种好', '选哪', '挑一款', '帮我挑', '帮我选', '选一款', '卖得最好', '卖得好', '最好卖', '热销', '爆款', '销量最高', '最受欢迎'],
  ['新手', '小白', '入门', '第一次', '初次', '刚开始', '头一回', '头一次', '第一回'],
  // A customer new to the shop, and what is given to one.
  ['新人', '新客', '新用户', '新顾客', '新注册', '见面礼', '新人礼'],
  ['福利', '礼物', '礼品'],
  ['攒', '赚', '获得', '挣'],
  ['送礼', '送人', '送给', '买来送', '送女朋友', '送男朋友', '送对象', '送老婆', '送老公', '送闺蜜', '送朋友', '送同事', '送妈妈', '送老师', '送亲戚', '走亲戚', '送长辈', '送领导', '送客户'],
  // For a man (我老公能用吗 asks what 男生能用吗 asks).
  ['男士', '男生', '男人', '男性', '老公', '男朋友', '老爸'],
  ['父母', '爸妈', '爸爸妈妈', '长辈'],
  ['尺码', '码数', '尺寸', '大小', '几码', '什么码', '多大码', '哪个码', '拍多大', '穿多大', '买多大', '选多大', '宽度', '高度', '深度', '长度', '长宽高', '多宽', '多高', '多深'],
  // What a body weighs, told or asked (see body-measures.ts).
  ['体重', '多重'],
  // How old a child it is for (几岁能玩 asks what 适合多大年龄 asks).
  ['年龄', '适龄', '年龄段', '几岁', '多少岁', '多大的孩子', '多大孩子', '多大的宝宝', '多大宝宝'],
  ['材质', '材料', '用料', '什么做的', '面料', '成分', '含棉量', '含棉'],
  ['实木', '木头', '木材', '原木'],
  // Whether it is genuine, asked either way (是正品吗, 会不会是假货).
  ['正品', '真货', '正货', '正版', '真的', '真假', '假货', '假的', '仿品', '高仿', '保真', '原装', '原厂', '专柜货', '柜台货', '验证真伪', '扫码验证', '莆田', '正经货', '山寨', '山寨货'],
  ['孕妇', '怀孕', '孕期', '孕妈'],
  // Pets, as their owners call them.
  ['狗狗', '狗子', '汪星人', '小狗'],
  ['猫咪', '猫主子', '主子', '喵星人'],
  ['幼犬', '狗宝宝', '小奶狗', '幼崽'],
  ['幼猫', '小猫', '猫宝宝', '小奶猫'],
  ['挑食', '挑嘴', '不爱吃', '不吃饭', '不肯吃'],
  ['冲厕所', '冲马桶', '倒马桶', '倒进马桶'],
  ['咬碎', '咬烂', '咬坏', '咬破'],
  ['吞下', '吞下去', '吃进去', '误吞', '咽下去'],
  ['哺乳期', '哺乳', '喂奶', '母乳'],
  ['发票', '票据', '收据', '凭证', '开票'],
  // A prescription, as patients call it.
  ['处方', '方子', '药方'],
  ['报销', '报账'],
  // Accounts and general verbs.
  ['账号', '账户', '用户名'],
  ['修改', '更改', '变更', '改', '更正'],
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
  ['价保', '保价', '补差价', '退差价', '价格保护', '差的钱', '差价', '买完就降', '刚买就降', '降价了', '就降了', '买贵了', '便宜了'],
  ['降价', '降了', '掉价', '调价了'],
  // Who bears a cost.
  ['谁出', '谁付', '谁承担', '谁负责', '谁掏', '谁来掏', '谁来出', '谁来付', '要我掏', '我来掏', '自己掏'],
  // Clothes: pilling, colour running, shrinking.
  ['起球', '起毛球', '起小球', '起了球', '毛球', '小毛粒', '毛粒', '球球'],
  ['掉色', '褪色', '退色', '甩色', '串色', '染色', '沾色'],
  ['缩水', '缩了', '缩小', '变小了', '短了一截', '变短了'],
  ['色差', '颜色不一样', '和图片不一样', '跟图片不一样', '与图片不符', '比图片深', '比图上深', '比图片浅', '比图上浅', '颜色偏深', '颜色偏浅'],
  // A garment that does not fit (太紧了想换 asks to exchange the size).
  ['不合适', '太紧', '太松', '穿不下', '穿着紧', '穿着小', '穿着大'],
  // Stitching come undone: a flaw of the making, like loose threads.
  ['线头', '开线', '脱线', '跳线', '开缝'],
  ['会员', '老顾客', '老客户', '回头客'],
  ['组装', '安装', '装配', '来装', '上门装', '装机', '给装'],
  ['说明书', '使用说明', '使用方法'],
  ['预售', '定金', '尾款'],
  ['批发', '团购', '拿货', '大量购买', '批量', '买一批', '要一批', '订一批', '采购一批', '多买点', '多买几', '量大', '买得多'],
  // Points or a balance spent as money (一百分顶多少钱).
  ['抵扣', '抵钱', '抵现', '抵现金', '当钱用', '当钱花', '抵用', '抵多少钱', '顶多少钱', '顶钱'],
  // Carried up to the flat (大件能直接搬到我家6楼吗).
  ['送货上楼', '送上楼', '搬上楼', '扛上楼', '抬上楼', '扛上来', '搬上来', '抬上来', '扛上去', '搬上去', '抬上去', ...['2', '3', '4', '5', '6', '7', '8', '9', '二', '三', '四', '五', '六', '七', '八', '九', '几'].flatMap((n) => [`搬到${n}楼`, `送到${n}楼`, `搬到我家${n}楼`, `送到我家${n}楼`])],
  // When the service is there to answer.
  ['上班时间', '几点上班', '几点下班', '下班时间', '营业时间', '在线时间', '工作时间', '几点到几点', '几点收工', '几点开门', '几点关门', '客服时间', '服务时间'],
  ['生产日期', '生产时间', '几月份生产', '几月生产', '什么时候生产', '哪天生产', '哪年生产'],
  // Moving a baby to the next stage of formula.
  ['转段', '换段', '换一段', '换二段', '换三段', '换四段'],
  ['水温', '开水', '热水', '温水', '凉水', '几度的水', '多少度的水'],
  ['保质期', '有效期', '保鲜期', '能放多久', '放多久不坏', '多久会坏', '多久过期', '能存多久', '存多久', '能放几天', '撑几天', '能撑多久', '撑多久'],
  // Writing an address or a name wrong, however it was put in.
  ['写错', '填错', '输错', '填写错误'],
  ['受潮', '潮了', '有点潮', '返潮', '发潮'],
  ['积分', '会员积分', '兑换积分'],
  ['入会', '成为会员', '加入会员', '注册会员', '开通会员', '办会员', '办个会员'],
  // Days gone by, told (快递好几天没更新), not asked (几天能到).
  ['好几天', '好多天', '很多天', '这么多天', '几天了'],
];

/** Words that carry no meaning for matching: greetings, politeness, particles. */
export const zhStopwords: string[] = [
  '亲', '您好', '你好', '请问', '唔该', '老铁',
  // How customers address each other or a crowd on social apps, said to the shop too.
  '姐妹们', '姐妹', '宝子们', '宝子', '家人们', '集美们', '集美', '问一下', '问下', '想问', '麻烦', '谢谢', '在吗', '在不在',
  // How Taobao customers address the shop.
  '老板', '掌柜', '亲爱的',
  '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '么', '哈', '噢', '喔', '嗯', '额', '呃', '啦', '嘞', '咧', '哟', '呐', '哇',
  // Interjections (哎呀我明天不在家).
  '哎呀', '哎哟', '哎', '诶', '欸', '唉',
  // Cantonese particles closing a sentence.
  '㗎', '喎', '啫', '噃', '啩', '囉', '喇',
  // Sichuan particles closing a sentence, and its 'really' (硬是涨得凶嗦, 咋个弄喃).
  '嗦', '噻', '喃', '硬是',
  // A condition's markers (万一寄到碎了呢, 要是拆了呢): the condition is what it says.
  '万一', '如果', '要是', '假如', '的话',
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
  '多长时间', '几天', '几号', '几点', '多少', '怎么办', '怎么弄', '怎么搞', '怎么操作', '行不行', '好不好', '成不成',
];
