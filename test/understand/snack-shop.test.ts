// The engine against a fifth, independent held-out shop (test/understand/snack-shop: a Tmall snack, nut,
// dried-fruit and tea shop's FAQ and customer turns written for these tests before the engine was run
// on them: 亲/啥/咋/嘛/呗/木有/肿么, homophone typos (保值期, 发或, 快第), traditional and full-width
// characters, emoji, order and phone numbers, several questions in one message, 那X呢 follow-ups, and
// in-domain questions the shop's knowledge does not answer). First measured blind (accuracy 0.848);
// its misses led to general changes (numbers given for reference, missing shop words), so it is no
// longer blind. Floors a little under today's figures (0.869; out of knowledge still answered 0.257).
// Since answers are indexed, 那少了一袋呢 after a crushed-nuts complaint goes to the weight entry (每袋…):
// one follow-up of ten.
import { describeShop } from './shop-score.js';

describeShop('a snack shop, held-out Taobao-style turns', 'snack-shop', { accuracy: 0.845, precision: 0.87, falseOos: 0.35, byTag: { traditional: 1, 'follow-up': 0.9 } });
