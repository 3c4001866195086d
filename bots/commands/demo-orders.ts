// The demo's order part, on the embedded demo shop (kept in memory): the Telegram customer Alex — a
// member whose Telegram the shop's CRM has bound (C0002 in the seed) — asks where the parcel is, picks
// the order from his list and asks when it arrives; the WeChat customer 小林 writes from an account the
// shop does not know, so her order number gets the last-4 check first; then she asks about stock.
// The seed is deterministic, so the story's order numbers are the same on every run.
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { orderButtonLabel } from '../../core/orders/order-replies.js';
import { DemoShop } from '../../core/shop/demo-shop.js';
import type { DemoStep } from './demo.js';

/** The demo's shop system: seeded in memory from the sample catalogue. */
export function demoOrdersShop(knowledge: KnowledgeBase): DemoShop {
  return new DemoShop({ products: () => knowledge.products });
}

export async function orderScript(shop: DemoShop): Promise<DemoStep[]> {
  const data = await shop.snapshot();
  const alexOrders = await shop.recentOrders({ account: { channel: 'telegram', userId: '5550001' } }, 3);
  const alexParcel = alexOrders.find((o) => o.status === 'in_transit') ?? alexOrders[0];
  const lin = data.customers[0]!;
  const linOrder = data.orders.find((o) => o.customerId === lin.id && o.status === 'in_transit') ?? data.orders.find((o) => o.customerId === lin.id)!;
  const steps: DemoStep[] = [{ channel: 'telegram', text: '我的快递到哪了' }];
  if (alexParcel && alexOrders.length > 1) steps.push({ channel: 'telegram', text: orderButtonLabel(alexParcel), press: true });
  steps.push(
    { channel: 'telegram', text: '那什么时候能到？' },
    { channel: 'wechat', text: `帮我查下订单 ${linOrder.id}` },
    { channel: 'wechat', text: `尾号${lin.phone.slice(-4)}` },
    { channel: 'wechat', text: '明前龙井100克还有货吗' },
  );
  return steps;
}
