// A customer choosing a size tells their height and weight (一米六 一百斤, 165 110斤, 宝宝7公斤) or names
// the sizes in doubt (拿s还是m): which numbers they give matters as little as which city a parcel goes
// to. Read as what they mean (身高, 体重, 什么码), such messages meet the knowledge's sizing questions
// (我身高165体重110穿什么码, 宝宝多重穿什么码) whatever the figures.
//
// A height or a weight is a body's only where sizing is in the air (穿, 码, 宝宝…) or both are given:
// 5斤装 of fresh fruit is the box, and 一米八的床 the bed, not the customer.

const CN_DIGIT = '[一二三四五六七八九十百两零]';

/** 一米六, 1米65, 1m7, 1.65米, 165cm, 身高165, a child's 80cm (a bare 165 only beside a weight, see PAIR). */
const HEIGHT = new RegExp(
  `(?:身高)?(?:[一1](?:米|m)(?:[5-9]\\d?|[五六七八九]${CN_DIGIT}?)|1\\.[5-9]\\d?(?:米|m)|(?:[5-9]\\d|1\\d{2})(?:cm|厘米|公分))|身高\\s*(?:[5-9]\\d|1\\d{2})`,
  'gu',
);

/** 110斤, 一百斤, 7.5公斤, 50kg, 体重110. */
const WEIGHT = new RegExp(`(?:体重)?(?:\\d{1,3}(?:\\.\\d)?|${CN_DIGIT}{1,4})(?:斤|公斤|kg|千克)|体重\\s*\\d{2,3}`, 'gu');

/** "165 110" or "165/110斤": a height and a weight given as bare figures. */
const PAIR = /(?<![\d.])1[4-9]\d\s*[,，/、 ]\s*\d{2,3}(?:斤|kg)?(?![\d.])/gu;

/** Two sizes weighed against each other: s还是m, m码还是l码, 穿xl还是xxl. */
const SIZE_LETTER = '(?:x{0,3}s|m|x{0,3}l|[2-5]xl)';
const SIZES_IN_DOUBT = new RegExp(`(?<![a-z])${SIZE_LETTER}码?(?:还是|或者)${SIZE_LETTER}码?(?![a-z])`, 'gu');

/** Words that put a height or a weight in a sizing question. */
const SIZING = /穿|码|size|宝宝|孩子|小孩|儿子|女儿|胖|瘦|身高|体重/u;

const MAY_HOLD = /米|斤|kg|千克|cm|厘米|公分|身高|体重|还是|或者/u;

/** The text with heights, body weights and sizes in doubt read as 身高, 体重 and 什么码. */
export function readBodyMeasures(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  const out = text.replace(PAIR, ' 身高 体重 ').replace(SIZES_IN_DOUBT, '什么码');
  HEIGHT.lastIndex = WEIGHT.lastIndex = 0;
  if (!SIZING.test(out) && !(HEIGHT.test(out) && WEIGHT.test(out))) return out;
  return out.replace(HEIGHT, ' 身高 ').replace(WEIGHT, ' 体重 ');
}
