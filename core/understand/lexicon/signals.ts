// Cues that a customer needs a person: general customer-service knowledge, in Chinese and English.
// Each cue has a weight; a message escalates when its cues add up to 1 (see signals.ts). A single
// strong cue (转人工, 投诉, 12315) is enough; a weak one (an exclamation, a "damn") is not.
import type { SignalKind } from '../types.js';

export interface Cue {
  kind: Exclude<SignalKind, 'unresolved'>;
  /** Matched against normalised text (lower case, simplified, half-width punctuation). */
  pattern: RegExp;
  weight: number;
  /**
   * Irony (praise for a failure: 你们可真行, 业界良心, "great job"): counts only beside another negative
   * cue. The same words are sincere praise often enough (谢谢你们啊 这茶绝了, "perfect, much appreciated").
   */
  irony?: boolean;
  /** Harm done (过敏了, 冒烟, a rash): a person must see it, whatever the tone of the rest. */
  harm?: boolean;
}

const cue = (kind: Cue['kind'], weight: number, ...patterns: string[]): Cue[] =>
  patterns.map((p) => ({ kind, weight, pattern: new RegExp(p, 'u') }));
const irony = (weight: number, ...patterns: string[]): Cue[] => cue('anger', weight, ...patterns).map((c) => ({ ...c, irony: true }));
const harm = (weight: number, ...patterns: string[]): Cue[] => cue('complaint', weight, ...patterns).map((c) => ({ ...c, harm: true }));

/** Chinese cues. */
/** Money back several times over, demanded (not asked whether the shop offers it: 支持假一赔十吗, 假一赔十？). */
const MULTIPLE_BACK = '(?<!(支持|有没有|有|是不是|是否|承诺|保证|敢不敢|能不能))(退一赔三|假一赔十)(?!\\s*[?？吗嘛么不])';

export const zhCues: Cue[] = [
  // Asking for a person.
  ...cue('human_request', 1,
    '转人工', '人工客服', '人工服务', '(找|要|叫|接|转|换|请|让|给我)(个)?(人工|真人|活人)(?!处理|审核|操作|确认|核实|复核|客服.{0,4}(几点|什么时候|上班))', '(跟|和|同)(个)?(真人|活人)(说话|聊|沟通|讲|对话|谈)', '把(你们)?(的)?(店长|老板|负责人|经理|主管|领导)(给我)?叫(出来|过来|来)', '有(没有)?喘气的', '(找|寻)(个|一个)?负责的(人)?', '(跟|和)机器(人)?(讲|说|聊)(不清|不通|不明白)', '别(再)?(甩|发|回|用)(给我)?(自动回复|机器人|模板)', '有(没有)?(人工|真人|活人|客服)(在)?(吗|么|嘛|啊|呀|[?]|$)', '(老板|店长|负责人|经理|主管|领导)的?(电话|手机|联系方式|微信)', '真人客服', '(不要|别用|别让|不想(跟|和)?|不要(跟|和)?)(机器人|机器|自动回复)',
    '(找|叫)(你们)?(的)?(老板|店长|负责人|经理|领导|主管)', '换(个|一个)?(人|客服)(来|吧|[,.!?]|$)',
    '(接|转|叫|找|请)(一下)?.{0,4}(主管|经理|负责人|领导|店长)', '(能|会)说(人)?话的(客服|人)', '(懂行|懂|明白)的人(来)?(回答|处理|说|跟我)', '(安排|找|派)(个|一个)?专人', '有(没有)?人(在)?吗', '(你|是不是)(是)?(个)?机器人', '人呢[?？!！]*$', '(^|[^a-z0-9])rg([^a-z0-9-]|$)',
  ),
  // Lodging a complaint.
  ...cue('complaint', 1,
    '投诉(?!.{0,12}(表扬|夸|点赞))', '举报', '给(我)?(个|一个)?(合理的?)?交代', '维权', '讨(个)?说法', '求(个)?(说法|解释)', '(给|作|做)(出)?(个|一个)?(合理的?)?(解释|交代|答复)', '给(我|个)(一个|个)?说法', '要(个|一个)说法', '(我要|我想)?(反映|反应)(一下)?问题',
  ),
  ...cue('complaint', 0.6,
    '(一直|还是|都|到现在|至今|始终|从来)(都)?(没|没有|不)(人)?(解决|处理|回复|到账|发货|退款|联系|理|管|给)', '(多少|好几|几十|无数|n)次',
    '(等|拖)了(好|整整)?([0-9一二两三四五六七八九十几半]+)(个)?(天|周|星期|礼拜|月|小时)', '一拖再拖', '没人(管|理|处理|回复|接|审核|跟进|联系|鸟|睬|搭理)', '(爱答不理|爱理不理)', '第(二|2)(次|遍)(问|说|找|联系|催|反映|来|申请|换|退|投诉|打|发)', '[0-9一二两三四五六七八九十几半]+(天|周|个星期|个礼拜|个月)了?[,]?.{0,8}(没|没有|不见|不给)',
    '(每次|总是|老是|一直)都?(说|是说|回复)', '(每次|总是|老是)都是',
    '(穿|用|洗|戴|充|开)了?(一|两|三|几|[0-9])(次|天|下|回)就(坏|破|掉|开|断|裂|不亮|没电|掉色|褪色|起球|不能用|不响|缩|变形|鼓)', '(快点|赶紧|马上|立刻|立即)(给我)?(退款|退钱|退货|处理|解决)',
    '(不|没)(睬|理|搭理)(人|我)', '(怎么|哪能|咋)搞的', '(咋|怎么)回事(啊|嘛|呀|呢)?',
    '(明天又明天|一天又一天|一次又一次|一遍又一遍|一周又一周)', '(一点|任何|半点|一丁点)(动静|消息|回音|回应|进展|反应)(都|也)?(没|没有)',
    '(换|修|补发|重发|退)(了|回来的?|过的?).{0,6}(还是|又|依然|仍然)(坏|错|不行|没|一样|有问题)', '(推来推去|推三阻四|推卸责任|踢皮球|互相推|踢来踢去)',
    '(不|没)(给)?(解决|处理)(问题)?', '(承诺|说好|答应)(的)?.{0,8}(没有|没|不)', '(态度)(很|太|极其|非常|好|真|超|特别)?(差|恶劣|嚣张|冷漠|不好)',
    '什么(服务|态度)', '(服务|质量)(太|真|很|极)(差|烂)', '(不|没)(负责|靠谱|诚信)', '(虚假|欺诈|误导)(宣传|营销)?', '霸王条款', '店大欺客',
    '乱(扣|收)(费|钱)', '(强制|偷偷|莫名其妙|无缘无故)(扣|收|多扣|扣费|扣钱|停机|断网)', '(质量|严重)问题', '(失望|寒心|心寒)',
    '(凭什么|为什么要我|谁来(负责|承担))', '(不)?(讲理|讲道理)', '(怎么|如何)(处理|解决)[?？]', '请(尽快|马上|立即|迅速)(处理|解决|回复)',
  ),
  ...cue('complaint', 0.5,
    '(打|拨)了?(无数|n|好几|几十|十几|多|[0-9]+)(个|次|通)?(电话|客服)', '(反映|反馈|反应|报修|催|联系|问|说|找|申请|换|退|投诉)(了|过)?([0-9]+|两|多)(次|遍|回)',
    '(再也|以后)不(会)?(用|买|来|信)', '不会再(买|用|来)', '(换|转)(到|成)?(别家|别的|其他)', '(不能|无法)(容忍|接受)', '不接受', '(决不|绝不)(能)?(就此)?(罢休|善罢甘休)', '死磕', '(决战|奉陪)到底',
    '(违法|侵权|合法吗|泄露|泄漏|隐私)', '(欺骗|坑害|侵害)(消费者|用户|客户)', '(请|求)(你们)?(尽快|马上|立即|迅速|赶紧)', '凭什么', '凭啥', '(这|那)就是(你们)?(的)?(服务|态度|效率|质量)', '(这|那)就是.{1,8}的(服务|态度|效率|质量)',
    '(效率|速度)(太|非常|极其)?(低|慢)', '(一拖再拖|拖了?这么久|拖到现在)', '(什么|啥)(意思|情况)[?!]', '(闹|搞)哪样', '(牛逼|牛x|牛b)', '(真|也是)醉了', '简直了', '(绝望|心累|郁闷|崩溃|抓狂)',
  ),
  ...cue('complaint', 0.5,
    '敷衍', '刁难', '(扯蛋|扯淡|逗我|什么鬼|搞毛)', '(连个|一个)(回复|回应|电话|人|说法|解释)(都|也)(没|没有)', '(都|也)(没有|没)(人)?(回复|回应|管|理)', '(耽误|耽搁|影响)(了)?(我)?(多少|很多|不少)?(事|时间|工作|生意)',
    '(莫名其妙|莫名奇妙|无缘无故)', '严重(影响|欺骗|问题|不符)', '垄断', '(强制|强行)', '不(给|让|帮)(我)?(退|换|办|修|处理|解决)', '(没|没有|不)(任何)?(提示|通知|告知|提醒)(我)?(一声|一下)?[\\s,]*(就|直接)',
    '扣(了)?我.{0,6}(钱|费)', '(吐槽|无力吐槽)', '恶心', '(太|真|好)黑',
  ),
  ...cue('complaint', 0.3,
    '你们', '居然', '竟然', '难道', '到底', '究竟', '(客服|工作人员|店员|服务员|售后)(说|告诉|回复|答复|跟我说|一直|总是|只会)', '(等了|过了|已经)(半个月|一个月|一周|几天|好几天|两天|三天|[0-9]+天|[0-9]+个(小时|月))',
    '(太|真|非常)(慢|差|烂)', '坑', '骗', '渣', '故障', '(服务|质量)(品质|水平)?', '态度',
  ),
  // Asked again and again: the third time and after, a person should answer.
  ...cue('complaint', 1,
    '第([三四五六七八九十几]|[3-9])(次|遍)(问|说|找|联系|催|反映|来|申请|换|退|投诉|打|发)', '(反映|反馈|反应|报修|催|联系|问|说|找|申请|投诉)(了|过)?(无数|n|好几|几十|十几|三|四|五|六|七|八|九|十)(次|遍|回)',
  ),
  // What went wrong, told plainly (坏了, 卡住不动, 发成粉色, 全是划痕): weak alone — a polite report is a
  // question for the bot — but with sarcasm or anger it is the failure they are about.
  ...cue('complaint', 0.4,
    '(坏了|破了|碎了|漏了|裂了|断了|划痕|掉色|褪色|起球|开线|开胶|瘪了|压扁)', '(卡住|不动了|停在|一动不动|没动静)', '(发错|寄错|发成|发来一件|少发|漏发)', '(退款|钱|快递|物流|包裹).{0,4}(还没|还是没|没有|也没)(到|退|动|更新)',
  ),
  // How people tell a bad experience: "结果…", "明明…却…", "根本…", "每次都…". Weak alone.
  ...cue('complaint', 0.3, '(都|已经)(第)?[0-9一二两三四五六七八九十几]+(天|周|个星期|个礼拜|个月)了'),
  ...cue('complaint', 0.2, '结果', '明明', '却', '根本', '说好的', '一直', '每次', '天天', '从来', '还要', '又(是|来|开始|出现)'),
  // Cantonese and Taiwanese wording (read after traditional → simplified): 呃人 is 骗人, 冇人理 没人理,
  // 客诉 投诉, 消保官 the consumer-protection office.
  ...cue('anger', 1, '呃(人|钱|我)', '仆街'),
  ...cue('anger', 0.6, '(激嬲|好嬲|嬲死)', '痴线', '好(离谱|过分)', '(很|超|太)(扯|夸张)', '搞(咩|错咗)'),
  ...cue('complaint', 0.6, '冇人(理|睬|跟进|处理|回复)'),
  ...cue('complaint', 1, '客诉'),
  ...cue('threat', 1, '(消保官|消保会|消保处)', '检举'),
  // Threats: authorities, reviews, media, lawyers.
  ...cue('threat', 1,
    '(?<![0-9])12315(?![0-9])', '(打|拨打?|找|投诉到|告到|去|向|联系|政务)\\s*12345(?![0-9])', '(?<![0-9])12345\\s*(热线|投诉|举报|市长|政务|便民)', '消协', '消费者协会', '工商(局|部门|所)', '(找|向|去|到)工商', '(12315|工商|消协|媒体)(投诉|举报|曝光)', '市场监(督)?管(理)?局', '(投诉|举报|告|找|向|去|到)(到)?工信部', '工信部(投诉|举报|申诉)', '(找|请)?律师', '起诉', '(告|上诉)(你们|到)', '法院', '报警(?!器)', '(打|报|拨打)110',
    // (Not the bad reviews read before buying: 差评里有人说有色差, 看了差评.)
    '(?<!看(了|过)?)差评(?!里|区|中|说)', '曝光(?!过度|不足|度|时间|补偿)', '(申请|找|要求|让)(平台|淘宝|天猫|京东|拼多多|小二)(客服)?(介入|仲裁)', '平台介入', '(电视台|记者|报社|315晚会)', '消基会', '(找|联系|告诉|曝光给)(新闻)?媒体', '媒体(曝光|报道)', '挂(你们|到网上)', '黑猫投诉', MULTIPLE_BACK, '(要|去)(告|闹)',
  ),
  // Compensation.
  ...cue('compensation', 1, '赔偿', '赔付', '误工费', '负全责', '(必须|得|应该|你们)(给我)?赔', '赔钱', '赔我', '补偿', '精神损失', '损失.{0,8}(必须|你们(必须|得|要|来))', '(损失|责任)(由)?谁(来)?(负责|承担|负|赔)', MULTIPLE_BACK),
  // Anger and abuse. (妈的 after 我, 她, 老… is a mother's: 送我妈的.)
  ...cue('anger', 1,
    '垃圾', '骗子', '骗纸', '骗人', '坑人', '坑爹', '黑店', '无良', '奸商', '无耻', '流氓', '强盗', '土匪', '不要脸', '去死', '滚(吧|开|蛋|犊子|粗)', '(^|[,.!?\\s])滚[!?]*$',
    '(他|你|tm|特么|尼玛)妈(的|个|逼)', '尼玛', '(?<![我俺咱您她妈老姨舅后岳亲大])妈的', '我操(?!作)', '操你', '你妹', '妈蛋', '去你(大爷|大娘|妈|的)', '(草|操|日)(你|拟|泥)(大爷|妈|马)', '特么', '\\btmd\\b', '\\btm(的|就|也|是|能|不|还|无|太)',  '\\bnmb\\b', '\\bcnm\\b', '卧槽', '草泥马', '傻逼', '煞笔', '傻[bx]', '\\bsb\\b', '狗屁', '屁话', '吃屎', '脑残', '智障',
    '什么(破|烂|垃圾)', '(破|烂)(东西|玩意|手机|公司|服务|网|店)', '欺负人', '(诈骗|欺诈|骗钱)', '(?<!(好吃|好看|好用|好喝|便宜|喜欢|香|甜|美)了?)(气死|恶心死|烦死)(?!.{0,4}(这么|太|好)(好看|好吃|好用|美|香|便宜))(?!.{0,6}(选择困难|纠结|不知道(选|买|挑)))', '忍无可忍', '受不了了', '太过分', '欺人太甚',
  ),
  ...cue('anger', 0.5,
    '(太|真|很|非常|简直)(差|烂|坑|恶心|过分|离谱|无语|垃圾)', '(烂|差)到(家|极)', '醉了', '无语', '呵呵', '搞什么', '什么玩意', '(有没有|还有没有)(天理|王法)',
    '(骗|坑|耍|忽悠|糊弄|敷衍)(我|人|消费者|客户|用户)', '你们(是|都)?(怎么|干什么|干啥)', '(能不能|会不会)(好好|用心)', '算了(吧)?', '(长点心|上点心|用点心)', '(就)?不能(好好|用心|上点心)', '耍(什么)?(花样|花招|把戏)', '欠(揍|扁|摔|骂)',
    '火大', '气得', '(搞|弄|整)(啥子|乜|毛)', '到底(在)?(搞|干|弄)(什么|啥)', '(也|都)不管', '(没|没有|有没有|还有没有|讲点|讲不讲)(点)?良心', '这(也|都)(敢|好意思)(卖|拿出来|发)',
  ),
  // Sarcasm: praise for a failure (你们可真行, 好一个48小时发货, 高实在是高, 我算是长见识了). Irony: only
  // beside what went wrong (厉害了 can be praise).
  ...irony(0.6, '(你们|你)?(可|真|可真|真是)(行|厉害|牛|棒|能干|有本事|会做生意)(啊|呀|哈|了|的|$)', '厉害了', '好一个', '实在是高', '长见识', '佩服(你们|佩服)'),
  ...cue('anger', 0.6, '(集体|全都|都)(去)?(度假|放假|下班|睡觉|失踪|消失)(了)?(吗|么|嘛|\\?)', '(复制粘贴|车轱辘话|套话|客套话|官话|模板回复|机器人回复|自动回复|复读机)'),
  ...cue('anger', 1, '受够了', '良心(不会|不)痛|良心何在|良心被狗', '(真是|真|我)服了(?!药)', '服了你们', '(脑子|脑袋)(是不是)?(有病|进水|有问题|坏了)', '废物', '有病吧', '(你们|你)(是不是|是)?有病(?=[吧啊吗呀了!?,.\\s]|$)'),
  ...cue('anger', 0.6, '(还)?想不想(做|干)(生意|买卖)(了)?'),
  // Safety: a product that hurt someone or could (过敏了, 充电器冒烟, 饼干里吃出头发). A person must see
  // it now. Asked about ahead of buying (敏感肌会过敏吗), it counts half (signals.ts).
  ...harm(1, '差点(吞|噎|窒息|摔伤|烫伤|烧|划伤|割伤|伤到)', '(?<!怕|担心|防止|避免|以防)(误吞|误食|噎住|窒息)'),
  ...harm(1,
    '(冒烟|着火|起火|爆炸|炸了|自燃|冒火花|漏电|触电|(?<![没充通供来停断有用])电到)', '(过敏|长痘|起疹子|起红疹|红肿|刺痛|烂脸|毁容)了', '烂脸', '(拉肚子|食物中毒|中毒|上吐下泻|呕吐)(了)?', '(住院|送医|去医院|进医院|看医生)',
    '吃出(了)?.{0,4}(头发|虫|异物|玻璃|铁丝|钉子|塑料|毛)', '(划伤|割伤|烫伤(?!膏|药|喷雾|贴)|扎伤|受伤|流血)',
  ),
  ...harm(1, '鼓包', '烧(黑|焦|糊|穿|化)了', '(差点|险些|幸亏没|还好没|差一点)(就)?(着火|着起来|烧起来|烧着|起火)'),
  ...harm(0.6, '过敏(?!原)', '(烧焦|焦味|糊味|火花)', '(发霉|长毛|霉变|变质|生虫|有虫)(了)?'),
  // Resigned: given up on the shop (算了你们看着办吧, 就当买个教训, 心凉了). The quietest customers who
  // are about to leave.
  ...cue('complaint', 0.6,
    '看着办', '(自己)?掂量', '(评价|评论)(我)?先不(写|给|评)', '(认栽|认倒霉|自认倒霉)', '(就)?当(是)?(买|交)(个|了)?(教训|学费)', '心(凉|寒|累)了', '(不想|懒得)(再)?(说|理|问|解释|浪费时间|跟你们)', '无所谓了',
    '(每次|回回|次次)都(是)?这样', '(都|又|还|让我|要我)(要|得)?(我)?(重新|再)(说|讲|解释|描述)', '我(真的|是真的|真)(心)?累了', '心好累', '折腾(了)?(半天|好几天|[0-9一二两三四五六七八九十几半]+(个)?(天|周|月|星期|礼拜))', '(以后|再也)不(会)?(来|买)了',
  ),
  // Again and again, said other ways: 连续三次, 换了五个客服, 说了八百遍, 问了三道 (Sichuan), 第二次了.
  ...cue('complaint', 0.6,
    '连续[0-9两三四五六七八九十几]+(次|回|天)', '换了[0-9两三四五六七八九十几]+(个|位)(人|客服)', '第(二|2)次(了|断|坏|出|被|收到|遇到|买到|碰到)', '(问|说|催|找)了[0-9一二两三四五六七八九十几]+道',
  ),
  ...cue('complaint', 1, '(说|问|讲|催|打)了[0-9一二两三四五六七八九十几]*[百千万]+(遍|次|回)'),
  // Harm told without 了 (脸红肿起疹子, 在看皮肤科), and the clinic it sends people to.
  // Each symptom a cue of its own: two of them told together is harm done, not a question.
  ...harm(0.6, '红肿', '(起)?(红)?疹子', '(刺|灼)痛', '火辣辣', '(脸|皮肤|眼睛|眼皮|嘴巴|嘴唇|手上|身上|脖子|屁股|腿上)(上)?(也|都|有点|有些|一直|还)?(发|泛)红', '(发|泛)红(了|肿|发痒|起疹)'),
  ...harm(1, '(在|去|正在)(看|挂)(了)?(皮肤科|急诊)', '(看|挂)了(皮肤科|急诊)'),
  // Dialect anger: 东北 (嘎哈, 咋整的, 闹心), 四川 (锤子, 老子不要了), 粤语 (搞乜鬼, 玩嘢), 台湾 (在哈啰).
  ...cue('anger', 0.6, '(嘎哈|咋整的|闹心|(?<![带拿备要买用装放填写交提有])啥玩意)', '锤子(用|都)', '老子', '(搞乜|乜鬼|玩嘢|玩野)', '(是在|在)(哈啰|哈囉)'),
  ...cue('threat', 1, '消委会'),
  // Making the shop pay: 你们得给我报了, 多花的钱必须你们出.
  // (出 as paying, not 出具, 出示, 出新品; 需要你们 is no demand.)
  ...cue('compensation', 1, '(必须|得|应该)(由)?你们(来)?(出|承担|报销)(?![具示新品货来个])', '你们(也)?(得|必须|应该)(给我)?(承担|报销|报了)'),
  // Irony: praise for what went wrong (业界良心, 不愧是大品牌, 体验感拉满, 学到了, 真是贴心呢), like the
  // sarcasm above.
  ...irony(0.6,
    '业界良心', '不愧是', '体验感?拉满', '学到了', '(真是|真|好)贴心(呢|啊|哦)', '永远的神', '(绝了|好家伙)', '(真|可真|真是)(棒|好|会玩|有你们的)(啊|呢|哦|呀|$)',
    '(谢谢|感谢|多谢)你们(啊|呀|了啊|嗷|哦|呢)', '真是(谢谢|感谢|多谢)', '这就是(你们)?(说的|所谓的|承诺的)', '(?<![0-9])666(?![0-9])', '(效率|速度|服务|质量|态度|售后)(是)?(可|真|可真|真是|是真的|太)(高|快|好|到位|棒|贴心)', '(点个赞|给你们点赞|必须点赞)', '(真是|真|实在是?)佩服', '我(可)?太喜欢你们', '不错不错', '(五星|满分)好评送给', '好评如潮', '(真系|真係)好嘢', '(巴适|杠杠的).{0,6}(等了|结果|修了|坏)', '(挺|真|很)会玩',
  ),
  // What went wrong, told plainly, more of it (weak alone; with irony or anger it is the complaint).
  ...cue('complaint', 0.4,
    '(送错|寄错|送到(了)?(隔壁|别人|别的))', '(少了|缺斤|短斤|缺了|少一|少两)', '(不一样大|不一样长|不配套)', '(洒了|洒得|撒了|全洒)', '(跳闸|打不开|开不了机|连不上|用不了|不能用|没法用)',
    '(查不到|找不到)(我的)?(订单|预订|记录)', '(已读不回|不回消息|不回复)', '(刚买|买完|刚下单).{0,4}(就)?降价', '(冷得|凉透|冰凉|都凉了)', '(线头|脱线|走线)', '(虫子|有虫|长虫)',
    '(扣了我|多扣|乱扣|多收)', '(说好的|说是|说了|写着|写的|标着|标的|宣传).{0,12}(结果|却|实际|到手|结账|付款的时候)', '问了(也|都)?(不回|没人回|没回|不理)',
  ),
  // Anger said in words (我很生气, 愤怒), and contempt (嘴脸), and being played with (耍我呢, 想吞我的钱).
  ...cue('anger', 1, '(很|非常|特别|真的|超级|太|好|十分|极其)生气', '(愤怒(?!的小鸟)|气愤)', '嘴脸', '(耍|糊弄|忽悠|玩|涮)(我|谁)(呢|吗|么|是吧|啊|玩|$)', '(吞|黑|骗|坑)(了)?我(的)?钱'),
  ...cue('anger', 0.6, '生气', '(不爽|窝火|憋屈)', '听不懂人话', '别装了', '算我(眼瞎|倒霉|瞎了眼)'),
  // Where a customer takes it next: the platform (去平台申诉), a hotline, the internet for all to see.
  ...cue('threat', 1, '(消费者|消费|投诉)热线', '(去|到|找|向)(平台|淘宝|天猫|京东|拼多多|抖音|小红书|微博|网上)(上)?(申诉|发帖|曝光|评评理|讨说法)', '让(大家|所有人|网友|更多人|更多的人)(都)?(看看|评评理|知道|看到)', '(处理|解决|弄)成(啥|什么)样.{0,8}(写|评|评价)'),
  ...cue('threat', 0.6, '申诉', '(发帖|发微博|发小红书|发抖音|发朋友圈)'),
  // An ultimatum (不然我就…, 再不处理我就…): weak alone, it sharpens what it threatens.
  ...cue('threat', 0.5, '(不然|否则|要不然|再不[^,.!?]{0,6})(的话)?[,]?(我)?(就|只能|会|直接)'),
  // Holding the shop to account: 你们要负责, 必须解释清楚, 给我个解决方案.
  ...cue('complaint', 1, '(你们|店家|商家|卖家)(要|得|必须|应该)(对此)?(负责|负全责|承担责任|给个交代)', '(必须|得|要)(给我)?(解释|说)清楚'),
  ...cue('complaint', 0.6,
    '(给我|给个|要个|我要)(一个)?(解决方案|解决办法|处理方案|处理结果)', '(客服|你们)(一直|都|总是|老是|从来)?(不回|不理人|没人回|不回复|没回)', '二手(货|的|商品)', '被(人)?(用过|穿过|拆过|拆开过|退回过)', '别人(穿|用|戴|试)过的',
    '(能不能|可不可以)?(有点|讲点|讲不讲|有没有|还有没有)(点)?诚信', '无故(取消|扣|关闭|退回|拒)', '有没有(质检|品控|验货|检查过)', '答非所问',
  ),
  ...harm(0.6, '肿(了|起来)', '吐了', '(发痒|瘙痒|奇痒)', '(发烫|烫手|过热)'),
  ...harm(1,
    '又(红|肿|痒|疼)又(红|肿|痒|疼)', '(红|痒|肿|疼|刺痛)得(不行|厉害|受不了|睡不着)', '(吃|喝|用|抹|擦)了.{0,12}(吐了|拉了|拉肚子|发烧|腹泻|起疹)', '一股.{0,3}(焦|糊|烧焦|胶皮|塑料|电线)味',
    '鼓(起来|起)了', '(划|割|扎|烫|夹)(了|破|伤|到)(我的?|孩子的?|宝宝的?|小孩的?)?(手|脚|嘴|脸|皮|手指)',
  ),
  // What went wrong, told plainly, more of it: weak alone, the failure irony is about.
  ...cue('complaint', 0.4,
    '空(盒|箱|包裹|袋)', '还在路上', '[0-9一二两三四五六七八九十几]+(天|小时)(才)?回(一|1)(句|次|条)', '(到手|收到|打开|拆开)(就|时|的时候)?(是)?(碎|坏|破|烂|裂)(的|了)', '缩(成|水成)', '(都|只会)说不知道',
    '(这么快|没几天|才几天|几天)就(坏|断|破|不能用|没电|掉)', '漏(水|液|油)', '(发个货|发货|到货|回复|回个消息|退款)(都|竟然|居然)?要(半个月|一个月|一周|十几天|好几天)',
  ),
  ...cue('complaint', 0.6,
    '(堪比|赶上|比)(蜗牛|乌龟)', '(飞鸽传书|信鸽送)', '走路送', '买了个寂寞', '白花(钱|了)', '(有|留有)(明显的)?(使用|用过|穿过|佩戴)(的)?痕迹', '(泡了|泡坏|淹了|弄湿了|浸湿)',
    '(同一个|同样的)问题.{0,6}(问|说|找)了', '问了(一|整整)?(上午|下午|晚上|整天|一天|半天)', '(上次|昨天|之前|前天)(你们|客服)?(说|答应|承诺)(了)?(今天|明天|马上|会|就|[0-9一二两三]+天)', '(上次|昨天|之前|前天|上周|上礼拜|上星期|前几天|上个月|早)就(说|答应|承诺)', '(昨天|上次|之前|前天)(已经)?(问|说|反映|联系)过(了)?',
    '(能不能|可不可以)?给(个|句)准话', '一直(找|闹|投诉|打)',
  ),
  // More ways of saying it: contempt (买罪受, 迟早倒闭, 装死, 纸糊的), blame turned on the customer (还怪我),
  // again and again (三番五次), not a word back (一句话都没有), the shop's level (就这水平).
  ...cue('anger', 1, '我(真的|是真的|真)?会谢(?!谢)', '我是欠(你们|你)(的)?钱', '(再|还)(在你们家|来你们家|来|在这)?买.{0,10}(我)?就是(猪|狗|傻子|傻逼|sb)', '买罪受', '迟早(倒闭|关门|完蛋|黄)', '装死', '纸糊的', '被你们气', '就这(水平|素质|服务)', '(还|反而|居然|竟然)怪我', '(马上|立刻|立即)[\\s,.!]{0,3}(马上|立刻|立即)'),
  ...cue('complaint', 0.6,
    '什么(鬼)?操作', '(这种|这)(水平|素质)', '怪我', '(三番五次|反反复复|来来回回|一而再再而三)', '(一句话|一个字|连句话|半句话)(都|也)(没有|没)',
  ),
  ...cue('anger', 1, '看透(你们|了)', '(客服|你们|售后|规定|承诺)(就)?(是|只是|都是)?(个)?摆设', '破烂', '(白说|等于没说|说了等于白说)', '第几(次|个|回)(了|客服)', '(只能|只好|我就|我要|那我)找(平台|淘宝|天猫|京东|拼多多|小二)'),
  ...cue('complaint', 0.6, '受不了', '隔三差五', '也就算了', '拖拖拉拉', '(到底|究竟)[^,.!?]{0,4}(退不退|发不发|给不给|管不管|处理不处理|修不修)', '(还)?想不想(好好)?卖(东西)?'),
  ...harm(1, '(起|长)了?(红点|红疹|疹子)', '(吃|喝)了.{0,12}(嘴巴|嘴|脸|身上|眼睛).{0,2}肿'),
  // No reason given, a slow answer, a liking gone (weak alone).
  ...cue('complaint', 0.6, '(理由|原因|解释)(都|也)(不|没)'),
  ...cue('complaint', 0.4, '好久才(回|理|处理|回复)', '(本来|原本)(挺|很|还挺)?(喜欢|信任|相信)', '说(修好|弄好|处理好|解决)了'),
  ...irony(0.6, '太感谢了', '(真是)?太满意了', '厉害厉害'),
  ...harm(1, '火辣辣的?(疼|痛)'),
  ...harm(0.6, '(疼|痛)得'),
  // Charged or signed up behind the customer's back.
  ...cue('anger', 1, '(偷偷|私自|擅自|未经(我)?(同意|允许))(给我)?(开通|扣|订阅|续费|改)'),
  // Sharp practice: refurbished sold as new, a list price invented for the discount, prices by profile.
  // (Asked about, 是翻新机吗, they are a question.)
  ...cue('anger', 1, '(翻新(机|货|的)|以旧充新|(虚标|虚高)(原价|价格)?|先(涨价|提价)(再|后)(降|打折|优惠)|大数据杀熟|(删|屏蔽)(了)?(我的)?(差评|评价|评论))(?![吗么嘛?])'),
  ...cue('anger', 0.6, '(跟|和|与)官网(的)?(对不上|不一样|不符|不同)', '(不是|并非|非)(正品|原装|真货)(?![吗么嘛?])', '刷(单|好评|评论|销量)(?![吗么嘛?])'),
  // Shameless (也好意思发出来), harassed (被推销电话骚扰), blamed (还说是我摔的), a demand (我要求换新机),
  // broken as soon as bought (一个月就塌了, 第二天就黑屏), charges doubled, money never seen (影子都没看到).
  ...cue('anger', 1, '(也|还)好意思', '(还|反而|居然|竟然)说(是)?我(的问题|的错|自己|摔|弄|人为|操作|用)'),
  ...cue('complaint', 1, '被.{0,8}骚扰', '骚扰(我|了)', '我要求(你们)?(换|退|赔|补|马上|立即|尽快|处理|解决|给)'),
  ...cue('complaint', 0.6,
    '(第[一二两三四五六七八九十0-9]+天|[一二两三四五六七八九十半0-9]+(个)?(天|周|星期|礼拜|月))就(坏|黑屏|塌|裂|断|破|不能用|用不了|不亮|没电|漏|闪退|死机|不转|开裂|变形)',
    '翻了(一|两|几|[0-9])?倍', '影子都(没|不见)', '连个影子',
  ),
  ...cue('complaint', 0.4, '让(我|我们)(去哪|怎么办)'),
  // Impatient staff, lines nobody answers, a different story from each, promises of today, rhetorical
  // questions (谁敢买, 这让我怎么吃, 现在找谁).
  ...cue('complaint', 0.6,
    '不耐烦', '(打不通|没人接|无人接听)', '说法(都)?不一样|(各|每个人)说各的|[两三几]个(客服|人)[两三几]个说法', '(谁|哪个)(还)?敢(买|用|信)',
    '(这|你们?)让我(怎么|咋)(吃|用|穿|办|弄|送人)', '(现在|那|那我)(该)?找谁', '(一半|全|都)(都)?(是)?(烂|坏|碎)的',
    '(说|答应|承诺)(的)?(是)?(今天|明天|当天|马上|24小时|48小时)(就)?(发|到|处理|退)', '说(涨|变|改|删)就(涨|变|改|删)',
  ),
  // Internet sarcasm (我真的会谢, 栓Q, 速度感人, 好好好): weak alone, the failure beside it is the complaint.
  ...irony(0.6, '(我)?(真的|真)会谢', '栓q', '谢谢你全家', '(速度|效率|服务|质量|态度)(真|太|很)?感人', '好好好', '行行行', '(真有|有)你们的', '(也是|真是)没谁了', '开了眼(了|界)', '一如既往(的|地)?', '恭喜(你们)?',
    '绝绝子', 'yyds', '(神仙|宝藏)(店铺|店|客服|售后)', '笑死', '我(谢谢|感谢)你', '(您|你)(老)?可真(是|行|会)', '大聪明', '(真是|真)人才', '(我)?哭死', '(好|真|太)感动'),
  // Harm in other words: fumes, symptoms, burns, a close call.
  ...harm(1, '(收到|到手|发来|发给我|卖)(的)?.{0,8}(过期|变质|发霉)'),
  ...harm(0.6, '(胀袋|胀气|异味|怪味|馊味|臭味)', '(甲醛|刺鼻|有毒|致癌)', '(头晕|头疼|头痛|恶心|想吐|喉咙(痛|疼)|咳嗽|脱皮)', '(玻璃渣|碎玻璃|铁屑|刀片)'),
  ...harm(1, '(溃烂|化脓|感染|发炎)', '起(了)?(水泡|水疱|泡)(?!酒|胶|沫|网|剂|器|袋|棉)', '(短路|熔化|烧坏了|冒火)', '(差点|险些|幸好|还好)(没)?.{0,6}(出事|受伤|伤到|着火|出大事)', '(磕|撞|摔|砸)(伤|破)'),
  // A person asked for in other ways: call me, let me speak with your manager.
  ...cue('human_request', 1,
    '(打|回)(个)?电话给我', '给我(回|打)(个)?电话', '(电话|来电)(联系|沟通)我', '(我要|我想|让我)(跟|和|同)(你们)?(的)?(负责人|老板|店长|经理|领导|主管)(谈|说|聊|通话|沟通|对话)',
    '(让|叫)(你们)?(的)?(老板|店长|负责人|经理|领导|主管)(来|出来|跟我)',
    '(找|叫|换|让|请|要)(个|一个)?(你们)?(的)?(上级|上司|能做主的|能拍板的|管事的|说了算的)', '做不了主', '(我要|我想|想|能不能|能|可以)(跟你们)?(打)?电话(沟通|联系|聊|说|谈)', '能(不能)?打(个)?电话(吗|么|不|[?]|$)',
    '升级(处理|投诉|工单)', '(转|找|要|接|联系)(一下)?(售后|投诉|客服|专属)?专员',
  ),
  // Something owed: at least give me…, the postage is on you.
  ...cue('compensation', 1, '(至少|起码|最少)(要|得)?(给|补|赔|退)(我)?', '(运费|差价|路费|车费|打车钱|来回的钱|损失费)(你们)?(得|要|必须|应该)(出|退|补|报销|给我)'),
  ...cue('compensation', 0.6, '(补|赔)(我)?(点|个|一个|一些)(钱|红包|券|优惠)'),
  // Told again and again, in other words.
  ...cue('complaint', 0.6, '(又又|又双叒|双叒叕)', '(还是|又是|都是)(这|那)(几)?(句|套)话', '说了(多少|几)(次|遍)(了)?', '(翻|看)(一下|看|一翻)?(聊天)?记录'),
  ...cue('threat', 0.5, '不(退|处理|解决|给|发|赔)[^,.!?]{0,4}(我就|就)'),
  // Something owed for the trouble: 损失你们得补上, 总得有点表示吧.
  ...cue('compensation', 1, '损失.{0,8}(补|赔|承担|负责)', '(补上|补给我)', '(总得|总要|是不是该|难道不该)(有点|给点|有个)?(表示|补偿)'),
  // Fakes: a charge of fraud, not a question about authenticity (是正品吗).
  ...cue('anger', 1, '(高仿|假冒|山寨货|冒牌|仿冒|以次充好|挂羊头卖狗肉|货不对板|虚假发货)', '假货', '(防伪码|防伪).{0,6}(查不到|不存在|无效|查无|是假的)'),
  ...cue('anger', 0.5, '(图片|图上|详情页|描述|宣传).{0,10}(收到|实物|到手|拿到).{0,10}(是|却|竟然|居然)'),
  // Sarcasm that says so (…才怪, 我算是见识了), apologies instead of a fix, the same line again, the
  // bot's promise every day, and a person asked for behind it (后面有没有人在看).
  ...cue('anger', 1, '才怪', '(算是|总算|真是|今天)?见识(到)?了(?![吗么嘛?])', '(抱歉|道歉|对不起|sorry)(有|顶)(什么|啥|个)用'),
  ...cue('complaint', 0.6, '一字不差', '(每天|天天)(都)?(来)?(问|催|找)', '(每天|天天|每次|回回)(都)?说(马上|快了|在处理|尽快|明天)'),
  ...cue('complaint', 0.4, '我要的是'),
  ...cue('human_request', 1, '(后面|后台|那边|屏幕后面)(到底|究竟)?有(没有)?人'),
  // Fraud done in the shop's name or to the customer: someone posing as its staff, a charge for nothing
  // bought, dates altered.
  ...cue('complaint', 1,
    '(自称|冒充|说是|说他是|说她是)(是)?(你们|贵店|你们店|你们家)(家)?(的)?(客服|工作人员|员工|售后|官方)', '(没|没有|从没|从来没|根本没)(在你们(店|家)?)?(买过|下过单|消费过|下单|买).{0,24}(扣款|扣费|扣了|扣钱|账单|付款记录)',
    '(扣款|扣费|扣了我|账单).{0,24}(没|没有|从没|从来没|根本没)(在你们(店|家)?)?(买过|下过单|消费过)',
  ),
  ...cue('anger', 1, '(生产日期|保质期|日期|批号).{0,8}(涂改|改过|篡改|被改|重新贴|贴了新)'),
  // Not what the pictures showed (买家秀和卖家秀差别太大), and ashamed before others of what came.
  ...cue('complaint', 0.6, '(买家秀|卖家秀).{0,12}(差别|差距|区别|不一样|两回事|不符)', '(跟|和|与)(图片|图|照片|描述|详情页)(上)?(的)?.{0,4}(完全|根本|严重|一点都|一点也)(不一样|不符|不像)', '拿不出手', '(太|真|好|很)(丢人|丢脸)'),
  // Someone who can decide, asked for sideways: 能做主的人, 换个会动脑子的.
  ...cue('human_request', 1, '能做主的人', '(换|找|来)(个|一个)?(会动脑子|能做主|管事|说了算|能说了算)的', '不想(再)?(跟|和)(机器人?|程序|自动回复)(说话|聊|对话)'),
  // Taking it to the platform, or to everyone they know.
  ...cue('threat', 1, '非得我?(去|到)(平台|淘宝|天猫|京东|拼多多|小红书|抖音|微博|黑猫|12315)', '(去|到)平台(上)?(说|投诉|反映|申诉)'),
  ...cue('threat', 0.6, '身边的(人|朋友).{0,8}(说|讲)'),
  // The boss told, one story after another, thanks for teaching what a failure is, never again.
  ...cue('complaint', 1, '你们老板知道', '(给过我|说了|换了)(好)?几(个|种)说法', '说法.{0,12}记不(清|住)', '让我(知道|见识|体会)(了|到)(什么叫|啥叫)'),
  ...cue('complaint', 0.6, '(以后|再也)不会再?来了'),
  // Money taken for nothing ordered.
  ...cue('complaint', 1, '扣了.{0,10}钱.{0,20}(根本|从来)?没(下单|下过单|买过?)', '(根本|从来)没(下单|下过单|买过).{0,20}扣'),
  // A child nearly hurt.
  ...harm(1, '差点(扎|割|划|烫|夹|砸|绊)(到|伤)'),
  // An account in someone else's hands; money taken twice, after cancelling, for a change that failed.
  ...cue('complaint', 1,
    '(账号|帐号|号)被盗', '盗号', '有人(登|登录|登陆|用|盗用)了?我的(账号|帐号|号|卡|支付宝|微信)', '不是我(本人)?(下|买|操作|登录)的',
    '扣了?(我)?(两|三|四|五|好几|[2-9])(笔|次|遍|回)', '扣我(两|三|四|五|好几|[2-9])次', '重复扣(款|费|钱)', '(关|取消|退订)了.{0,12}(又|还|照样)(在)?扣', '连扣(了)?(两|三|四|五|几|[2-9])(个月|次|期)', '(根本)?没(开过|开通过|订过|开通)(这个)?(会员|服务|自动续费|套餐).{0,16}扣',
    '扣了?.{0,6}(钱|款|费)?.{0,6}(但是?|可是|结果).{0,12}(没|未)(成功|改成|生效|到账|出票)',
    // Damage done by the shop's people in the home.
    '(师傅|快递员|快递小哥|送货的|送货员|安装工|工人|司机|阿姨|保洁|家政|装修队|装修工|施工队).{0,14}(把)?(我家|家里)?.{0,10}(划|砸|刮|磕|撞|碰|弄|洗|摔|打|溅)(坏|破|伤|花|碎|穿|断|裂|了)', '划了好几道',
    // Customers who need more care: blind, deaf, just out of surgery.
    '读屏', '(信息|隐私|电话|号码|地址)(是不是)?被(你们)?(卖|泄露|泄漏)', '被(你们)?卖了',
    '(留言|消息|私信|联系)(留|发)?了.{0,2}(三|四|五|六|七|八|好几|[3-9])(遍|次|回)', '说了.{0,2}(三|四|五|好几|[3-9])遍',
    '拒付', '避雷(你家|你们|这家)', '(写|发)(篇|个|条)?(小红书|笔记|帖子|微博|抖音).{0,12}(避雷|曝光|让.{0,6}知道)', '直播间.{0,6}(刷屏|骂|曝光|说道)',
  ),
  ...harm(1, '砸(在|到|伤)了?.{0,6}(头|脸|身上|脚|腿|手)', '鼓了?(个|一个)?(大)?包', '卡(住)?(喉咙|嗓子)', '噎(住|到)', '(脸|眼睛|嘴|嘴唇)(都)?肿(了|得|成)', '睁不开'),
  // A person wanted: said in pinyin, by a plea, by the bot's failing.
  ...cue('human_request', 1, '\\b(rgkf|zrg)\\b', '答非所问', '(能不能|能否|可以|可不可以|麻烦)有(个|一个)?人(帮|跟我|和我|来)', '人工帮我', '(让|请)人工(来|处理|协调)',
    '(别|不要)再?(给我)?发(链接|这个链接)', '链接.{0,10}(没用|点了.{0,6}(遍|次))', '听不懂人话', '说人话', '你(是)?听不懂(吗|啊|嘛)?'),
  // Time running out: a flight, an exam, a show, tonight.
  ...cue('complaint', 0.6,
    '(飞机|航班|考试|婚礼|演唱会|开场|起飞|登机|火车|高铁|比赛|面试).{0,10}(明天|今晚|今天|马上|还有.{0,4}(小时|分钟)|周[一二三四五六日天]|[0-9一二三四五六七八九十]+点)',
    '(明天|今晚|今天|周[一二三四五六日天]).{0,10}(飞机|航班|考试|婚礼|演唱会|开场|起飞|登机|火车|高铁|比赛|面试)', '(很急很急|急死了|十万火急|火烧眉毛)', '我(人)?(已经)?(在|站在)(机场|门口|大厅|场馆|车站|前台)',
    '(显示|提示)(成功|已到账|已充值).{0,16}(没|未)(到账|收到|到)', '(被|让)(主播|客服|销售).{0,4}忽悠', '(根本)?(没有|查不到|找不到)我的(订单|预订|预定)', '倒闭了(吗|吧|？|\\?)', '你个头', '是开盲盒的(吧|吗)', '又是(这一?套)?["“]',
  ),
  // (Care alone, 我坐轮椅 想买个洗澡椅, is a customer like any other: it counts beside something gone wrong.)
  ...cue('complaint', 0.5, '(八|九)十多(岁)?', '老人家', '(盲人|聋人|聋哑|视障|听障|残疾人|坐轮椅)'),
  // Kept waiting and told it again; held responsible; hurt by scalding water; a fake proved.
  ...cue('complaint', 1, '(不要|别)再?(叫|让)我(等|再等)', '(说|讲)了?(很多|好多|无数|n|多少)(次|遍)', '(我要|就要|必须要|让)你们(来)?负责', '你们(要|得|必须)负责(?!安装|配送|送货|上门|运输)',
    '(没|未)(经过?|经)?我?(的)?(同意|允许|授权)(就)?(扣|开通|续费|下单)', '(测|检测|鉴定|验)(出来)?(是|为)(假|镀金|铜|仿|合金)', '(把我)?禁言|把我拉黑|拉黑(了)?我',
    '(不然|否则)(这事|这件事)?(就)?没完', '这事没完', '(我问的是).{0,12}(你|怎么)(回|给|发|说)', '谢谢你(们)?全家'),
  ...harm(1, '(泼|洒|溅)(在|到)?(手|脚|腿|身|脸)上', '起了?(一片|好多|一排)(水)?泡', '血压.{0,4}(升高|飙|高了)', '吃(了|完).{0,8}(住院|进医院|头晕|拉肚子|上吐下泻|呕吐)'),
  ...cue('human_request', 1, '喘气的', '揾(个)?人', '自动回复.{0,8}(停|别|不要|关)', '(看|听)不懂人话'),
  ...cue('anger', 1, '仙人板板', '你个(锤子|铲铲)'),
  ...cue('complaint', 0.6, '(真的)?服了', '(一直|总是)占线', '还有没有人(上班|管|在)', '说好的.{0,10}(第[0-9一二三四五六七八九十]+天|都.{0,4}天了|结果)', '(走|跑)了?(一|两|半)个多?月', '破(质量|东西|玩意)',
    '(大寿|寿宴|生日派对|派对|宴席|年夜饭|酒席).{0,16}(还没|没到|没送|马上|今天|今晚)', '今天之内.{0,6}(退|给|处理|解决)'),
  // (Alone, a customer like any other: 化疗掉发 适合戴哪款.)
  ...cue('complaint', 0.6, '(刚)?做完手术', '化疗'),
  ...cue('complaint', 0.4, '起(都)?起不来', '客人(都)?(到齐|来了|到了)', '快点想办法', '(八|九)十[0-9一二三四五六七八九]?(岁|了)', '[89][0-9](岁|了)', '不会(用手机|打字|上网)', '唔识', '(助听器|血压计|血糖仪|制氧机)', '我要解决问题', '没人回'),
  // Going public, harm (a rash all over, brakes that failed, fainting), charges that go on, a deadline
  // (a funeral), left downstairs, a promised visit that never came.
  ...cue('threat', 1, '(微博|抖音|小红书|朋友圈|法院|法庭)见(?=$|[,.!?~ \\[])'),
  ...cue('complaint', 1, '刹车失灵', '你哋要负责', '今天必须给我(一个)?(答复|说法|交代|结果)'),
  ...harm(1, '(成身|全身|浑身)痕', '痕到死', '起(晒|了|满)?(红点|疹子|红疹)', '(?<!防|耐|抗)(擦破|擦伤)', '晕倒', '急诊'),
  ...cue('complaint', 0.6, '(追悼会|葬礼|丧礼|出殡).{0,12}(明天|后天|今天|今晚)|(明天|后天|今天|今晚).{0,6}(追悼会|葬礼|丧礼|出殡)', '(扔|丢)(在)?楼下', '放(在)?楼下就走', '让我怎么(见人|见邻居|做人|出门)',
    '(上个月|上周|之前|前几天)就(反映|反馈|说|投诉)过了', '(一直|始终|到现在)(都)?(没|没有)(人)?(来|上门)', '我不管你们', '钱呢', '把钱退给我',
    '说.{0,12}(工作日|天).{0,10}(现在|都|已经).{0,4}[0-9一二三四五六七八九十两]+天'),
  ...cue('complaint', 0.5, '孕[0-9一二三四五六七八九十]+周', '怀孕', '帮我协调'),
  ...cue('complaint', 0.4, '到现在(还)?没(影|到|来|送到)', '(送|发|寄)(我|来)?(一个|个)?(裂|碎|坏|破|烂)的', '["“](惊喜|贴心|优质|正品|极速|次日达|闪电|包邮|售后|好评)["”]'),
  ...cue('compensation', 1, '^(快|赶紧)?(给我)?退钱[!！]+'),
  // Told to stop calling, the same lines again.
  ...cue('complaint', 1, '(不要|别|不准)再(打电话|打|联系|骚扰|发短信|发信息)(给)?我'),
  ...cue('complaint', 0.6, '(还是|又是)(那些|那套|同样的|一样的)(话|说辞|回复|套话)'),
  ...cue('anger', 0.4, '我靠'),
  ...cue('complaint', 0.4, '(必须|一定要)(到|送到)', '不然(我)?(就)?(进不了|赶不上|来不及|用不了)', '(已经|都)(晚上|半夜)?(十一|十二|[0-9]+)点了'),
];

/** Kept waiting on hold (a phone line, an order), not asking to put something on hold (a subscription). */
const HOLD_WAIT = '(?<!\\b(put|puts|putting|place|placed|placing)\\b.{0,40})\\bon hold\\b';

/** English cues (matched on normalised, spelling-corrected text). */
export const enCues: Cue[] = [
  ...cue('human_request', 1,
    '\\b(talk|speak|chat|chatt|contact|reach|connect|transfer|call|direct|redirect|forward|pass)(ing|ed|s)?\\b(\\s+\\w+){0,3}\\s+(with|to|through to)?\\s*(a|an|the|some|your|real|live|actual)?\\s*(human|person|agent|assistant|someone|somebody|representative|operator|rep|manager|supervisor)s?\\b',
    '\\b(want|need|get|give)\\s+(me\\s+)?(a|an|the|some)?\\s*(human|real person|live person|agent|representative|operator|supervisor|manager)\\b(?![- ]?(readable|resources|error|rights|made|hair))',
    '\\b(real|live|actual|human)\\s+(person|agent|human|representative|operator|assistant|being)\\b',
    '^(an?\\s+)?(human|agent|operator|representative|person)(\\s+please)?[.!?]*$', '^((human|agent|operator|representative|person)[.!?,\\s]+){2,}$', '^((human|agent|operator|representative|person)[.!?,\\s]+)+(human|agent|operator|representative|person)$',
    '\\b(anyone|anybody|someone|somebody) real\\b', '\\b(is it|it\'?s|is this) (all |just )?(automated|a bot)\\b', '\\b(phone|number|contact|email|details)\\b.{0,20}\\b(your|a|the) (supervisor|manager|boss)\\b',
    "\\b(not|no|stop)\\s+(a\\s+|the\\s+)?(bot|robot|machine)\\b", '\\bare you (a )?(bot|robot|machine|real)\\b',
  ),
  ...cue('complaint', 1,
    '\\bcomplain(t|ts|ing|ed)?\\b', '\\b(reclamation|grievance)s?\\b',
    '\\b(file|filing|lodge|lodging|make|making|submit|submitting|raise|raising|open|opening|register|registering)\\b(\\s+\\w+){0,3}\\s+claims?\\b',
    '\\bclaims?\\s+against\\b', '\\b(consumer|customer)\\s+claims?\\b',
  ),
  ...cue('complaint', 0.6,
    '\\b(unacceptable|ridiculous|outrageous|disappointed|disappointing|unhappy|dissatisfied|frustrated|fed up)\\b',
    '\\b(still|never)\\s+(not\\s+)?(received|arrived|refunded|resolved|answered|fixed|got)\\b', '\\b(no one|nobody|no-one)\\s+(answers|answered|replies|replied|helps|helped|responds|responded|cares|gets back|got back)\\b',
    '\\b(never|won\'t|will not|not)\\s+(buy|buying|order|ordering|shop|shopping|use|using)\\b.{0,20}\\bagain\\b', '\\bnever again\\b', '\\bsecond time\\b',
    '\\b(waiting|waited)\\b.{0,12}\\b([0-9]+|two|three|four|five|six|several|many)\\s+(days|weeks|months)\\b',
  ),
  ...cue('complaint', 1,
    "(?<!\\b(ordered|ordering|bought|buying|purchased|purchasing|shopped|shopping)\\b.{0,16})\\b(third|fourth|fifth|3rd|4th|5th|[0-9]+th)\\s+time\\b(?! (i'?ve|i have|we'?ve|we have|i|we) (ordered|bought|shopped|purchased|used|been (a )?(customer|shopping)))", '\\b(caught fire|on fire|melted|burnt|burned|exploded|smoking|sparks|electric shock|allergic reaction|food poisoning)\\b', '(?<!\\bout of (the )?)\\bhospital\\b(?! (bags?|grade|beds?|corners?))',
    '\\b(bad|poor|terrible|horrible|awful|worst)\\s+(service|experience|support|quality)\\b', '\\bexperience\\b.{0,30}\\b(bad|poor|terrible|horrible|awful)\\b',
  ),
  ...cue('threat', 1,
    '\\b(lawyer|attorney|lawsuit|legal action|court|chargeback|charge back)\\b', '\\b(call|calling|called|ring|contact|contacting|involve|involving|report (it|this|you|them) to|reporting (it|this|you|them) to|go to|going to) the police\\b', '\\bpolice report\\b', '\\b(sue|suing)\\s+(you|your|the company|them)\\b', '\\b(bbb|better business bureau|trading standards|consumer protection)\\b',
    '\\breport(ing)? you\\b', '\\breport(ing)?\\s+(this|it|you)\\s+to\\b', '\\bdispute\\b', '\\b(bad|negative|1-star|one-star|one star)\\s+review\\b', '\\b(post|posting|share|sharing|expose|exposing|tell|telling|warn|warning)\\b.{0,30}\\b(social media|twitter|facebook|reddit|the press|everyone|everybody)\\b',
  ),
  // "Compensation" is often just a word for a refund in English ("I expect a compensation of $20"):
  // demanding one weighs, but does not hand off by itself.
  ...cue('compensation', 0.6,
    '\\b(demand|deserve|insist on)(ing)?\\s+(a\\s+|some\\s+)?(compensation|damages)\\b', '\\bcompensate me\\b', '\\b(double|full) refund\\b',
  ),
  // Answered by rote: canned replies, the same answer again.
  ...cue('anger', 0.6, '\\b(canned|automated|scripted|copy[- ]?pasted?|generic|template|robotic)\\s+(replies|reply|responses|response|answers|answer|messages|emails)\\b', '\\bsame (reply|answer|response|message|email) (again|over)\\b'),
  ...cue('complaint', 0.4, '\\b(just\\s+)?fix (it|this)\\b'),
  ...cue('compensation', 1, '\\bpay (for|me for) (my|the) (loss|losses|damages)\\b'),
  ...cue('anger', 1,
    '\\b(scam|scammers?|fraud|frauds|rip-?off|thieves|liars?|cheaters?)\\b', '\\b(useless|pathetic|incompetent|disgusting|disgusted|garbage|trash)\\b',
    '\\b(stupid|idiot|idiots|moron|morons)\\b', '\\bworst\\b.{0,30}\\bever\\b', '\\bworst (\\w+ )?(experience|service|company|shop|store|purchase)\\b', '\\bjoke of a (company|shop|store|business|service)\\b', '\\bwtf\\b', '\\bfuck (you|off|this)\\b', '\\b(screw|damn) you\\b',
  ),
  ...cue('anger', 0.6, '\\b(fake|counterfeit|knock-?off)\\b'),
  // Someone posing as the shop (an email that looks like yours, asking for card details).
  ...cue('complaint', 1, '\\bphishing\\b', '\\b(email|e-mail|text|message|sms|call|site|website)\\b.{0,30}(\\b(looks?|looked) (exactly |just )?like (yours|it came from you|it is from you|it\'s from you)\\b|\\b(pretending|claiming|claims|pretends) to be (you|from you|your company|your shop|your store)\\b)'),
  ...cue('anger', 0.3, '\\b(fucking|fuck|shit|damn|goddamn|bloody|freaking|hell)\\b', '\\b(terrible|horrible|awful|worst)\\b'),
  // Asking for it by name: "escalate this".
  ...cue('human_request', 1, '\\bescalat(e|ed|ing)\\b'),
  // British and formal ways of saying it was bad, and where unhappy customers take it.
  ...cue('anger', 1, '\\b(disgrace|disgraceful|appalling|atrocious|abysmal|shambles|shambolic)\\b', '\\bthanks for nothing\\b', '\\b(crooks|clowns|cowboys|con artists)\\b', '\\b(is|are|was) (a |an absolute |a complete )?(joke|farce|disgrace)\\b'),
  ...cue('complaint', 1, '\\b(shocking|rubbish|dreadful|unacceptable|lousy)\\s+(service|experience|support|quality|customer service)\\b'),
  ...cue('threat', 1, '\\b(trustpilot|yelp|ombudsman|small claims|ofcom|ftc|consumer (rights|council|affairs|tribunal))\\b', '\\b(1|one|zero|0)[- ]?stars?\\b'),
  // Fed up: done with it, ignored, told the same again.
  ...cue('complaint', 0.6,
    "\\b(i'?m|i am) (so )?(done|finished) with\\b", '\\b(had|have had) enough\\b', '\\bsick (and tired )?of\\b', '\\b(ignored|ignoring|ghosted)\\b', '\\bno (response|reply|answer|update)s?\\b',
    '\\b(again and again|over and over|every (single )?time)\\b', '\\bkeep (getting|being) (told|sent|fobbed off)\\b', '\\bfobbed off\\b', "\\b(what is|what's|whats) going on\\b", '\\bhow (hard|difficult) (is it|can it be)\\b',
    '\\bsort (it|this) out\\b', '\\b(want|demand|need) my money back\\b', '\\bwaste of (time|money)\\b',
  ),
  // Sarcasm: praise for a failure ("great job, three weeks and nothing"). Irony: only beside what went
  // wrong (great service can be praise).
  ...irony(0.6,
    '\\b(great|good|nice|fantastic|brilliant|amazing|wonderful|awesome|excellent|stellar)\\s+(job|work|going)\\b', '(?<!\\b(thank|thanks|thank you|thank u|thx|ty)\\s)\\bso much for\\b', '\\b(love|loving) (how|that) (you|your|i|it)\\b',
    '\\b(what a|such a|absolute) (joke|farce|nightmare)\\b', '\\byeah right\\b', '\\b(truly|really|so|very) impressive\\b', '\\bsetting the bar\\b', '\\breal(ly)? nice way to\\b', '\\bmust be on (vacation|holiday|a break|strike)\\b', '\\b(love|loving) (how|that) the\\b', '\\b(oh|just) great\\b', '\\bwow\\b', '\\bseriously[?!]',
  ),
  // Harm done: a rash, a burn, a visit to the doctor.
  ...harm(1, '\\b(rash(?!\\s*(vests?|guards?|tops?|suits?|shirts?)\\b)|rashes|hives|scalded|scald|blistered|blisters|injured|injury|bleeding|swollen)\\b', '\\b(a&e|the er|emergency room|urgent care)\\b'),
  ...harm(0.6, '\\b(seeing|see|saw|visit|went to) (the |a |my )?(gp|doctor|dermatologist)\\b'),
  ...cue('human_request', 1, '\\b(get|put) me (through to )?(your|a|the) (manager|supervisor|boss)\\b',
    '\\b(put|get|transfer|pass|send) me (through )?to (someone|somebody|a person|anyone)\\b', '\\b(someone|somebody|the person|whoever is) in charge\\b', '\\b(someone|somebody) (who|that) (can|could) actually\\b',
  ),
  // Fed up, in more words: asked again and again, nobody will, is anyone there.
  ...cue('complaint', 1, '\\b(emailed|e-mailed|emailing|called|calling|phoned|phoning|rang|ringing|messaged|messaging|written|wrote|writing|contacted|contacting|asked|chased|chasing)\\b.{0,24}\\b(twice|three times|four times|five times|[0-9]+ times|several times|multiple times|many times|so many times|countless times)\\b'),
  ...cue('complaint', 0.6,
    '\\b(no one|nobody|no-one) (will|would|can|seems to|is going to|wants to|bothers|bothered)\\b', '\\b(got|get|heard|had) nothing back\\b', '\\bheard nothing\\b', '\\bis (anyone|anybody) (actually |even )?(working|there|reading|listening|home)\\b',
    '\\bstill no (refund|reply|response|answer|update|delivery|parcel|order|money|news)\\b', '\\b(fell|came|falling|coming) apart\\b', '\\bnot as (described|advertised|pictured)\\b',
  ),
  // (Told politely, "it broke after a week, can I get a replacement?" is a question for the bot.)
  ...cue('complaint', 0.4, '\\b(snapped|ripped|tore|shrank|faded)\\b.{0,12}\\b(after|within|in) (one|a|two|three|the first|[0-9]+)\\s+(wash|washes|day|days|week|weeks|use|uses|wear|wears|go)\\b'),
  ...cue('complaint', 0.4, '\\btook (nine|ten|eight|seven|six|five|four|three|two|several|[0-9]+) (days|weeks|months)\\b', '\\b(another|yet another)\\b.{0,30}\\b(email|message|reply|excuse|promise|apology|apologi[sz]e)\\b', '\\bmore (excuses|promises|apologies)\\b', '\\bhidden (fees|charges|costs)\\b'),
  // Taking it to the bank, the internet, a solicitor.
  ...cue('threat', 1,
    '\\b(credit card company|card company|card issuer|my bank|paypal)\\b.{0,30}\\b(revers(e|ing)|dispute|chargeback|open(ing)? a (case|claim)|file a claim)\\b', '\\brevers(e|ing) the (payment|charge|transaction)\\b', '\\b(solicitor|legal team|legal advice)\\b',
    '\\b(post|share|write|put)\\b.{0,30}\\b(?<!\\bfrom (your |the shop\'s )?|\\byour )(instagram|tiktok|youtube|online|the internet)\\b', '\\bso (people|everyone|others|the world) (know|knows|can see)\\b',
    '\\b(credit card company|card company|card issuer|my bank) (can|will|is going to|gonna) (deal with|sort out|handle) (you|this)\\b', '\\b(gonna|going to|will|shall) hear about (this|it)\\b', '\\bsee what happens to your\\b',
  ),
  // Sarcasm, more of it.
  ...irony(0.6, '\\bas (always|usual)\\b', '\\bthanks a (lot|bunch|million)\\b', '\\b(oh|just) (wonderful|lovely|perfect|fantastic|brilliant)\\b'),
  // Fed up, disputed, promised and not done, thrown over the fence, an animal or child taken ill.
  ...cue('complaint', 1, '\\bnot good enough\\b', '\\b(so|really|very|extremely|absolutely|beyond|incredibly|utterly) (frustrated|disappointed|fed up)\\b'),
  ...cue('threat', 1, '\\bdisput(ed|ing)\\b'),
  ...cue('complaint', 1, '\\bstill not (sorted|fixed|resolved|done|here|arrived|refunded|delivered)\\b', "\\b(had it|i'?m done|i am done) with (you|your|this)\\b", '\\bstop telling me\\b'),
  ...cue('complaint', 0.6, '\\byou people\\b', '\\beven read\\b', '\\bmoney back (today|now|immediately|right now)\\b', '\\b(no one|nobody|no-one) (answer|reply|respond|pick up|picks up)s?\\b'),
  ...cue('complaint', 0.6, '\\b(you|they|colleague|agent|rep|someone) promised\\b', '\\b(promised|assured) me\\b', '\\b(threw|thrown|chucked|tossed)\\b'),
  ...cue('complaint', 0.4, '\\band nothing\\b', '\\b(smashed|shattered|cracked)\\b', '\\bfor ([0-9]+|two|three|four|five|six|several) (days|weeks)\\b'),
  ...cue('compensation', 0.6, '\\b(be|been|being) compensated\\b'),
  // Charged wrongly (twice, or more than advertised), nobody answering, told one thing and not done,
  // the same mistake again, the money taken and nothing sent.
  ...cue('complaint', 0.6,
    '(?<!\\b(will|would|could|might|can) (i|we|you|it) (be|get) )\\bcharged (me |my card |my account |us )?(twice|double|two times|three times|[0-9]+ times|multiple times|several times)\\b', '\\bdouble[- ]charged\\b', '\\btook (my|our) money\\b', '\\bstill nothing\\b',
    '\\b(no one|nobody|no-one) (is|has|have) (even )?(answering|replying|responding|answered|replied|responded|got back|gotten back|been in touch)\\b',
    '\\bdo you (even|actually) (check|read|look|care|test|know)\\b', '\\bwrong\\b.{0,20}\\bagain\\b',
  ),
  ...cue('complaint', 0.8, '\\b(said|says|advertised|showed|shows|stated|listed)\\b.{0,30}\\bbut\\b.{0,20}\\b(charged|billed|paid)\\b'),
  ...cue('complaint', 0.4,
    '\\b(i was|we were) (told|assured)\\b', '\\bcharged (the )?full price\\b', '\\b(said|says|showed|shows|listed|advertised) (it was |it is |it\'s |its |as )?(in stock|available)\\b',
    '\\b(another|yet another)\\b.{0,12}\\b(voucher|coupon|credit|gift card|discount code)\\b',
  ),
  ...harm(1, '\\b(got|became|was|fell|been) (sick|ill) after\\b', '\\b(sick|ill) after (eating|using|drinking|taking|wearing)\\b', '\\b(sick|ill|vomiting|throwing up)\\b.{0,20}\\bafter (eating|drinking|using|taking)\\b',
    '\\bnearly (swallowed|choked)\\b', '\\bnearly (put|got) (it|one|them|a piece|a part) in (her|his|their) mouth\\b', '\\b(swelled|swelling|bulging|bulged|puffed|puffing) up\\b'),
  ...harm(0.6, '\\bhot to (the )?touch\\b'),
  // Anger in words.
  // (The customer's own: "my son was furious when…" tells a story.)
  ...cue('anger', 1, "\\b(i'?m|i am|we'?re|we are|i'?ve been|getting|absolutely|so|beyond|honestly) (furious|livid|fuming|seething|irate|enraged|outraged)\\b", '\\b(so|really|very|extremely|absolutely|beyond) (angry|annoyed|upset|mad|pissed)\\b(?! (at|with) (myself|me)\\b| (that )?i (missed|forgot|didn.t|didnt|ordered|bought|lost|dropped|left)\\b)', '\\bfalse advertising\\b', '\\b(a|this is a|what a|total|complete) con\\b',
    '\\b(refurbished|used|second-hand|secondhand|returned)\\b.{0,24}\\bas new\\b'),
  ...cue('anger', 0.6, '\\b(angry|annoyed|upset|pissed off)\\b', '\\b(misleading|misrepresented)\\b'),
  // Harm, in more words.
  ...harm(1, '\\bspark(s|ed|ing)\\b', '\\b(stitches|choked|choking|nearly swallowed|swallowed a)\\b', '\\b(cut|burnt|burned|scalded) (my|his|her|their|our) (hand|hands|finger|fingers|arm|leg|face|mouth|skin)\\b'),
  ...harm(0.6, '\\b(shattered|mou?ld|mouldy|moldy)\\b', '(?<!\\b(code|coupon|voucher|card|link|offer|promo|subscription|membership|passport|licen[cs]e)\\b.{0,16})\\bexpired\\b'),
  ...harm(1, '\\b(mou?ld|mouldy|moldy|maggots?|insects?|bugs?|worms?|a hair|glass|metal) (in|on|inside) (the|my|it|our|his|her)\\b'),
  // Something owed for the trouble.
  ...cue('compensation', 1, '\\b(cover|pay for|reimburse( me for)?) the (cost|costs|damage|damages|repair|repairs|expense|expenses)\\b', '\\byou owe me\\b',
    '\\bwho(\'s| is)? (paying|going to pay|gonna pay|will pay) for (that|this)\\s*[?!.]*$', '\\bsend you (the|my) (invoice|bill)\\b'),
  ...cue('compensation', 0.6, '\\b(the )?least you (could|can) do\\b', '\\bcover the (return )?(postage|shipping|delivery)\\b'),
  ...cue('compensation', 0.6, '\\bfor the (trouble|inconvenience|hassle)\\b', '\\b(goodwill gesture|gesture of goodwill)\\b'),
  // Put off, kept waiting, told a different story each time, done behind the customer's back.
  ...cue('anger', 1, '\\bfob(bing|bed)?\\b.{0,8}\\boff\\b', '\\bthis is (ridiculous|unacceptable|outrageous|a joke)\\b'),
  ...cue('complaint', 0.6,
    '\\byou keep (sending|giving|telling|saying|cancelling|canceling|charging|ignoring)\\b', '\\bwithout (telling|asking|informing|notifying|warning) (me|us)\\b', '\\bkept (the|my|our) (money|payment|deposit)\\b',
    '\\b(has|have) come and gone\\b', '\\b(i was|we were) (promised|assured)\\b', '\\b(waiting|waited|been on hold|on hold)\\b.{0,12}\\b([0-9]+|twenty|thirty|forty|fifty|sixty) (minutes|mins|hours)\\b',
  ),
  ...cue('complaint', 0.6, '\\bzero (replies|reply|responses|response|answers|help|updates)\\b', '\\byou (said|told me)\\b.{0,40}\\b(last week|yesterday|days ago|weeks ago|last month)\\b', '\\b(one|the first) (says|said)\\b.{0,40}\\b(next|other|another|second) (one )?(says|said)\\b'),
  ...cue('complaint', 1, '\\b(every|each) (agent|rep|representative|one of you)\\b.{0,12}\\b(tells?|says?|said|told|gives?|gave)\\b.{0,12}\\b(something different|a different|something else|different things?)\\b',
    '\\b(see|seeing|saw|got|there are|there were|taken|took)\\b.{0,10}\\b(two|2|three|3|double) (payments|charges|transactions|debits)\\b.{0,40}\\b(one|a single|1) (order|purchase|item)\\b'),
  ...cue('complaint', 0.4, '\\bhello\\?{2,}', '\\b[0-9]+ (days|weeks) for\\b', '\\b(came|fell|broke|snapped) off\\b', '\\b(price|it) dropped\\b.{0,30}\\b(after|since) i (bought|ordered|paid)\\b'),
  ...cue('complaint', 0.4, '\\b(different|another) (answer|story|excuse)\\b', '\\b(straight|proper|clear|honest) answer\\b', HOLD_WAIT, '\\bon (the phone|your phone line|the line)\\b', '\\bno (parcel|package)\\b'),
  // (A reimbursement is mostly a refund by another name, like "compensation" above.)
  ...cue('compensation', 0.4, '\\breimburse(ment|d)?\\b', '\\b(a )?voucher at least\\b', '\\bat (the very )?least\\b'),
  // A refund and more (a refund alone, "compensation" included, is routine in English).
  ...cue('compensation', 1, '\\brefund and (a |some )?compensation\\b'),
  ...cue('complaint', 0.6, "\\bnot (even )?surprised( anymore)?\\b", '\\bdo whatever you want\\b', '\\bdid(n\'t| not) (show|turn) up\\b', '\\bno[- ]show\\b'),
  // Irony, more of it: thanks for a failure, mock ratings.
  ...irony(0.6,
    '\\b(top notch|10/10|really impressive|so impressive|impressive stuff|cheers for that|much appreciated|really appreciate it|well done|really made my (day|week)|great value)\\b', '\\b(oh|wow)\\s+(brilliant|fantastic|perfect|lovely|amazing|wonderful|great)\\b',
    '^(fantastic|brilliant|perfect|lovely|great|amazing|wonderful)\\b', '\\bthanks? (so much |a lot )?for\\b.{0,40}\\bagain\\b',
  ),
  ...cue('complaint', 0.4,
    '(?<!\\b(will|would|could|might|can) (i|we|you|it) (be|get) )\\b(charged|billed) (me |my card |my account )?(twice|double)\\b', '\\bdouble[- ](charged|billed)\\b', '\\b(wrong|another|a random|someone else\'s) (flat|address|house|door|apartment)\\b', '\\bstill nothing\\b',
    "\\b(doesn't|does not|didn't) exist\\b", HOLD_WAIT, '\\b(soaked|leaked|leaking|ruined|filthy|dirty|mouldy|moldy|cold)\\b',
    '\\bempty (box|parcel|package)\\b', '\\b(box|parcel|package) (was|came|arrived) empty\\b', '\\bpeeling\\b',
  ),
  // What went wrong, told plainly: weak alone (a polite report is a question for the bot), but with
  // sarcasm or anger it is the failure they are about.
  ...cue('complaint', 0.4,
    '\\b(arrived|came|turned up|showed up)\\s+(broken|damaged|smashed|cracked|dented|crushed|ripped|torn|leaking|late|wet|opened)\\b', '(?<!\\b(ordered|orderd|ordred|picked|chose|chosen|selected|bought|clicked|entered|typed|put in) (the |a )?)\\b(wrong|incorrect)\\s+(item|size|colou?r|product|order|parcel|package)\\b',
    "\\b(never|hasn'?t|has not|didn'?t|did not|haven'?t|have not)\\s+(arrived|received|got|get|come|came|turned up|shown up|come through)\\b", '\\b(stopped|quit) working\\b', '\\bbroke (after|within|in)\\b',
  ),
  // Exasperation, the bill for the trouble, a person wanted behind the chat, the same question again.
  ...cue('anger', 0.6, '\\bare (you|you people|you guys|they) (actually |even |being )?serious\\b'),
  ...cue('anger', 0.4, '\\bthis is insane\\b'),
  ...cue('complaint', 0.6,
    '\\bwhat (exactly )?(did|am|do) (i|we) pay(ing)?( extra)? for\\b', '\\bwhat are you (going to|gonna) do about (it|this|that)\\b', '\\bnot (a|another|just a|some)\\b.{0,12}\\b(voucher|coupon|discount|credit|gift card)\\b',
    '\\bstop sending me\\b', '\\bsame question as\\b', '\\b(yesterday|last week|on monday|on friday) and the (day|week) before\\b', '\\band again (on|last|yesterday|this morning)\\b',
    '\\b(this|typing|chatting|the bot|the chat)\\b.{0,16}\\b(is not|isn\'?t|not) (working|helping)\\b', '\\b(nobody|no one|no-one) (showed|came|turned up)\\b',
  ),
  ...cue('complaint', 0.4, '\\bplease explain\\b', '\\bexplain (this|yourselves|why)\\b'),
  ...cue('compensation', 1, '\\blost (wages|earnings|income|pay)\\b', '\\brefund (plus|and|as well as)\\b.{0,12}\\b(cost|costs|price|value)\\b'),
  ...cue('human_request', 1, '\\bis (there|anyone|anybody) (a |an )?(human|person|real person|actual person|actual human)\\b'),
  ...cue('human_request', 0.5, '\\b(number|line) (i|we) can (call|ring|phone)\\b'),
  // Going public with it: a video, a thread about the shop.
  ...cue('threat', 1, '\\b(make|making|post|posting|film|filming|do|doing) a (video|post|thread|tiktok|reel)\\b.{0,24}\\babout (you|your|this|how you)\\b'),
  // (Not an offer to work together: "I've got 50k followers, up for a collab?")
  ...cue('threat', 0.5, '(?<!\\b(collab|partner|sponsor|ambassador|affiliate|influencer|gifting)\\w*\\b.*)\\bfollowers\\b(?!.*\\b(collab|partner|sponsor|ambassador|affiliate|influencer|gifting))'),
  // Fraud: fakes, a listing that lied, a charge for nothing bought, someone posing as the shop.
  ...cue('anger', 1, '\\b(these|they|it|this) (are|is|\'s|\'re) (fakes|a fake|fake|counterfeit)\\b', '\\b(listing|description|advert|ad|website|photos?|pictures?) (is|was|are|were) (a lie|lying|lies|false|fake)\\b'),
  ...cue('complaint', 1,
    '\\b(payment|charge|transaction|debit)\\b.{0,60}\\bnever (ordered|bought|purchased|shopped|authori[sz]ed)\\b', '\\bnever (ordered|bought|purchased|shopped)\\b.{0,60}\\b(payment|charge|charged|transaction|debit)\\b',
    '\\bclaim(ing|ed|s)? to be (from )?(you|your)\\b',
  ),
  ...cue('anger', 0.6, '(?<!\\b(discount|promo|promotional|voucher|coupon|gift|referral|offer)\\s)\\b(serial|imei|code|barcode)\\b.{0,30}\\b(invalid|not valid|does not exist|doesn\'?t exist)\\b'),
  ...harm(1, '\\b(have|has|had) been (sick|ill|vomiting|throwing up)\\b', '\\bate\\b.{0,40}\\b(sick|ill|vomit(ing)?|throwing up|diarrh(o)?ea)\\b'),
  // Someone who can decide, asked for sideways; the bank or everyone they know told; never again.
  ...cue('human_request', 1, '\\bwho(\'s| is) above you\\b', '\\banyone (there|here) who can actually\\b'),
  ...cue('threat', 1,
    "\\bi(\'ll| will) (just )?(have a (chat|word)|talk|speak) (with|to) my bank\\b", '\\b(sure|tell|telling|let|warn|warning) everyone (i know|i talk to)\\b', '\\beveryone (i know|i talk to) (hears|will hear|is going to hear|knows about this)\\b', '\\b(people|folks|everyone) on (reddit|twitter|tiktok|facebook|instagram|mumsnet)\\b',
  ),
  ...cue('complaint', 1, "\\b(won't|will not|never) be (shopping|ordering|buying) (here|from you|with you) again\\b"),
  // Fraud: an account used by someone else, a PIN asked for.
  ...cue('complaint', 1,
    '\\b(someone|somebody)\\b.{0,20}\\b(used|accessed|hacked|got into|logged into) my account\\b', '\\b(asking|asked) (me )?for my (card |bank )?(pin|password|security code|cvv)\\b',
  ),
  // Harm, told calmly: a baby in a pram that rolled, a small part come loose, skin scalded.
  ...harm(1,
    '\\bwith my (baby|son|daughter|child|kid|toddler) in it\\b', '\\b(magnet|magnets|button battery|small parts?)\\b.{0,30}\\b(came|fell) (loose|off|out)\\b',
    '\\b(sprayed|scalded|burnt|burned|cut|injured)\\b (my|his|her|our) (arm|arms|hand|hands|finger|fingers|leg|legs|face|skin)\\b',
  ),
  // A demand with a deadline: the money back now, not a question about when it comes ("refund my
  // money immediately", "I want a full refund plus the postage. Now."; not "can I get a refund now
  // that it's on sale?").
  ...cue('compensation', 1,
    "^(please |pls |just )?(cancel\\b.{0,30}\\band )?(refund|give me (back )?my (money|refund)|return my money|send (me )?(back )?my (money|refund)|process my refund|pay me back)\\b.{0,40}\\b(now|right now|immediately|asap|as soon as possible|straight away|right away|today|this instant)\\b(?! that)",
    "\\b(i want|i need|i demand|i expect|give me)\\b.{0,24}\\b(my money back|(a |my |the )?(full )?refund)\\b.{0,40}\\b(now|right now|immediately|asap|as soon as possible|straight away|right away|today)\\b(?! that)",
    '^(my )?money back\\b.{0,20}\\b(now|right now|immediately|asap|as soon as possible|straight away|right away|today)\\b',
    "\\b(i|we) want (it|this|that) (sorted|fixed|resolved|refunded|done|dealt with|put right) (today|now|immediately|right now|asap)\\b",
    "\\b(i|we)( want| expect| demand| need| would like|'d like)\\s+(some |a |full |proper |fair )?compensation\\b(?! of\\b)",
  ),
  ...cue('threat', 1, '\\bor else\\b[.!?]*$', "\\bor (i|we)('ll| will| am going to| are going to|'m going to|'re going to) (go to|contact|call|report|dispute|leave|post|take)\\b"),
  ...cue('complaint', 0.6, '\\bstop (taking|charging|billing) (me|my|our)\\b', '\\btaking (my |our |people\'?s )?money\\b', '\\bstart (all )?(over|again|from scratch)\\b', '\\bback and forth\\b',
    '\\bthat was (over |more than )?(a|one|two|three|four|five|six|several|[0-9]+) (weeks?|months?) ago\\b', '\\b(apparently|supposedly|allegedly) (delivered|sent|shipped|dispatched|on (its|the) way|in transit)\\b'),
  // Money taken wrongly, an account used by someone else: a person has to look.
  ...cue('complaint', 1,
    '\\b(someone|somebody)\\b.{0,20}\\b(used|using|stole|stolen|cloned|took|has) my (card|card details|bank details|account|details|identity|paypal|store credit|credit|gift card|voucher|points|balance)\\b', "\\b(didn'?t|did not|never) authori[sz]e\\b", "\\b(changed|used|placed)\\b.{0,24}\\b(i didn'?t do (that|this|it)|wasn'?t me|without my (permission|consent|knowledge))\\b",
    "\\b(charged|charging|billed|debited|deducted|taken|taking)\\b.{0,40}\\b(anyway|regardless|(for )?(a |the |my )?(subscription|order|membership|plan|booking|item) (i|we) (cancell?ed|canceled|returned|never ordered)|even though (i|we) (cancell?ed|canceled|never|didn'?t|returned))\\b",
    "(?<!\\b(will|would|could|might|can|do|does) (i|we|you|it) (still )?)\\b(cancell?ed|canceled|returned)\\b.{0,40}\\b(got|been|was|were|am|i'm|still) (still )?(charged|billed|debited)\\b",
    '\\b(charged|billed|debited|charge|payment|subscription)\\b.{0,40}\\bnever (sign(ed)? up|subscribed|agreed|authori[sz]ed|approved|consented)\\b', '\\bnever (sign(ed)? up|subscribed|agreed to|authori[sz]ed|approved)\\b.{0,40}\\b(charged|billed|debited|charge|payment|taking|taken|deducting|debiting)\\b',
    '(?<!\\b(will|would|could|might|can) (i|we|you|it) (be|get) )\\b(debited|debit|deducted|deduct|taken|paid|charging|went off|came out of)\\b.{0,24}\\b(twice|two times|2 times|double|three times|3 times)\\b',
    '\\b(charged|paid|debited|deducted|money (was )?taken|went off|left my account)\\b.{0,40}\\b(says|shows|showing|status is|page says|is showing)\\b.{0,16}\\b(failed|unsuccessful|declined|unpaid|not paid|cancell?ed|canceled|pending payment)\\b', '\\b(charged|paid|debited|deducted)\\b.{0,40}\\bbut\\b.{0,30}\\b(never (confirmed|arrived|came|received|sent|delivered|shipped)|not (confirmed|received))\\b',
    '\\b(account|password)\\b.{0,24}\\b(hacked|compromised)\\b', '\\bhacked\\b.{0,16}\\baccount\\b',
    "\\b(got|receive|received|been sent|sent me|came with|arrived with|it'?s got|has got)\\b.{0,30}\\b(someone else|another (customer|person|user)|a stranger)'?s\\b", "\\b(someone else|another (customer|person|user)|a stranger)'?s\\b.{0,40}\\b(name|address|details|personal|prescription|medical|phone number|information|photos|pictures|messages|chats|data|files)\\b.{0,30}\\b(showing|shows|on (my|the) (account|label|box|parcel)|in (the|my) (box|parcel|package)|visible)\\b", "\\b(my )?(prescription|medical|health|personal|bank|card) (details|information|info|data)\\b.{0,40}\\b(printed|visible to|on the (outside|label)|for (everyone|anyone|the whole))\\b", "\\b((i'?m|i am) not|i (don'?t|do not) feel) safe\\b(?! to\\b)", "\\b(cut off|disconnected|suspended|blocked|closed) (my|our)\\b.{0,30}\\b(even though|although|despite)\\b",
    '\\b(damaged|scratched|scraped|dented|gouged|broke|smashed|cracked|scuffed|flooded|stained|ruined)\\b.{0,24}\\b(our|my) (\\w+ ){0,2}(door|doors|wall|walls|floor|floors|flooring|floorboards|stairs|staircase|banister|car|gate|fence|frame|ceiling|carpet|worktop|window|windows|furniture|lawn|driveway|kitchen|bathroom|hallway|house|home|table|tv)\\b', '\\b(driver|delivery (man|men|guy|guys|driver|drivers|team|person|people)|courier|installer|engineer|fitter|technician|plumber)s?\\b.{0,40}\\b(broke|damaged|scratched|dropped|smashed|dented|cracked|drilled|flooded|ruined|reversed into|crashed into|drove into|knocked (down|over)|aggressive|racist|sexist|homophobic|abusive|violent)\\b', '\\b(racist|sexist|homophobic)\\b', '\\b(drilled|drilled through|burst)\\b.{0,20}\\b(pipe|pipes|water main|cable|wire|wiring)\\b', '\\bwater everywhere\\b',
  ),
  ...cue('complaint', 0.6, '\\b(password|email address|account details)\\b (was|has been|got) changed\\b', "\\b(new )?orders? (on it|on my account|i (didn'?t|did not|never) (make|place|placed))\\b",
    '\\b(balance|points|credit|money|funds)\\b.{0,20}\\b(gone|disappeared|vanished|went to (zero|0)|is (now )?(zero|0)|missing)\\b', '\\bwent from .{1,12} to [£$€]?0\\b', '\\b(shop|seller|store|account|site|website) (has )?(disappeared|vanished|gone offline|been deleted)\\b'),
  ...cue('complaint', 0.4, "\\b(haven'?t|have not|never) used (it|them|the card)\\b", '\\b(came|arrived) without (the|a|its|any|their)\\b',
    '\\b(sent|sending|send|delivered|delivering) (me |us )?(a |an |the )?(broken|damaged|smashed|cracked|wrong|faulty|used)\\b', '\\banother (week|day|month|fortnight) of\\b',
    '\\b(came|arrived) (in|with) (a |an )?(ripped|torn|broken|damaged|crushed|soaked|opened)\\b',
    '\\b(cancell?ed|canceled|rejected) by (your|the) (system|site|website|app)\\b', '([£$€]|\\bpaid )\\s?[0-9]{1,3},?[0-9]{3}\\b'),
  // Said to have arrived and not there.
  ...cue('complaint', 0.6, "\\b(says|said|shows|showing|marked( as)?|tracking says|status says)\\b.{0,12}\\bdelivered\\b.{0,40}\\b(but|yet)\\b.{0,30}\\b(haven'?t|have not|never|didn'?t|did not|not|nothing)\\b"),
  // Something that matters will be missed: a wedding on Saturday, a show tonight, a flight tomorrow.
  ...cue('complaint', 0.6,
    "\\b(baby|baby'?s|baby is) due\\b", '\\b(wedding|funeral|party|birthday|christening|flight|holiday|trip|show|concert|event|exam|interview|ceremony|anniversary|gig|match)\\b.{0,40}\\b(tomorrow|tonight|today|this (weekend|evening|afternoon|saturday|sunday|friday)|(is )?on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (an|one|two|three|a few|[0-9]+) hours?|in (a|one|two|1|2) days?)\\b',
    "\\b(tonight|tomorrow|today|saturday|sunday)'?s (show|concert|event|party|wedding|flight|match|game|gig|funeral)\\b", '\\b(travell?ing|traveling|flying|leaving|moving) (tomorrow|tonight|today|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this weekend)\\b',
  ),
  // Hurt: a fall, a bruise, a chemical burn.
  ...harm(1, '\\bbruised (hip|arm|leg|knee|ankle|wrist|ribs?|face|head|back|shoulder|hand|elbow|foot|chest|eye)\\b', '\\bbruis(es|ing) (on|to|all over) (my|his|her|their|our)\\b', '\\b(concussion|fractured|sprained|chemical burns?)\\b', '\\bbroken (arm|wrist|leg|ankle|bone|tooth|nose|finger|toe|rib)\\b', '\\bburns? (on|to) (my|his|her|their|our)\\b'),
  ...harm(0.6, '\\b(he|she|i|they|we|my \\w+|our \\w+) (fell|fell over|fell off|fell down|tripped|collapsed)\\b'),
  ...harm(1, "\\b(came|broke|fell) off in (her|his|my|their|the baby'?s) mouth\\b", "\\bsmoke\\b.{0,20}\\b(coming|came|pouring|out of|from)\\b", "\\bmade (me|him|her|us|them|my \\w+) (really |so |very )?(sick|ill)\\b", "\\b(been vomiting|vomiting all|throwing up all)\\b"),
  // A person asked for in a word or two, put through, called back; the bot not helping.
  ...cue('human_request', 1,
    '^(a |an |the )?(supervisor|manager|human|agent|real person|live agent|live person|representative|rep|operator|person|someone real)((\\s|,)+(please|pls|plz|now|asap|thanks|thx))*[.!?]*$',
    '\\b(put|get|transfer|pass|send|connect|patch|switch) me (through )?(to|with) (a |an |the |your |some )?(\\w+ ){0,2}(representative|rep|agent|person|human|manager|supervisor|advisor|adviser|colleague|team member|staff member|executive|officer|someone|somebody)\\b', '\\b(need|want) (someone|somebody|a person|a human)\\b.{0,20}\\b(now|asap|urgently|immediately|today|right now)\\b', '\\b(i )?(just )?(need|want) (someone|somebody|a person|a human) to (help|explain|call|look|sort|check|tell)\\b', '\\b(get|put) me (someone|somebody) (senior|more senior|in charge|who can)\\b', "\\b(you'?re|you are) not understanding\\b", "\\b(you|it) (still )?(don'?t|doesn'?t|do not|does not) (get it|understand (me|what))\\b", '\\bstop (giving|sending|showing) me (the )?(menu|options|links|the same)\\b',
    '\\b(can|could|please|pls|i need|i want|i\'d like|id like|would)\\b.{0,12}\\b(someone|somebody|anyone|a person|an agent|a manager|a supervisor|your team|(a )?member of (your|the) team)\\b( (from|at|in) (your|the) (team|company|shop|store|office))?.{0,12}\\b(call|ring|phone) me\\b(?! (before|when|once|on arrival|to (arrange|book|confirm)))', '\\b(call|ring|phone) me back\\b',
    "(\\b(the|this|your|a|stupid|useless|just a) |^)(chat ?bot|bot|robot|automated (chat|system|assistant|replies))\\b.{0,30}\\b(again|keeps|isn'?t helping|doesn'?t help|not helping|useless|no help|can'?t help|same|(doesn'?t|does not|can'?t|cannot|don'?t) understand)\\b",
  ),
  // Contacted again and again, passed from one person to the next.
  ...cue('complaint', 1,
    '\\b(third|fourth|fifth|3rd|4th|5th|[0-9]+th) (message|email|e-mail|chat|call|attempt|request|complaint|time (asking|writing|contacting|chasing))\\b',
    '\\b(second|third|fourth|fifth|2nd|3rd|4th|5th) (replacement|one)\\b.{0,40}\\b(faulty|broken|wrong|damaged|defective|dead|stopped working)\\b',
    '\\b(explained|told|repeated|described)\\b.{0,30}\\b(two|three|four|five|several|multiple|many|different|[0-9]+) (different )?(people|agents|times|staff|advisors|reps|representatives)\\b',
  ),
  // Someone who needs more care than a bot gives: bereaved, ill, very old, unable to read the site,
  // unsafe; and a plea for help.
  ...cue('complaint', 1,
    "\\b(passed away|bereave\\w*|dementia|alzheimer'?s|housebound|protection order|restraining order|domestic (abuse|violence))\\b",
    "\\b(can'?t|cannot|can not) cope\\b", "\\b(passed|bounced|pushed) (between|around|back and forth|from one)\\b",
    '\\b(driver|courier|delivery (man|guy|driver|person)|installer|engineer)\\b.{0,40}\\b(texting|messaging|asked me out|asking me out|harass\\w*|abusive|threaten\\w*|swore at|shouted at|followed me)\\b',
    '\\b(contacting|contact|report(ing)? (you|this|it) to|complain(ing)? to|going to) the (accc|cma|asa|ico|information commissioner|fair trading|consumer affairs|attorney general)\\b', '\\b(accc|consumer court|consumer forum|fair work)\\b',
    '\\b(collapsed|broke|gave way|snapped|fell apart|tipped over)\\b.{0,24}\\b(with|while) (my|our|a) (\\w+ ){0,2}(baby|son|daughter|child|kid|toddler|[0-9]+ ?(yr|year|yo)s?( old)?)\\b',
    '\\b(gives?|gave|giving) (you|me|us|him|her|my \\w+) (a |an )?(electric )?shocks?\\b',
  ),
  ...cue('complaint', 0.6,
    "\\b(i'?m|im|i am) (7[5-9]|8[0-9]|9[0-9])(?= (and|years|yrs|yo)\\b|[,.!]|$)", '\\b(dyslexia|dyslexic|deaf|visually impaired|screen reader)\\b', "\\b(i'?m|im|i am) (disabled|a wheelchair user|registered blind)\\b", '\\b(chemo|chemotherapy|cancer treatment|terminal(ly)? ill|hospice)\\b', "\\b(i'?m|i am) (a|his|her|their) (full[- ]time )?carer\\b", "\\bi beg\\b|\\bbegging\\b", "\\b(can'?t|cannot) (sit|walk|sleep|eat|breathe|work|cook|wash|stand|see) without (it|them|this)\\b", "\\bneed (it|this|them) (for|by) .{0,20}\\b(tomorrow|tonight|today|[0-9]+ ?(am|pm)|the morning)\\b", "\\b(i'?m|i am) not paying for\\b", "\\b(somebody|someone) else has (my|it)\\b", "\\bmy ex'?s (address|email|house|home|phone|number|place)\\b", "\\bmessed (me )?(around|about)\\b", "\\b(extremely|very|so|really|incredibly) rude\\b", "\\b(really )?struggling\\b", "\\b(my )?english (is )?not (very )?good\\b", "\\b(can'?t|cannot) afford\\b", "\\bunder (the )?gdpr\\b",
    "\\b(made|make|making) (it )?(\\w+ )?impossible\\b", "\\b(no one|nobody|no-one)'?s? (has )?(rang|rung|called|phoned|got back|gotten back|replied|responded)\\b",
    "\\b(nobody|no one|no-one|i never|i didn'?t) (here )?signed for\\b", "\\byou were (meant|supposed) to (deliver|come|arrive|send|call|refund|collect|fit|install)\\b",
    "\\b(been trying|tried|trying) to (sort|fix|get|resolve)\\b.{0,24}\\bfor (a|over a|\\d+|two|three) (days?|weeks?|months?)\\b", "\\bthis is (really |just |so )?not ok(ay)?\\b", "\\beach (one|of you|of them) (says|blames|said)\\b",
  ),
  ...cue('complaint', 0.4,
    "\\b(can|could) (someone|somebody|anyone) (please |just )?help me\\b", "\\bplease (someone|somebody|anyone) help\\b", "\\bpregnant\\b", "\\b(isn'?t|is not|aren'?t|are not) here( yet)?\\b", "\\bwaiting since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|last)\\b", "\\b(to|at) my (old|previous) address\\b", "\\b(flight|order|booking|delivery|trip|holiday|appointment) (is|was|has been|got) cancell?ed\\b", "\\b(food|meat|milk|groceries)\\b.{0,16}\\b(going off|spoil\\w*|gone off|rotting)\\b",
    "\\b(pay|paid) already\\b.{0,20}\\bno (product|item|parcel|order|goods)\\b", "\\bstill (getting|receiving) (your )?(marketing|emails|texts|spam|calls)\\b", '\\bsheared off\\b',
    '\\b(twice|two times|three times|[2-9] times|multiple times)\\b.{0,20}\\bfor (one|a single|1|the same) (order|purchase|item|transaction)\\b',
    "(?<!\\b(says|said|shows|showing|status|reads|read|states|stated|marked( as)?|tracking))(?:^|\\s)'(?=[a-z])[^'\"]{0,30}\\b(deliver\\w*|dispatch\\w*|ship\\w*|express|on its way|in transit|estimated|attempted|processing|guaranteed|next day|support|24/7)\\b[^'\"]{0,30}'(?=[\\s.,!?]|$)",
    "(?<!\\b(says|said|shows|showing|status|reads|read|states|stated|marked( as)?|tracking)\\s)\"[^\"]{0,30}\\b(deliver\\w*|dispatch\\w*|ship\\w*|express|on its way|in transit|estimated|attempted|processing|guaranteed|next day|support|24/7)\\b[^\"]{0,30}\"",
  ),
  // More of the same, in other words: a person asked for sideways, the press and the regulator, a
  // near miss, money taken for the wrong thing, a stranger with access to the account.
  ...cue('human_request', 1,
    "\\b(not|won'?t be|don'?t want to be|refuse to be|not going to be) (deal|dealing|talk|talking|speak|speaking|chat|chatting) (with|to) a (robot|bot|machine|computer)\\b", '\\ba (real )?person,? (please|pls|plz)\\b',
    '\\bget hold of (a |an |the |your |some )?(\\w+ )?(consultant|person|human|manager|agent|rep|representative|someone|somebody|supervisor)\\b', '\\b(going|go|went|goes) (round|around) in circles\\b',
  ),
  ...cue('threat', 1, '\\b(been in touch with|contacted|contacting|talking to|spoke to|speak to|go(ing)? to|went to) (a |the )?(journalist|reporter|newspaper|the press|press|media|watchdog)\\b',
    "\\b(will|going to|gonna|i'?ll|i will) report\\b(?! back)"),
  ...cue('complaint', 1,
    '\\b(could|might) have (been killed|died|killed (me|him|her|us|someone|somebody)|been (seriously |badly )?(hurt|injured|burned|burnt)|caused a fire|been really bad|been a lot worse)\\b', '\\b(gas leak|leaked gas|leaking gas)\\b',
    "\\b(password|email|address|details|phone number)\\b (was|were|has been|have been|got) changed\\b.{0,30}\\b(i didn'?t|i did not|not me|wasn'?t me)\\b",
    '\\bcharged\\b.{0,16}\\bwhen (the )?(checkout|site|website|price|it|advert|listing|basket|cart|app) (said|says|showed|shows)\\b', '(?<!\\b(will|would|could|might|can|do|does) (i|we|you|it) (be|get) )\\bcharged for\\b.{0,30}\\bwhen (i|we) (bought|ordered|chose|selected|paid for|picked)\\b',
    '\\bruined (a|the|my|our|all|a whole load of|several)\\b.{0,20}\\b(clothes|shirts|washing|laundry|load|carpet|sofa|walls?|floor|kitchen|rug|bedding)\\b',
    '\\b(my ex|someone|somebody|a stranger|another person)\\b (has|had|got|gets|now has) access to my\\b', '(\\bthird part(y|ies)\\b.{0,20}\\b(get|got|have|has)|\\b(how|why) (did|does|has|have) (someone|somebody|a stranger|they|spammers) (get|got|gotten)) my (email|number|address|details|data)\\b',
    '\\b(someone|somebody) (has )?(swapped|switched|replaced) (it|the contents|them)\\b',
    '\\b(nobody|no one|no-one) ever (answers?|repl(y|ies)|responds?|picks? up|calls? back|gets? back)\\b',
  ),
  ...harm(1, '\\b(my )?(baby|son|daughter|child|kid|toddler|husband|wife|partner|dad|mum|mom) (has been|is|was|keeps|kept) (coughing|wheezing|vomiting|struggling to breathe)\\b'),
  ...cue('complaint', 0.6, '\\bmake (this|it|things) right\\b', '\\blast chance\\b', '\\bnot happy( at all)?\\b', "\\b(staff|employees|team|we|people|nobody|no one) (can'?t|cannot|are unable to) work\\b", '\\b(payment|it|money) went through but\\b',
    '\\b(lost my job|been made redundant|financial hardship)\\b', '\\b(school|term|work|exhibition|wedding|party|show|event) (starts?|opens?|is) (on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\\b', '\\b(flight|train|ferry|bus) (is|leaves) at [0-9]',
    '\\ball over (my|our) (\\w+ ){0,2}(carpet|floor|rug|sofa|table|clothes|bed|car)\\b', '\\bneed (this|it) reversed\\b'),
  ...cue('complaint', 0.4, '\\bstill waiting (on|for) (that|the|my) (callback|call back|call|refund|replacement)\\b', "\\b(i have|i've got|got) (screenshots|proof|evidence)\\b", '\\b(sleeping on the floor|no (bed|heating|hot water|fridge|cooker|oven|washing machine))\\b',
    '\\bstrong (chemical )?smell\\b', '\\b(sent|sending|send|gave|delivered)\\b.{0,24}\\binstead of\\b', '\\bno (refund|reason|explanation|response|reply)\\b', '\\b(seal|seals|lid|cap) (was |were )?(broken|open|opened|missing)\\b', '\\bhalf empty\\b',
    '\\bstuck in customs\\b', "\\b(can'?t|cannot) (move|lift|carry) (it|them)\\b", '\\bnothing to wear\\b', '\\burgent(ly)?\\b', '\\bnot good with (computers|technology|tech|phones|the internet|online)\\b', '\\border (is |was )?cancell?ed\\b'),
  ...irony(0.6, '\\bcheers for nothing\\b', '\\btop marks\\b'),
  // A call asked for, someone senior, a bot's menu that fits nothing; money taken against a no, at the end
  // of one's rope, a claim rejected again and again, the questions a solicitor asks first, a product that
  // wrecked something.
  ...cue('human_request', 1, '\\b(pls|please|plz|can you|could you) (call|ring|phone) me\\b(?! (before|when|once|on arrival))', '\\b(anyone|someone|somebody) (more )?senior\\b',
    '\\bjust (robots|bots|a bot|a robot|machines)\\b', "\\b(don'?t|do not) want to (browse|read|look at) (the |your )?(help|faq|articles?)", '\\bnone of (these|the|your) (options|answers|choices|links)\\b'),
  ...cue('complaint', 1, "\\b(took|taken|charged|billed)\\b.{0,40}\\b(but|though|even though) (i|we) (ticked|selected|chose|clicked|said|opted)( for)? (no|out|not to)\\b", "\\b(end of my (rope|tether)|wits'? end)\\b",
    '\\b(claim|refund|request|return|application)\\b.{0,20}\\b(rejected|declined|refused|denied)\\b.{0,10}\\b(twice|three times|[0-9]+ times|again)\\b', "\\brenewed\\b.{0,20}\\b(even though|although|but|after) (i|we) (cancell?ed|canceled|turned (it )?off)\\b",
    '\\b(bank|statement) (says|shows)\\b.{0,40}\\b(but|yet)\\b.{0,30}\\b(pending|unpaid|not paid|cancell?ed|failed)\\b', "\\b(has|had|with|contains|included|attached) (someone else|another (customer|person|user)|a stranger)'?s\\b",
    '\\b(wrecked|destroyed|ruined|killed|fried|blew up) (my|our) (\\w+ ){0,2}(engine|car|bike|phone|laptop|tv|machine|boiler|computer|motor)\\b', '\\b(name|email|address|contact details) of (your|the) (ceo|managing director|md|owner|director|head office)\\b', '\\byour registered (office )?address\\b', '\\bregistered office\\b',
    '\\b(battery|batteries) (is |are )?(swelling|swollen|bulging|leaking|smoking)\\b'),
  ...cue('complaint', 0.6, "\\b(english|it)('s| is)? not my first language\\b", '\\bout of (formula|nappies|diapers|insulin|medication|medicine)\\b', '\\b(was|were|it was) (meant|supposed) to (come|arrive|be here|be delivered)\\b',
    '\\b(buy|afford) (food|groceries|nappies|formula|medicine)\\b', "\\b(will|'ll|going to) be dead\\b", '\\b(starts?|begins?) in [0-9]+ ?(min|mins|minutes|hours?)\\b', '\\bhow are (we|you) (fixing|going to fix|sorting) this\\b',
    '\\bdelete (all )?my (data|details|information|account)\\b', '\\bnever (signed up|subscribed|agreed|opted in)\\b.{0,20}\\b(marketing|emails|texts|newsletter)\\b', "\\b(outside|label|box)\\b.{0,30}\\b(says|shows|printed)\\b.{0,10}\\bwhat'?s inside\\b", '\\b(ran|bled) in the wash\\b',
    '\\bf[*#]{2,}'),
  ...harm(1, '\\bwrong (medication|medicine|prescription|pills|tablets|dose|dosage)\\b'),
  ...cue('complaint', 0.4, "\\bi (pay|paid) already\\b", '\\b(run|running|ran) out (tonight|today|tomorrow|by)\\b', "\\b(i'?m|i am|so|really) worried\\b", "\\b(hasn'?t|has not|haven'?t|have not) (even )?(shipped|been sent|been dispatched|left)\\b", '\\bcaved in\\b', '\\bsince (monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week)\\b',
    '\\b(since|back in) (january|february|march|april|may|june|july|august|september|october|november|december)\\b', "\\b(aren'?t|isn'?t|not) showing\\b", "\\bi have (the )?(confirmation|proof|receipt|screenshot)", '\\ba whole load of\\b', "\\b(bike|car)('s| is) off the road\\b",
    '\\b(insulin|inhalers?|epipens?|epi-pens?|hearing aids?|medication|oxygen|wheelchair|mobility scooter)\\b'),
  ...cue('complaint', 0.6, '\\b(wedding|funeral|party|birthday|show|event|flight|exam|interview)\\b.{0,12}\\b(is|\'s) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\\b'),
  // Sarcasm, more of it.
  ...irony(0.6, '\\bcheers for\\b', '\\b(makes|made|really makes|really made) my day\\b', '\\blove (paying|waiting|being|getting|it when|that my|how my)\\b', '\\btop (service|job|work)\\b',
    '\\bso glad (i|we) (paid|bought|ordered|chose|picked|went|spent)\\b', '\\b(amazing|funny|incredible|impressive|interesting) how\\b', '\\b(love|loving) it[.!]*$', '\\b(really|truly) appreciate it\\b', '\\bvery helpful[.!]*$', '\\bexactly what i (wanted|needed)\\b', '\\blove that for me\\b', '\\b(really )?great service\\b', '\\bthanks s?o+ much for\\b', "\\bcan'?t wait for the\\b"),
];

/** Punctuation of anger: !!!, ???, ?!, in any language. */
export const punctuationCues: Cue[] = [
  ...cue('anger', 0.4, '[!?]{3,}', '[!?]\\s*[!?]'),
  // Several exclamations across a message: a rant, not a question.
  ...cue('anger', 0.3, '![^!]+![^!]+!'),
  // Several questions in one message: rhetorical ("这就是服务? 有人管吗?").
  ...cue('anger', 0.2, '\\?[^?]+\\?'),
  // A long story: customers with a simple question write one line; a long message is an account of
  // what went wrong, and a person should read it.
  ...cue('complaint', 0.3, '^[^]{60,}$'),
  ...cue('complaint', 0.2, '^[^]{120,}$'),
];

/** Greetings and thanks that need no answer from the knowledge. */
const SMALLTALK_WORDS = [
  '你好', '您好', '在吗', '在不在', '在么', '亲爱的', '亲', '哈喽', 'hello', 'hi', 'hey', '嗨', '谢谢你', '谢谢', '多谢',
  '感谢', '辛苦了', '好的', '好滴', '好嘞', '好', '嗯嗯', '嗯', '哦哦', '哦', '知道了', '明白了', '收到', 'ok', 'okay',
  'thanks', 'thank you', 'thx', 'good morning', '早上好', '晚上好', '早', '拜拜', '再见', 'bye',
  // (there: hello there, hi there)
  'there', 'hiya', 'good afternoon', 'good evening', 'cheers', 'thank u', 'got it', 'great', 'perfect', 'cool',
].sort((a, b) => b.length - a.length);
const SMALLTALK_FILLER = /[\s,.!?~啊呀哈的了呢啦]/u;

/**
 * Whether a normalised message is nothing but greetings and thanks (好的 谢谢亲!). Read word by word,
 * longest word first, in one pass (a single regular expression over repeated words backtracks
 * exponentially on near misses).
 */
export const smalltalk = {
  test(text: string): boolean {
    let i = 0;
    let words = 0;
    while (i < text.length) {
      if (SMALLTALK_FILLER.test(text[i]!)) {
        i++;
        continue;
      }
      const word = SMALLTALK_WORDS.find((w) => text.startsWith(w, i) && !/[a-z]/u.test(text[i + w.length] ?? ''));
      if (!word) return false;
      i += word.length;
      words++;
    }
    return words > 0;
  },
};
