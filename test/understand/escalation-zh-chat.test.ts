// The escalation signal on Chinese shop chats: first messages in 旺旺, 京东, 拼多多, 抖音 and mini-program
// chats (test/understand/escalation-zh-chat: 600, half should go to a person now). Three sets of 200, each
// written for this test by someone who had not seen the engine: colloquial, typos, pinyin
// abbreviations (rgkf, tmd, yyds), Sichuan, Northeastern, Cantonese, Shanghainese and Taiwanese
// wording, chat stickers and emoji. On one side: a person asked for (喘气的, 揾个人, the bot 答非所问),
// threats (拒付, 小红书避雷, 直播间刷屏), money taken twice or without consent, an account stolen, the
// home damaged by the shop's people, harm (scalded, choking, swollen), time running out (tonight's
// show, a flight, 八十大寿), customers who need more care (blind, deaf, very old, just out of surgery),
// sarcasm. On the other: ordinary questions, small problems asked calmly, praise, and the same words
// said harmlessly (不要人工, 以为重复扣款了 原来是预授权, 烫伤膏, 愤怒的小鸟, 差评我已经删了, 手滑点了差评,
// a friend's bad experience at another shop).
//
// Each set was scored before it was tuned on (precision / recall): the first as it came, 0.833 / 0.700;
// the second after the cue families the first led to, 0.867 / 0.780 (0.854 / 0.700 before); the third,
// kept out until then, after those the second led to: 0.882 / 0.820 (0.851 / 0.740 before). A fourth,
// scored once after a round from the third and kept out of this file: 0.837 / 0.770 (0.805 / 0.700 on the
// engine before any of it). The three here are tuned on now: floors sit about 0.02 under.
import { describeEscalation } from './shop-score.js';

describeEscalation('escalation on Chinese shop chats: requests, threats, money, harm, care, sarcasm, and hard negatives', 'hands over the customers who need a person, and few who do not', 'escalation-zh-chat', { cases: 600, handOver: 300, precision: 0.915, recall: 0.98 });
