// The handoff card's profile when a shop system is connected: what the store knows (channel, first
// contact, earlier tickets — StoreProfileProvider) plus the shop's facts: VIP level, orders and spend,
// RFM segment, latest orders, and the order under discussion. The card waits at most 200 ms, so this
// reads what the turn already computed (routing asked for the VIP level moments before) and computes
// afresh only when nothing is cached.
import type { ConversationState } from '../dialogue/conversation.js';
import type { ProfileProvider } from '../handoff/profile.js';
import type { Logger } from '../log.js';
import { money } from '../orders/order-replies.js';
import { untilAborted } from '../orders/shop-calls.js';
import { statusLabel, type OrderStatus, type ShopConnector } from '../shop/shop-connector.js';
import type { Store } from '../store/store.js';
import { accountFactsKey, computeFacts, type CustomerFacts } from './customer-facts.js';
import { segmentLabel } from './rfm.js';
import { vipLabel } from './vip-tiers.js';

const FACTS_BUDGET_MS = 150;

/** What the orders stage noted about the order under discussion (one line, for agents). */
export const focusedOrderKey = (conversationKey: string) => `order-focus:${conversationKey}`;

export class ShopProfileProvider implements ProfileProvider {
  constructor(
    private readonly base: ProfileProvider,
    private readonly deps: { shop: ShopConnector; store: Store; log: Logger; now: () => number },
  ) {}

  async profile(conversation: ConversationState): Promise<Record<string, string>> {
    // The card gives the whole profile 200 ms: shop facts that take longer are left out, the store's
    // lines are not.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'unavailable'>((resolve) => {
      timer = setTimeout(() => resolve('unavailable'), FACTS_BUDGET_MS);
    });
    const [lines, facts, focused] = await Promise.all([
      this.base.profile(conversation),
      Promise.race([this.facts(conversation), late]).finally(() => clearTimeout(timer)),
      this.deps.store.get<string>(focusedOrderKey(conversation.key)),
    ]);
    const out: Record<string, string> = { ...lines, ...factLines(facts) };
    if (focused) out['当前订单'] = focused;
    return out;
  }

  private async facts(conversation: ConversationState): Promise<CustomerFacts | undefined | 'unavailable'> {
    const cached = await this.deps.store.get<CustomerFacts>(accountFactsKey(conversation.channel, conversation.userId));
    if (cached) return cached;
    try {
      const signal = AbortSignal.timeout(FACTS_BUDGET_MS);
      return await untilAborted(computeFacts({ ...this.deps, conversation }, { signal }), signal);
    } catch (error) {
      this.deps.log.warn({ err: error }, 'handoff card: shop facts unavailable');
      return 'unavailable';
    }
  }
}

/** Card lines for the facts; undefined: the buyer is unknown; 'unavailable': the shop system did not answer in time. */
export function factLines(facts: CustomerFacts | undefined | 'unavailable'): Record<string, string> {
  if (facts === 'unavailable') return { 会员: '店铺系统暂时查不到（稍后可在店铺后台查看）' };
  if (!facts) return { 会员: '未识别（没有绑定会员，也没有提供手机号或订单）' };
  const lines: Record<string, string> = {};
  if (facts.name) lines['客户'] = facts.name;
  lines['VIP 等级'] = facts.vipLevel ? vipLabel(facts.vipLevel) : '非会员';
  lines['订单'] = `${facts.orderCount} 单，累计 ${money(facts.spend, facts.currency)}`;
  const recency = facts.recencyDays === undefined ? '' : facts.recencyDays === 0 ? '今天下过单' : `最近下单 ${facts.recencyDays} 天前`;
  lines['客户分群'] = `${segmentLabel[facts.segment]}（${[recency, `近12个月 ${facts.frequency12m} 单 ${money(facts.spend12m, facts.currency)}`].filter(Boolean).join('，')}）`;
  if (facts.recent.length) lines['最近订单'] = facts.recent.map((o) => `${o.id} ${statusLabel[o.status as OrderStatus] ?? o.status}`).join('；');
  return lines;
}
