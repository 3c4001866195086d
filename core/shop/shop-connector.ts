// The one small interface between xiaoer and the shop's own systems: orders and their parcels, the
// product database with live stock, and the customer records. Every shop system — the embedded demo
// shop, any system speaking the HTTP/JSON contract, Shopify — is reached through it, so the dialogue
// never knows which one answers.
//
// Conventions: times are epoch milliseconds, money is in the currency's main unit (yuan), "not found"
// is `undefined` (never an error), and a system that cannot answer throws ShopUnavailableError
// (shop-errors.ts) — the caller tells the customer so instead of guessing.

export const orderStatuses = ['pending', 'shipped', 'in_transit', 'out_for_delivery', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** How customers and agents read a status. */
export const statusLabel: Record<OrderStatus, string> = {
  pending: '待发货',
  shipped: '已发货',
  in_transit: '运输中',
  out_for_delivery: '派送中',
  delivered: '已签收',
  cancelled: '已取消',
};

/** Statuses where the parcel has left the warehouse: the address and the order are the courier's now. */
export const shippedStatuses: readonly OrderStatus[] = ['shipped', 'in_transit', 'out_for_delivery'];

export interface OrderItem {
  sku?: string;
  productId?: string;
  name: string;
  quantity: number;
  /** Unit price. */
  price: number;
}

export interface Order {
  id: string;
  status: OrderStatus;
  createdAt: number;
  paidAt?: number;
  total: number;
  /** ISO 4217; CNY when the system does not say. */
  currency: string;
  items: OrderItem[];
  /** Who bought it. `phone` is what the privacy check compares the customer's last 4 digits with. */
  buyer: { id?: string; name?: string; phone?: string };
  /** The delivery address as one line. */
  address?: string;
  courier?: string;
  trackingNo?: string;
  shippedAt?: number;
  deliveredAt?: number;
}

export interface TrackingEvent {
  at: number;
  text: string;
  location?: string;
}

export interface Tracking {
  orderId: string;
  status: OrderStatus;
  courier?: string;
  trackingNo?: string;
  /** When the courier expects to deliver, if it says. */
  estimatedDelivery?: number;
  /** Scans, newest first. */
  events: TrackingEvent[];
}

export interface ShopVariant {
  sku: string;
  name: string;
  price?: number;
  /** Units on hand; absent when the system does not track this variant's stock (always sellable). */
  stock?: number;
}

export interface ShopProduct {
  id: string;
  name: string;
  price: number;
  currency: string;
  /** Stock of a product without variants. */
  stock?: number;
  variants?: ShopVariant[];
  specs?: Record<string, string | number>;
}

/** What the shop's CRM knows about a buyer. */
export interface ShopCustomer {
  id: string;
  name?: string;
  phone?: string;
  /** Membership level when the shop keeps one (the sample shop: V1 新芽 … V4 茶仙). */
  vipLevel?: number;
  orderCount?: number;
  totalSpend?: number;
  /** Customer since. */
  since?: number;
  tags?: string[];
}

/**
 * Whose orders: a phone number the customer proved, a chat account the shop's CRM has bound to a buyer
 * (a member who linked their WeChat), or the shop's own customer id.
 */
export type BuyerRef = { phone: string } | { account: { channel: string; userId: string } } | { customerId: string };

export interface ChangeRequest {
  kind: 'address' | 'cancel';
  /** The new address, or why the customer cancels. */
  detail?: string;
  requestedBy?: { channel: string; userId: string };
}

/**
 * What the shop system did with a change: `performed` (it is done — only then may the customer hear
 * "done"), `recorded` (queued for the shop's staff), `refused` (not possible, e.g. already shipped), or
 * `unsupported` (this connector cannot change orders).
 */
export interface ChangeResult {
  outcome: 'performed' | 'recorded' | 'refused' | 'unsupported';
  /** The system's own words, for agents and logs. */
  message?: string;
  /** The system's id for the request. */
  reference?: string;
}

export interface CallOptions {
  /** Aborted when the caller stops waiting (timeouts); connectors pass it to their requests. */
  signal?: AbortSignal;
}

export interface ShopConnector {
  /** demo, http, shopify (for logs). */
  readonly name: string;
  getOrder(id: string, options?: CallOptions): Promise<Order | undefined>;
  /** The buyer's latest orders, newest first. */
  recentOrders(buyer: BuyerRef, limit?: number, options?: CallOptions): Promise<Order[]>;
  tracking(orderId: string, options?: CallOptions): Promise<Tracking | undefined>;
  /** A product by the shop's product id or by a variant's SKU. */
  product(idOrSku: string, options?: CallOptions): Promise<ShopProduct | undefined>;
  customer(buyer: BuyerRef, options?: CallOptions): Promise<ShopCustomer | undefined>;
  /** Not idempotent: callers never retry it. */
  requestChange(orderId: string, change: ChangeRequest, options?: CallOptions): Promise<ChangeResult>;
}

/** The canonical form of an order number as customers type it: no spaces, dashes or leading #. */
export function normalizeOrderId(text: string): string {
  return text.replace(/[\s\-#＃]/gu, '').toUpperCase();
}

/** Digits only, without a +86 / 0086 prefix: how phone numbers are compared. */
export function normalizePhone(text: string): string {
  const digits = text.replace(/\D/gu, '');
  return /^(?:00)?86(1\d{10})$/u.test(digits) ? digits.replace(/^(?:00)?86/u, '') : digits;
}
