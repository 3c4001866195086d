// Shops selling abroad on Shopify: the Admin REST API with a custom app's access token (scopes
// read_orders, read_products, read_customers, read_fulfillments). Read-only on purpose: order changes are
// recorded for the shop's staff, who make them in the Shopify admin.
//
// Mapping: an order is found by its name (#1001, what customers see) or its numeric id; its status comes
// from `cancelled_at` and the latest fulfillment's `shipment_status`; tracking is the fulfillment's
// courier and number plus its fulfillment events. Shopify keeps no membership level: a customer tag such
// as "VIP3" is read as one, else the level follows the spend (customer-facts.ts).
import type { BuyerRef, CallOptions, ChangeResult, Order, OrderStatus, ShopConnector, ShopCustomer, ShopProduct, Tracking } from './shop-connector.js';
import { ShopUnavailableError, unavailableForStatus } from './shop-errors.js';

export interface ShopifyOptions {
  /** The shop's handle ("tea-house") or domain ("tea-house.myshopify.com"). */
  shop: string;
  accessToken: string;
  apiVersion?: string;
  /** The shop's currency for product prices (orders carry their own). */
  currency?: string;
  fetch?: typeof fetch;
}

export const DEFAULT_SHOPIFY_API_VERSION = '2025-01';

// The parts of Shopify's REST resources this connector reads.
interface ShopifyAddress {
  name?: string | null;
  address1?: string | null;
  address2?: string | null;
  city?: string | null;
  province?: string | null;
  zip?: string | null;
  country?: string | null;
  phone?: string | null;
}
interface ShopifyFulfillment {
  id: number;
  status?: string | null;
  created_at?: string | null;
  updated_at?: string | null;
  tracking_company?: string | null;
  tracking_number?: string | null;
  shipment_status?: string | null;
}
interface ShopifyOrder {
  id: number;
  name: string;
  created_at: string;
  processed_at?: string | null;
  cancelled_at?: string | null;
  currency?: string | null;
  total_price?: string | null;
  phone?: string | null;
  line_items?: { sku?: string | null; product_id?: number | null; title: string; variant_title?: string | null; quantity: number; price: string }[];
  shipping_address?: ShopifyAddress | null;
  billing_address?: ShopifyAddress | null;
  customer?: { id: number; phone?: string | null; first_name?: string | null; last_name?: string | null } | null;
  fulfillments?: ShopifyFulfillment[];
}
interface ShopifyEvent {
  status?: string | null;
  message?: string | null;
  happened_at?: string | null;
  city?: string | null;
  province?: string | null;
  country?: string | null;
  estimated_delivery_at?: string | null;
}
interface ShopifyProduct {
  id: number;
  title: string;
  handle?: string;
  vendor?: string | null;
  product_type?: string | null;
  variants?: { id: number; title: string; sku?: string | null; price: string; inventory_quantity?: number | null; inventory_management?: string | null }[];
}
interface ShopifyCustomer {
  id: number;
  first_name?: string | null;
  last_name?: string | null;
  phone?: string | null;
  orders_count?: number | null;
  total_spent?: string | null;
  created_at?: string | null;
  tags?: string | null;
}

const EVENT_TEXT: Record<string, string> = {
  label_printed: '面单已打印',
  label_purchased: '面单已购买',
  confirmed: '承运商已确认',
  ready_for_pickup: '已到达自提点',
  picked_up: '已揽收',
  in_transit: '运输中',
  out_for_delivery: '派送中',
  attempted_delivery: '尝试派送未成功',
  delayed: '运输延误',
  delivered: '已签收',
  failure: '派送失败',
  carrier_picked_up: '快递已揽收',
};

export class ShopifyConnector implements ShopConnector {
  readonly name = 'shopify';
  private readonly base: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: ShopifyOptions) {
    const domain = options.shop.includes('.') ? options.shop.replace(/^https?:\/\//u, '').replace(/\/.*$/u, '') : `${options.shop}.myshopify.com`;
    this.base = `https://${domain}/admin/api/${options.apiVersion ?? DEFAULT_SHOPIFY_API_VERSION}`;
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async getOrder(id: string, options?: CallOptions): Promise<Order | undefined> {
    const raw = await this.rawOrder(id, options);
    return raw && toOrder(raw);
  }

  async recentOrders(buyer: BuyerRef, limit = 5, options?: CallOptions): Promise<Order[]> {
    const customerId = await this.customerId(buyer, options);
    if (!customerId) return [];
    const body = await this.get<{ orders: ShopifyOrder[] }>(`/customers/${customerId}/orders.json?status=any&limit=${limit}`, 'customer orders', options);
    return (body?.orders ?? []).map(toOrder).sort((a, b) => b.createdAt - a.createdAt);
  }

  async tracking(orderId: string, options?: CallOptions): Promise<Tracking | undefined> {
    const raw = await this.rawOrder(orderId, options);
    if (!raw) return undefined;
    const order = toOrder(raw);
    const fulfillment = latestFulfillment(raw);
    if (!fulfillment) return { orderId: order.id, status: order.status, events: [] };
    const body = await this.get<{ fulfillment_events: ShopifyEvent[] }>(`/orders/${raw.id}/fulfillments/${fulfillment.id}/events.json`, 'fulfillment events', options);
    const events = (body?.fulfillment_events ?? [])
      .filter((e) => e.happened_at)
      .map((e) => {
        const location = [e.city, e.province].filter(Boolean).join(', ') || undefined;
        const text = e.message || EVENT_TEXT[e.status ?? ''] || e.status || '';
        return { at: Date.parse(e.happened_at!), text: location ? `【${location}】${text}` : text, location };
      })
      .sort((a, b) => b.at - a.at);
    const estimate = (body?.fulfillment_events ?? []).map((e) => e.estimated_delivery_at).filter((d): d is string => Boolean(d)).at(-1);
    return {
      orderId: order.id,
      status: order.status,
      courier: fulfillment.tracking_company ?? undefined,
      trackingNo: fulfillment.tracking_number ?? undefined,
      estimatedDelivery: estimate ? Date.parse(estimate) : undefined,
      events,
    };
  }

  /** By numeric product id or by handle; the REST API cannot look a variant up by SKU. */
  async product(idOrSku: string, options?: CallOptions): Promise<ShopProduct | undefined> {
    let product: ShopifyProduct | undefined;
    if (/^\d+$/u.test(idOrSku)) product = (await this.get<{ product: ShopifyProduct }>(`/products/${idOrSku}.json`, 'product', options))?.product;
    else product = (await this.get<{ products: ShopifyProduct[] }>(`/products.json?handle=${encodeURIComponent(idOrSku)}&limit=1`, 'products', options))?.products[0];
    if (!product) return undefined;
    const variants = (product.variants ?? []).map((v) => ({
      sku: v.sku || String(v.id),
      name: v.title,
      price: Number(v.price),
      // Untracked inventory is always sellable: no number to report.
      stock: v.inventory_management ? Math.max(0, v.inventory_quantity ?? 0) : undefined,
    }));
    const specs: Record<string, string> = {};
    if (product.product_type) specs['类型'] = product.product_type;
    if (product.vendor) specs['品牌'] = product.vendor;
    const single = variants.length === 1 && variants[0]!.name === 'Default Title';
    return {
      id: String(product.id),
      name: product.title,
      price: variants[0]?.price ?? 0,
      currency: this.options.currency ?? 'USD',
      stock: single ? variants[0]!.stock : undefined,
      variants: single ? undefined : variants,
      specs,
    };
  }

  async customer(buyer: BuyerRef, options?: CallOptions): Promise<ShopCustomer | undefined> {
    const raw = await this.rawCustomer(buyer, options);
    if (!raw) return undefined;
    const tags = (raw.tags ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const vipTag = tags.map((t) => /^vip[\s_:-]?(\d)$/iu.exec(t)?.[1]).find(Boolean);
    return {
      id: String(raw.id),
      name: [raw.first_name, raw.last_name].filter(Boolean).join(' ') || undefined,
      phone: raw.phone ?? undefined,
      vipLevel: vipTag ? Number(vipTag) : undefined,
      orderCount: raw.orders_count ?? undefined,
      totalSpend: raw.total_spent ? Number(raw.total_spent) : undefined,
      since: raw.created_at ? Date.parse(raw.created_at) : undefined,
      tags,
    };
  }

  async requestChange(): Promise<ChangeResult> {
    return { outcome: 'unsupported', message: 'the Shopify connector is read-only: staff change orders in the Shopify admin' };
  }

  private async rawOrder(id: string, options?: CallOptions): Promise<ShopifyOrder | undefined> {
    const name = id.trim().replace(/^[#＃]/u, '');
    const byName = await this.get<{ orders: ShopifyOrder[] }>(`/orders.json?name=${encodeURIComponent(`#${name}`)}&status=any&limit=1`, 'orders by name', options);
    const found = byName?.orders[0];
    if (found) return found;
    // Customers sometimes paste the long numeric id from an e-mail link instead of the name.
    if (/^\d{9,}$/u.test(name)) return (await this.get<{ order: ShopifyOrder }>(`/orders/${name}.json`, 'order', options))?.order;
    return undefined;
  }

  private async customerId(buyer: BuyerRef, options?: CallOptions): Promise<string | undefined> {
    if ('customerId' in buyer) return buyer.customerId;
    return (await this.rawCustomer(buyer, options))?.id.toString();
  }

  private async rawCustomer(buyer: BuyerRef, options?: CallOptions): Promise<ShopifyCustomer | undefined> {
    if ('customerId' in buyer) return (await this.get<{ customer: ShopifyCustomer }>(`/customers/${encodeURIComponent(buyer.customerId)}.json`, 'customer', options))?.customer;
    // Shopify knows nothing of chat accounts: only a phone (or the customer id) finds a customer.
    if (!('phone' in buyer)) return undefined;
    const query = encodeURIComponent(`phone:${buyer.phone}`);
    return (await this.get<{ customers: ShopifyCustomer[] }>(`/customers/search.json?query=${query}&limit=1`, 'customer search', options))?.customers[0];
  }

  private async get<T>(path: string, what: string, options?: CallOptions): Promise<T | undefined> {
    let response: Response;
    try {
      response = await this.fetch(`${this.base}${path}`, {
        headers: { 'X-Shopify-Access-Token': this.options.accessToken, accept: 'application/json' },
        signal: options?.signal,
      });
    } catch (error) {
      throw new ShopUnavailableError('network', `shopify ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (response.status === 404) return undefined;
    if (!response.ok) throw unavailableForStatus(response.status, `shopify ${what}`);
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new ShopUnavailableError('malformed', `shopify ${what}: the answer is not JSON`, { cause: error });
    }
  }
}

function latestFulfillment(order: ShopifyOrder): ShopifyFulfillment | undefined {
  return (order.fulfillments ?? [])
    .filter((f) => f.status !== 'cancelled' && f.status !== 'error' && f.status !== 'failure')
    .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''))[0];
}

function statusOf(order: ShopifyOrder): OrderStatus {
  if (order.cancelled_at) return 'cancelled';
  const fulfillment = latestFulfillment(order);
  if (!fulfillment) return 'pending';
  switch (fulfillment.shipment_status) {
    case 'delivered':
      return 'delivered';
    case 'out_for_delivery':
    case 'attempted_delivery':
    case 'ready_for_pickup':
      return 'out_for_delivery';
    case 'in_transit':
    case 'delayed':
    case 'failure':
      return 'in_transit';
    default:
      return 'shipped'; // label printed, confirmed, or no carrier update yet
  }
}

function toOrder(o: ShopifyOrder): Order {
  const status = statusOf(o);
  const fulfillment = latestFulfillment(o);
  const a = o.shipping_address;
  return {
    id: o.name.replace(/^#/u, ''),
    status,
    createdAt: Date.parse(o.created_at),
    paidAt: o.processed_at ? Date.parse(o.processed_at) : undefined,
    total: Number(o.total_price ?? 0),
    currency: o.currency ?? 'USD',
    items: (o.line_items ?? []).map((li) => ({
      sku: li.sku ?? undefined,
      productId: li.product_id ? String(li.product_id) : undefined,
      name: li.variant_title ? `${li.title} ${li.variant_title}` : li.title,
      quantity: li.quantity,
      price: Number(li.price),
    })),
    buyer: {
      id: o.customer ? String(o.customer.id) : undefined,
      name: a?.name ?? ([o.customer?.first_name, o.customer?.last_name].filter(Boolean).join(' ') || undefined),
      phone: o.phone ?? a?.phone ?? o.customer?.phone ?? o.billing_address?.phone ?? undefined,
    },
    address: a ? [a.address1, a.address2, a.city, a.province, a.zip, a.country].filter(Boolean).join(', ') : undefined,
    courier: fulfillment?.tracking_company ?? undefined,
    trackingNo: fulfillment?.tracking_number ?? undefined,
    shippedAt: fulfillment?.created_at ? Date.parse(fulfillment.created_at) : undefined,
    deliveredAt: status === 'delivered' && fulfillment?.updated_at ? Date.parse(fulfillment.updated_at) : undefined,
  };
}
