// Membership levels by spend over the last 12 months, for shop systems that do not keep a level of their
// own (Shopify) and for the demo shop's seed. The default tiers are the sample shop's
// (knowledge/faq/membership.yaml: V1 新芽 on joining, V2 青叶 from 500, V3 金叶 from 2000, V4 茶仙 from 5000).

export interface VipTier {
  level: number;
  name: string;
  /** Spend over the last 12 months from which the tier applies. */
  minSpend: number;
}

export const defaultVipTiers: readonly VipTier[] = [
  { level: 1, name: '新芽', minSpend: 0 },
  { level: 2, name: '青叶', minSpend: 500 },
  { level: 3, name: '金叶', minSpend: 2000 },
  { level: 4, name: '茶仙', minSpend: 5000 },
];

export function vipLevelForSpend(spend12m: number, tiers: readonly VipTier[] = defaultVipTiers): number {
  let level = 0;
  for (const tier of tiers) if (spend12m >= tier.minSpend) level = Math.max(level, tier.level);
  return level;
}

/** "V3 金叶" (or "V3" for a level the tiers do not name). */
export function vipLabel(level: number, tiers: readonly VipTier[] = defaultVipTiers): string {
  const name = tiers.find((t) => t.level === level)?.name;
  return name ? `V${level} ${name}` : `V${level}`;
}
