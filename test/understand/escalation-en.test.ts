// The escalation signal in English, on first messages to online shops' chats (test/understand/escalation-en:
// 1,000, half should go to a person now). Five sets of 200, each written for this test by someone who had
// not seen the engine: UK, US, Irish, Australian, Indian, Singaporean, South African and Nigerian
// customers typing on phones, across clothing, electronics, furniture, food, tickets, software and
// more. On one side: a person asked for in any words, fury, threats (the bank, a regulator, the press),
// demands with a deadline, contact again and again, harm, sarcasm, money taken wrongly, an account in
// someone else's hands, damage to the home, privacy, time running out, customers who need more care
// (bereaved, very old, disabled, ill), a bot going round in circles. On the other: ordinary questions,
// small problems asked calmly, thanks, and the same words said harmlessly ("what's your complaints
// procedure?", "human-made fabric", "so mad I missed the sale", "thank u so much for the quick refund!!!").
//
// Each set was scored before it was tuned on (precision / recall): the first as it came, 0.869 / 0.530;
// the second and third after the cue families the first led to, 0.943 / 0.660 (0.951 / 0.580 before)
// and 0.971 / 0.680 (0.962 / 0.500 before); the fourth after those the second and third led to,
// 0.932 / 0.690 (0.881 / 0.520 before); the fifth, kept out until then, after all three rounds, 0.904 / 0.750
// (0.870 / 0.470 before). A sixth, scored once after a round from the fifth and kept out of this file:
// 0.904 / 0.750 (0.845 / 0.490 on the engine before any of it). All five here are tuned on now: floors
// sit about 0.02 under.
import { describeEscalation } from './shop-score.js';

describeEscalation('escalation in English: requests, threats, harm, money, care, sarcasm, and hard negatives', 'hands over the customers who need a person, and few who do not', 'escalation-en', { cases: 1000, handOver: 500, precision: 0.965, recall: 0.97 });
