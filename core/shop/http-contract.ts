// The HTTP/JSON contract any shop system can expose to xiaoer (README.md, "Shop systems"): the JSON
// shapes, validated on the way in so a system that answers something else fails loudly in the log and
// politely for the customer. Times are ISO 8601 strings on the wire, epoch ms inside xiaoer.
import { z } from 'zod';
import { orderStatuses, type ChangeResult, type Order, type ShopCustomer, type ShopProduct, type Tracking } from './shop-connector.js';

const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date-time');
const money = z.number().nonnegative();

export const wireOrder = z.object({
  id: z.string().min(1),
  status: z.enum(orderStatuses),
  createdAt: instant,
  paidAt: instant.optional(),
  total: money,
  currency: z.string().default('CNY'),
  items: z.array(
    z.object({
      sku: z.string().optional(),
      productId: z.string().optional(),
      name: z.string(),
      quantity: z.number().int().positive(),
      price: money,
    }),
  ),
  buyer: z.object({ id: z.string().optional(), name: z.string().optional(), phone: z.string().optional() }).default({}),
  address: z.string().optional(),
  courier: z.string().optional(),
  trackingNo: z.string().optional(),
  shippedAt: instant.optional(),
  deliveredAt: instant.optional(),
});

export const wireOrderList = z.object({ orders: z.array(wireOrder) });

export const wireTracking = z.object({
  orderId: z.string(),
  status: z.enum(orderStatuses),
  courier: z.string().optional(),
  trackingNo: z.string().optional(),
  estimatedDelivery: instant.optional(),
  events: z.array(z.object({ at: instant, text: z.string(), location: z.string().optional() })),
});

export const wireProduct = z.object({
  id: z.string(),
  name: z.string(),
  price: money,
  currency: z.string().default('CNY'),
  stock: z.number().int().nonnegative().optional(),
  variants: z.array(z.object({ sku: z.string(), name: z.string(), price: money.optional(), stock: z.number().int().nonnegative().optional() })).optional(),
  specs: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const wireCustomer = z.object({
  id: z.string(),
  name: z.string().optional(),
  phone: z.string().optional(),
  vipLevel: z.number().int().nonnegative().optional(),
  orderCount: z.number().int().nonnegative().optional(),
  totalSpend: money.optional(),
  since: instant.optional(),
  tags: z.array(z.string()).optional(),
});

export const wireChangeRequest = z.object({
  kind: z.enum(['address', 'cancel']),
  detail: z.string().optional(),
  requestedBy: z.object({ channel: z.string(), userId: z.string() }).optional(),
});

export const wireChangeResult = z.object({
  outcome: z.enum(['performed', 'recorded', 'refused']),
  message: z.string().optional(),
  reference: z.string().optional(),
});

const ms = (s: string | undefined) => (s === undefined ? undefined : Date.parse(s));
const iso = (n: number | undefined) => (n === undefined ? undefined : new Date(n).toISOString());

export function orderFromWire(w: z.infer<typeof wireOrder>): Order {
  return { ...w, createdAt: Date.parse(w.createdAt), paidAt: ms(w.paidAt), shippedAt: ms(w.shippedAt), deliveredAt: ms(w.deliveredAt) };
}

export function orderToWire(o: Order): z.input<typeof wireOrder> {
  return { ...o, createdAt: iso(o.createdAt)!, paidAt: iso(o.paidAt), shippedAt: iso(o.shippedAt), deliveredAt: iso(o.deliveredAt) };
}

export function trackingFromWire(w: z.infer<typeof wireTracking>): Tracking {
  return { ...w, estimatedDelivery: ms(w.estimatedDelivery), events: w.events.map((e) => ({ ...e, at: Date.parse(e.at) })).sort((a, b) => b.at - a.at) };
}

export function trackingToWire(t: Tracking): z.input<typeof wireTracking> {
  return { ...t, estimatedDelivery: iso(t.estimatedDelivery), events: t.events.map((e) => ({ ...e, at: iso(e.at)! })) };
}

export function productFromWire(w: z.infer<typeof wireProduct>): ShopProduct {
  return w;
}

export function customerFromWire(w: z.infer<typeof wireCustomer>): ShopCustomer {
  return { ...w, since: ms(w.since) };
}

export function customerToWire(c: ShopCustomer): z.input<typeof wireCustomer> {
  return { ...c, since: iso(c.since) };
}

export function changeResultFromWire(w: z.infer<typeof wireChangeResult>): ChangeResult {
  return w;
}
