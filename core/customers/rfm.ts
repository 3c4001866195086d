// An RFM-style segment from a buyer's orders — how recently, how often, how much — so agents see at a
// glance whether they talk to a loyal high spender, a new customer, or a good customer drifting away.
// Cancelled orders do not count. Thresholds are the sample shop's and can be passed in.

export type RfmSegment = 'none' | 'new' | 'high_value' | 'at_risk' | 'dormant' | 'high_spend' | 'frequent' | 'recent' | 'regular';

export const segmentLabel: Record<RfmSegment, string> = {
  none: '无订单',
  new: '新客',
  high_value: '高价值',
  at_risk: '流失风险',
  dormant: '沉睡',
  high_spend: '高消费',
  frequent: '常客',
  recent: '近期活跃',
  regular: '一般',
};

export interface RfmThresholds {
  /** Ordered within this many days: recent (and a first order within it: new). */
  recentDays: number;
  /** A high-value customer ordered within this many days. */
  activeDays: number;
  /** A good customer silent for longer than this is at risk. */
  atRiskDays: number;
  /** Anyone silent for longer than this is dormant. */
  dormantDays: number;
  /** Orders in 12 months that make a frequent customer. */
  frequentOrders: number;
  /** Spend in 12 months that makes a high spender (the sample shop's V3). */
  highSpend: number;
}

export const defaultRfmThresholds: RfmThresholds = { recentDays: 30, activeDays: 60, atRiskDays: 90, dormantDays: 180, frequentOrders: 4, highSpend: 2000 };

export interface RfmOrder {
  createdAt: number;
  total: number;
  status: string;
}

export interface Rfm {
  /** Days since the last order; undefined without orders. */
  recencyDays?: number;
  frequency12m: number;
  monetary12m: number;
  orderCount: number;
  spend: number;
  firstOrderAt?: number;
  lastOrderAt?: number;
  segment: RfmSegment;
}

const DAY = 86_400_000;

export function rfmOf(orders: readonly RfmOrder[], now: number, thresholds: RfmThresholds = defaultRfmThresholds): Rfm {
  const paid = orders.filter((o) => o.status !== 'cancelled');
  const yearAgo = now - 365 * DAY;
  const lastYear = paid.filter((o) => o.createdAt >= yearAgo);
  const round = (n: number) => Math.round(n * 100) / 100;
  const rfm: Rfm = {
    frequency12m: lastYear.length,
    monetary12m: round(lastYear.reduce((sum, o) => sum + o.total, 0)),
    orderCount: paid.length,
    spend: round(paid.reduce((sum, o) => sum + o.total, 0)),
    segment: 'none',
  };
  if (!paid.length) return rfm;
  rfm.lastOrderAt = Math.max(...paid.map((o) => o.createdAt));
  rfm.firstOrderAt = Math.min(...paid.map((o) => o.createdAt));
  const recency = Math.max(0, Math.floor((now - rfm.lastOrderAt) / DAY));
  rfm.recencyDays = recency;
  const t = thresholds;
  const valuable = rfm.orderCount >= 3 || rfm.spend >= t.highSpend / 2;
  if (rfm.orderCount === 1 && recency <= t.recentDays) rfm.segment = 'new';
  else if (recency <= t.activeDays && rfm.frequency12m >= t.frequentOrders && rfm.monetary12m >= t.highSpend) rfm.segment = 'high_value';
  else if (recency > t.atRiskDays && valuable) rfm.segment = 'at_risk';
  else if (recency > t.dormantDays) rfm.segment = 'dormant';
  else if (rfm.monetary12m >= t.highSpend) rfm.segment = 'high_spend';
  else if (rfm.frequency12m >= t.frequentOrders) rfm.segment = 'frequent';
  else if (recency <= t.recentDays) rfm.segment = 'recent';
  else rfm.segment = 'regular';
  return rfm;
}
