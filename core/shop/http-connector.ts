// A shop system reached over the generic HTTP/JSON contract (README.md, "Shop systems"; shapes in
// http-contract.ts). The shop's developers expose a handful of GET endpoints and one POST over their
// own order system; xiaoer needs nothing else from it. Timeouts and retries are the resilient wrapper's.
import type { z } from 'zod';
import {
  changeResultFromWire,
  customerFromWire,
  orderFromWire,
  productFromWire,
  trackingFromWire,
  wireChangeResult,
  wireCustomer,
  wireOrder,
  wireOrderList,
  wireProduct,
  wireTracking,
} from './http-contract.js';
import type { BuyerRef, CallOptions, ChangeRequest, ChangeResult, Order, ShopConnector, ShopCustomer, ShopProduct, Tracking } from './shop-connector.js';
import { ShopUnavailableError, unavailableForStatus } from './shop-errors.js';

export interface HttpConnectorOptions {
  /** The contract's base URL, e.g. https://erp.example.com/xiaoer/v1 */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  fetch?: typeof fetch;
}

export class HttpConnector implements ShopConnector {
  readonly name = 'http';
  private readonly base: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: HttpConnectorOptions) {
    this.base = options.baseUrl.replace(/\/+$/u, '');
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async getOrder(id: string, options?: CallOptions): Promise<Order | undefined> {
    const body = await this.get(`/orders/${encodeURIComponent(id)}`, wireOrder, options);
    return body && orderFromWire(body);
  }

  async recentOrders(buyer: BuyerRef, limit = 5, options?: CallOptions): Promise<Order[]> {
    const body = await this.get(`/orders?${buyerQuery(buyer)}&limit=${limit}`, wireOrderList, options);
    return (body?.orders ?? []).map(orderFromWire).sort((a, b) => b.createdAt - a.createdAt);
  }

  async tracking(orderId: string, options?: CallOptions): Promise<Tracking | undefined> {
    const body = await this.get(`/orders/${encodeURIComponent(orderId)}/tracking`, wireTracking, options);
    return body && trackingFromWire(body);
  }

  async product(idOrSku: string, options?: CallOptions): Promise<ShopProduct | undefined> {
    const body = await this.get(`/products/${encodeURIComponent(idOrSku)}`, wireProduct, options);
    return body && productFromWire(body);
  }

  async customer(buyer: BuyerRef, options?: CallOptions): Promise<ShopCustomer | undefined> {
    const body = await this.get(`/customers?${buyerQuery(buyer)}`, wireCustomer, options);
    return body && customerFromWire(body);
  }

  async requestChange(orderId: string, change: ChangeRequest, options?: CallOptions): Promise<ChangeResult> {
    const what = `POST /orders/…/changes`;
    const response = await this.send(`/orders/${encodeURIComponent(orderId)}/changes`, what, options, {
      method: 'POST',
      body: JSON.stringify(change),
      headers: { 'content-type': 'application/json' },
    });
    // 404: no such order; 409: not possible in the order's state (shipped). Neither is an outage.
    if (response.status === 404) return { outcome: 'refused', message: 'order not found' };
    if (response.status === 409) {
      const text = await response.text().catch(() => '');
      return { outcome: 'refused', message: errorMessage(text) ?? 'conflict' };
    }
    if (response.status === 501) return { outcome: 'unsupported' };
    if (!response.ok) throw unavailableForStatus(response.status, what);
    return changeResultFromWire(await this.parse(response, wireChangeResult, what));
  }

  private async get<S extends z.ZodType>(path: string, schema: S, options?: CallOptions): Promise<z.infer<S> | undefined> {
    // The log names the endpoint, never the order number or phone in the path.
    const what = `GET ${path.split(/[/?]/u)[1] ?? path}`;
    const response = await this.send(path, what, options, { method: 'GET' });
    if (response.status === 404) return undefined;
    if (!response.ok) throw unavailableForStatus(response.status, what);
    return this.parse(response, schema, what);
  }

  private async send(path: string, what: string, options: CallOptions | undefined, init: RequestInit): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...(init.headers as Record<string, string>) };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    try {
      return await this.fetch(`${this.base}${path}`, { ...init, headers, signal: options?.signal });
    } catch (error) {
      throw new ShopUnavailableError('network', `${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  private async parse<S extends z.ZodType>(response: Response, schema: S, what: string): Promise<z.infer<S>> {
    let json: unknown;
    try {
      json = await response.json();
    } catch (error) {
      throw new ShopUnavailableError('malformed', `${what}: the answer is not JSON`, { cause: error });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ShopUnavailableError('malformed', `${what}: the answer does not follow the contract (${issue?.path.join('.') || 'body'}: ${issue?.message})`);
    }
    return parsed.data;
  }
}

function buyerQuery(buyer: BuyerRef): string {
  if ('phone' in buyer) return `phone=${encodeURIComponent(buyer.phone)}`;
  if ('customerId' in buyer) return `customer=${encodeURIComponent(buyer.customerId)}`;
  return `channel=${encodeURIComponent(buyer.account.channel)}&user=${encodeURIComponent(buyer.account.userId)}`;
}

function errorMessage(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    const message = body.message ?? body.error;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return text.trim() || undefined;
  }
}
