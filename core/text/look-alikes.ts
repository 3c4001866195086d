// Characters that look alike and are typed for each other: by handwriting input, by a slip between
// candidates shaped the same, by a customer unsure of the character (退贷 for 退货, 自已 for 自己,
// 周未 for 周末). Homophones are repaired by their sound (understand/homophones.ts); these share
// little or none of it. Only characters of everyday shop talk, each pair confused often enough to be
// listed in Chinese teachers' tables of 形近字, and only where either one, wherever the knowledge
// never writes it next to its neighbour, is much more likely the other than itself (not 坏 and 怀:
// 怀了 is pregnant).
const PAIRS = '货贷 干千 体休 己已 未末 拨拔 折拆 免兔 侍待 持特 冶治 即既 暑署 辩辨 历厉 损捐 破坡 晒洒 洒酒 寄奇 送迭 午牛 斤斥 锁销 候侯 券卷 沫沬 字宇 册删 品吕 天夭 递迭 件仵 用甪 洗冼 印卬';

const partners = new Map<number, number[]>();
for (const pair of PAIRS.split(' ')) {
  const a = pair.charCodeAt(0);
  const b = pair.charCodeAt(1);
  partners.set(a, [...(partners.get(a) ?? []), b]);
  partners.set(b, [...(partners.get(b) ?? []), a]);
}

const NONE: readonly number[] = [];

/** The characters that look like `code` and are typed for it (none for most characters). */
export function lookAlikes(code: number): readonly number[] {
  return partners.get(code) ?? NONE;
}
