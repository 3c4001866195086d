// Cues that a customer needs a person: general customer-service knowledge, in Chinese and English.
// Each cue has a weight; a message escalates when its cues add up to 1 (see signals.ts). A single
// strong cue (转人工, 投诉, 12315) is enough; a weak one (an exclamation, a "damn") is not.
import type { SignalKind } from '../types.js';

export interface Cue {
  kind: Exclude<SignalKind, 'unresolved'>;
  /** Matched against normalised text (lower case, simplified, half-width punctuation). */
  pattern: RegExp;
  weight: number;
}

const cue = (kind: Cue['kind'], weight: number, ...patterns: string[]): Cue[] =>
  patterns.map((p) => ({ kind, weight, pattern: new RegExp(p, 'u') }));

/** Chinese cues. */
export const zhCues: Cue[] = [
  // Asking for a person.
  ...cue('human_request', 1,
    '转人工', '人工客服', '人工服务', '(找|要|叫|接|转|换|请|给我)(个)?(人工|真人|活人)', '真人客服', '(不要|别用|不想和)(机器人|机器)',
    '(找|叫)(你们)?(的)?(老板|店长|负责人|经理|领导|主管)', '有(没有)?人(在)?吗', '(你|是不是)(是)?(个)?机器人', '人呢[?？!！]*$',
  ),
  // Lodging a complaint.
  ...cue('complaint', 1,
    '投诉', '举报', '维权', '讨(个)?说法', '求(个)?(说法|解释)', '(给|作|做)(出)?(个|一个)?(合理的?)?(解释|交代|答复)', '给(我|个)(一个)?说法', '要(个|一个)说法', '(我要|我想)?(反映|反应)(一下)?问题',
  ),
  ...cue('complaint', 0.6,
    '(一直|还是|都|到现在|至今|始终|从来)(都)?(没|没有|不)(人)?(解决|处理|回复|到账|发货|退款|联系|理|管|给)', '(多少|好几|几十|无数|n)次',
    '(等|拖)了(好|整整)?(几|[0-9]+|一|两|三)(个)?(天|周|星期|月|小时)', '一拖再拖', '没人(管|理|处理|回复|接)', '(推来推去|推三阻四|推卸责任|踢皮球|互相推)',
    '(不|没)(给)?(解决|处理)(问题)?', '(承诺|说好|答应)(的)?.{0,8}(没有|没|不)', '(态度)(很|太|极其|非常)?(差|恶劣|嚣张|冷漠|不好)',
    '什么(服务|态度)', '(服务|质量)(太|真|很|极)(差|烂)', '(不|没)(负责|靠谱|诚信)', '(虚假|欺诈|误导)(宣传|营销)?', '霸王条款', '店大欺客',
    '乱(扣|收)(费|钱)', '(强制|偷偷|莫名其妙|无缘无故)(扣|收|多扣|扣费|扣钱|停机|断网)', '(质量|严重)问题', '(失望|寒心|心寒)',
    '(凭什么|为什么要我|谁来(负责|承担))', '(不)?(讲理|讲道理)', '(怎么|如何)(处理|解决)[?？]', '请(尽快|马上|立即|迅速)(处理|解决|回复)',
  ),
  ...cue('complaint', 0.5,
    '(打|拨)了?(无数|n|好几|几十|十几|多|[0-9]+)(个|次|通)?(电话|客服)', '(反映|反馈|反应|报修|催|联系|问)(了|过)?(无数|n|好几|几十|十几|多|[0-9]+)(次|遍|回)',
    '(再也|以后)不(会)?(用|买|来|信)', '不会再(买|用|来)', '(换|转)(到|成)?(别家|别的|其他)', '(不能|无法)(容忍|接受)', '不接受', '(决不|绝不)(罢休|善罢甘休)', '死磕', '(决战|奉陪)到底',
    '(违法|侵权|合法吗|泄露|泄漏|隐私)', '(欺骗|坑害|侵害)(消费者|用户|客户)', '(请|求)(你们)?(尽快|马上|立即|迅速|赶紧)', '凭什么', '凭啥', '(这|那)就是(你们)?(的)?(服务|态度|效率|质量)',
    '(效率|速度)(太|非常|极其)?(低|慢)', '(一拖再拖|拖了?这么久|拖到现在)', '(什么|啥)(意思|情况)[?!]', '(闹|搞)哪样', '(牛逼|牛x|牛b)', '(真|也是)醉了', '简直了', '(失望|绝望|心累|心寒|郁闷|崩溃|抓狂)',
  ),
  ...cue('complaint', 0.5,
    '敷衍', '刁难', '(扯蛋|扯淡|逗我|什么鬼|搞毛)', '(连个|一个)(回复|回应|电话|人|说法|解释)(都|也)(没|没有)', '(都|也)(没有|没)(人)?(回复|回应|管|理)', '(耽误|耽搁|影响)(了)?(我)?(多少|很多|不少)?(事|时间|工作|生意)',
    '(莫名其妙|莫名奇妙|无缘无故)', '严重(影响|欺骗|问题|不符)', '垄断', '(强制|强行)', '不(给|让|帮)(我)?(退|换|办|修|处理|解决)', '(没|没有|不)(任何)?(提示|通知|告知|提醒)(我)?(就|直接)',
    '扣(了)?我.{0,6}(钱|费)', '(吐槽|无力吐槽)', '恶心', '(太|真|好)黑',
  ),
  ...cue('complaint', 0.3,
    '你们', '居然', '竟然', '难道', '到底', '究竟', '(客服|工作人员|店员|服务员|售后)(说|告诉|回复|答复|跟我说|一直|总是|只会)', '(等了|过了|已经)(半个月|一个月|一周|几天|好几天|两天|三天|[0-9]+天|[0-9]+个(小时|月))',
    '(太|真|非常)(慢|差|烂)', '坑', '骗', '渣', '故障', '(服务|质量)(品质|水平)?', '态度',
  ),
  // How people tell a bad experience: "结果…", "明明…却…", "根本…", "每次都…". Weak alone.
  ...cue('complaint', 0.2, '结果', '明明', '却', '根本', '说好的', '一直', '每次', '天天', '从来', '还要', '又(是|来|开始|出现)'),
  // Threats: authorities, reviews, media, lawyers.
  ...cue('threat', 1,
    '(?<![0-9])12315(?![0-9])', '(?<![0-9])12345(?![0-9])', '消协', '消费者协会', '工商(局|部门|所)', '(找|向|去|到)工商', '(12315|工商|消协|媒体)(投诉|举报|曝光)', '市场监(督)?管(理)?局', '工信部', '(找|请)?律师', '起诉', '(告|上诉)(你们|到)', '法院', '报警', '(打|报|拨打)110',
    '差评', '曝光', '(找|联系|告诉|曝光给)(新闻)?媒体', '媒体(曝光|报道)', '挂(你们|到网上)', '黑猫投诉', '(退一赔三|假一赔十)', '(要|去)(告|闹)',
  ),
  // Compensation.
  ...cue('compensation', 1, '赔偿', '赔钱', '赔我', '补偿', '精神损失', '(损失|责任)(由)?谁(来)?(负责|承担|负|赔)', '(退一赔三|假一赔十)'),
  // Anger and abuse.
  ...cue('anger', 1,
    '垃圾', '骗子', '骗人', '坑人', '坑爹', '黑店', '无良', '奸商', '无耻', '流氓', '强盗', '土匪', '不要脸', '去死', '滚(吧|开|蛋|犊子|粗)', '(^|[,.!?\\s])滚[!?]*$',
    '(他|你|tm|特么|尼玛)妈(的|个|逼)', '尼玛', '妈的', '我操(?!作)', '操你', '你妹', '妈蛋', '去你(大爷|大娘|妈|的)', '(草|操|日)(你|拟|泥)(大爷|妈|马)', '特么', '\\btmd\\b', '\\btm(的|就|也|是)',  '\\bnmb\\b', '\\bcnm\\b', '卧槽', '草泥马', '傻逼', '煞笔', '傻[bx]', '\\bsb\\b', '狗屁', '屁话', '吃屎', '脑残', '智障',
    '什么(破|烂|垃圾)', '(破|烂)(东西|玩意|手机|公司|服务|网|店)', '欺负人', '(诈骗|欺诈|骗钱)', '(气死|恶心死|烦死)', '忍无可忍', '受不了了', '太过分', '欺人太甚',
  ),
  ...cue('anger', 0.5,
    '(太|真|很|非常|简直)(差|烂|坑|恶心|过分|离谱|无语|垃圾)', '(烂|差)到(家|极)', '醉了', '无语', '呵呵', '搞什么', '什么玩意', '(有没有|还有没有)(天理|王法)',
    '(骗|坑|耍|忽悠|糊弄|敷衍)(我|人|消费者|客户|用户)', '你们(是|都)?(怎么|干什么|干啥)', '(能不能|会不会)(好好|用心)', '算了(吧)?',
  ),
];

/** English cues (matched on normalised, spelling-corrected text). */
export const enCues: Cue[] = [
  ...cue('human_request', 1,
    '\\b(talk|speak|chat|chatt|contact|reach|connect|transfer|call|direct|redirect|forward|pass)(ing|ed|s)?\\b(\\s+\\w+){0,3}\\s+(with|to|through to)?\\s*(a|an|the|some|your|real|live|actual)?\\s*(human|person|agent|assistant|someone|somebody|representative|operator|rep|manager|supervisor)s?\\b',
    '\\b(want|need|get|give)\\s+(me\\s+)?(a|an|the|some)?\\s*(human|real person|live person|agent|representative|operator|supervisor|manager)\\b',
    '\\b(real|live|actual|human)\\s+(person|agent|human|representative|operator|assistant|being)\\b',
    '^(an?\\s+)?(human|agent|operator|representative|person)(\\s+please)?[.!?]*$',
    "\\b(not|no|stop)\\s+(a\\s+|the\\s+)?(bot|robot|machine)\\b", '\\bare you (a )?(bot|robot|machine|real)\\b',
  ),
  ...cue('complaint', 1,
    '\\bcomplain(t|ts|ing|ed)?\\b', '\\b(reclamation|grievance)s?\\b',
    '\\b(file|filing|lodge|lodging|make|making|submit|submitting|raise|raising|open|opening|register|registering)\\b(\\s+\\w+){0,3}\\s+claims?\\b',
    '\\bclaims?\\s+against\\b', '\\b(consumer|customer)\\s+claims?\\b',
  ),
  ...cue('complaint', 0.6,
    '\\b(unacceptable|ridiculous|outrageous|disappointed|disappointing|unhappy|dissatisfied|frustrated|fed up)\\b',
    '\\b(still|never)\\s+(not\\s+)?(received|arrived|refunded|resolved|answered|fixed|got)\\b', '\\bno one\\s+(answers|replies|helps|responds)\\b',
    '\\b(bad|poor|terrible|horrible|awful|worst)\\s+(service|experience|support|quality)\\b', '\\bexperience\\b.{0,30}\\b(bad|poor|terrible|horrible|awful)\\b',
  ),
  ...cue('threat', 1,
    '\\b(lawyer|attorney|lawsuit|legal action|court|police|chargeback|charge back)\\b', '\\b(sue|suing)\\s+(you|your|the company|them)\\b', '\\b(bbb|better business bureau|trading standards|consumer protection)\\b',
    '\\breport(ing)? you\\b', '\\b(bad|negative|1-star|one-star|one star)\\s+review\\b', '\\b(post|share|expose|tell)\\b.{0,30}\\b(social media|twitter|facebook|reddit|the press|everyone)\\b',
  ),
  // "Compensation" is often just a word for a refund in English ("I expect a compensation of $20"):
  // demanding one weighs, but does not hand off by itself.
  ...cue('compensation', 0.6,
    '\\b(demand|deserve|insist on)(ing)?\\s+(a\\s+|some\\s+)?(compensation|damages)\\b', '\\bcompensate me\\b', '\\b(double|full) refund\\b',
  ),
  ...cue('compensation', 1, '\\bpay (for|me for) (my|the) (loss|losses|damages)\\b'),
  ...cue('anger', 1,
    '\\b(scam|scammers?|fraud|frauds|rip-?off|thieves|liars?|cheaters?)\\b', '\\b(useless|pathetic|incompetent|disgusting|garbage|trash)\\b',
    '\\b(stupid|idiot|idiots|moron|morons)\\b', '\\bwtf\\b', '\\bfuck (you|off|this)\\b', '\\b(screw|damn) you\\b',
  ),
  ...cue('anger', 0.3, '\\b(fucking|fuck|shit|damn|goddamn|bloody|freaking|hell)\\b', '\\b(terrible|horrible|awful|worst)\\b'),
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
