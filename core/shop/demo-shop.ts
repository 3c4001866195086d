// The embedded shop system: JSON files in DATA_DIR/shop/ (customers.json, orders.json, parcels.json,
// meta.json), seeded on first use from the catalogue (demo-shop-seed.ts). It plays the shop's order
// system, logistics tracking and CRM so everything works with no credentials; products and stock are the
// knowledge's own catalogue (the sample shop keeps stock in knowledge/products.yaml).
//
// The seed is frozen as of the moment it was made; every read shifts its times by (now − seededAt), so a
// parcel seeded "in transit since yesterday" is in transit since yesterday whenever the demo runs.
// Several processes may use the files (`xiaoer ask` runs one per message): each call reloads them when
// another process changed them, and writes go through a temporary file and a rename.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Product } from '../knowledge/schema.js';
import { DEMO_DATA_VERSION, DEMO_SEED, seedDemoShop, type DemoCustomer, type DemoOrder, type DemoParcel, type DemoShopData } from './demo-shop-seed.js';
import {
  normalizeOrderId,
  normalizePhone,
  shippedStatuses,
  type BuyerRef,
  type ChangeRequest,
  type ChangeResult,
  type Order,
  type ShopConnector,
  type ShopCustomer,
  type ShopProduct,
  type Tracking,
} from './shop-connector.js';

export interface DemoShopOptions {
  /** Folder for the JSON files; absent: kept in memory (tests, `xiaoer demo`). */
  dir?: string;
  /** The catalogue: seeds the orders and answers product questions. */
  products: () => readonly Product[];
  now?: () => number;
  seed?: number;
}

const FILES = ['meta', 'customers', 'orders', 'parcels'] as const;

export class DemoShop implements ShopConnector {
  readonly name = 'demo';
  private data?: DemoShopData;
  private loadedStamp = '';
  private writing: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;

  constructor(private readonly options: DemoShopOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The data as stored, seeding it first if there is none (for the demo's script and tests). */
  async snapshot(): Promise<DemoShopData> {
    return this.load();
  }

  /** How far the stored times are moved to be relative to now. */
  async shift(): Promise<number> {
    return this.now() - (await this.load()).seededAt;
  }

  async getOrder(id: string): Promise<Order | undefined> {
    const data = await this.load();
    const wanted = normalizeOrderId(id);
    const order = data.orders.find((o) => o.id === wanted);
    return order && this.view(data, order);
  }

  async recentOrders(buyer: BuyerRef, limit = 5): Promise<Order[]> {
    const data = await this.load();
    const ids = new Set(this.customersOf(data, buyer).map((c) => c.id));
    return data.orders
      .filter((o) => ids.has(o.customerId))
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit)
      .map((o) => this.view(data, o));
  }

  async tracking(orderId: string): Promise<Tracking | undefined> {
    const data = await this.load();
    const order = data.orders.find((o) => o.id === normalizeOrderId(orderId));
    if (!order) return undefined;
    const parcel = data.parcels.find((p) => p.orderId === order.id);
    const shift = this.now() - data.seededAt;
    return {
      orderId: order.id,
      status: order.status,
      courier: parcel?.courier,
      trackingNo: parcel?.trackingNo,
      estimatedDelivery: parcel && order.status !== 'cancelled' ? parcel.estimatedDelivery + shift : undefined,
      events: (parcel?.events ?? []).map((e) => ({ ...e, at: e.at + shift })),
    };
  }

  async product(idOrSku: string): Promise<ShopProduct | undefined> {
    const products = this.options.products();
    const product = products.find((p) => p.id === idOrSku) ?? products.find((p) => p.variants?.some((v) => v.sku === idOrSku));
    if (!product) return undefined;
    return {
      id: product.id,
      name: product.name,
      price: product.price,
      currency: 'CNY',
      stock: product.stock,
      variants: product.variants?.map((v) => ({ sku: v.sku, name: v.name, price: v.price, stock: v.stock })),
      specs: product.specs,
    };
  }

  async customer(buyer: BuyerRef): Promise<ShopCustomer | undefined> {
    const data = await this.load();
    const customer = this.customersOf(data, buyer)[0];
    if (!customer) return undefined;
    const shift = this.now() - data.seededAt;
    const paid = data.orders.filter((o) => o.customerId === customer.id && o.status !== 'cancelled');
    return {
      id: customer.id,
      name: customer.name,
      phone: customer.phone,
      vipLevel: customer.vipLevel,
      orderCount: paid.length,
      totalSpend: Math.round(paid.reduce((sum, o) => sum + o.total, 0) * 100) / 100,
      since: customer.since + shift,
    };
  }

  /** The demo's order system changes an order only before it ships; after that it is the courier's. */
  async requestChange(orderId: string, change: ChangeRequest): Promise<ChangeResult> {
    return this.write(async (data) => {
      const order = data.orders.find((o) => o.id === normalizeOrderId(orderId));
      if (!order) return { outcome: 'refused', message: 'order not found' };
      if (order.status === 'cancelled') return { outcome: 'refused', message: 'order already cancelled' };
      if (order.status === 'delivered') return { outcome: 'refused', message: 'order already delivered' };
      if (shippedStatuses.includes(order.status)) return { outcome: 'refused', message: 'order already shipped' };
      if (change.kind === 'address' && !change.detail?.trim()) return { outcome: 'refused', message: 'no new address given' };
      // Stored in the seed's frozen time frame, where "now" is always the seeding moment.
      const stamp = data.seededAt;
      order.changes = [...(order.changes ?? []), { at: stamp, kind: change.kind, detail: change.detail }];
      if (change.kind === 'address') order.address = change.detail!.trim();
      else {
        order.status = 'cancelled';
        order.cancelledAt = stamp;
      }
      return { outcome: 'performed', reference: `${order.id}-${order.changes.length}` };
    });
  }

  private view(data: DemoShopData, o: DemoOrder): Order {
    const shift = this.now() - data.seededAt;
    const parcel = data.parcels.find((p) => p.orderId === o.id);
    const at = (t: number | undefined) => (t === undefined ? undefined : t + shift);
    return {
      id: o.id,
      status: o.status,
      createdAt: o.createdAt + shift,
      paidAt: at(o.paidAt),
      total: o.total,
      currency: o.currency,
      items: o.items,
      buyer: { id: o.customerId, name: o.recipient, phone: o.phone },
      address: o.address,
      courier: parcel?.courier ?? o.courier,
      trackingNo: parcel?.trackingNo,
      shippedAt: at(o.shippedAt),
      deliveredAt: at(o.deliveredAt),
    };
  }

  private customersOf(data: DemoShopData, buyer: BuyerRef): DemoCustomer[] {
    if ('customerId' in buyer) return data.customers.filter((c) => c.id === buyer.customerId);
    if ('phone' in buyer) {
      const phone = normalizePhone(buyer.phone);
      return phone ? data.customers.filter((c) => c.phone === phone) : [];
    }
    const account = `${buyer.account.channel}:${buyer.account.userId}`;
    return data.customers.filter((c) => c.accounts.includes(account));
  }

  /** Loads the files (again when another process changed them), seeding on first use. */
  private async load(): Promise<DemoShopData> {
    const dir = this.options.dir;
    if (!dir) {
      this.data ??= this.seed();
      return this.data;
    }
    const stamp = this.stamp(dir);
    if (this.data && stamp === this.loadedStamp) return this.data;
    if (!stamp) {
      await this.write(async () => undefined); // seeds and saves under the write lock
      return this.data!;
    }
    try {
      const read = <T>(name: string) => JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as T;
      const meta = read<Pick<DemoShopData, 'version' | 'seed' | 'seededAt'>>('meta');
      if (meta.version !== DEMO_DATA_VERSION) throw new Error(`demo shop data version ${meta.version}, expected ${DEMO_DATA_VERSION}`);
      this.data = { ...meta, customers: read<DemoCustomer[]>('customers'), orders: read<DemoOrder[]>('orders'), parcels: read<DemoParcel[]>('parcels') };
      this.loadedStamp = stamp;
      return this.data;
    } catch (error) {
      throw new Error(`the demo shop's files in ${dir} are unreadable (delete the folder to reseed): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  private seed(): DemoShopData {
    return seedDemoShop(this.options.products(), this.now(), this.options.seed ?? DEMO_SEED);
  }

  /** Read-modify-write, one at a time in this process. */
  private write<T>(change: (data: DemoShopData) => Promise<T>): Promise<T> {
    const run = async () => {
      const dir = this.options.dir;
      let data: DemoShopData;
      if (!dir) data = this.data ??= this.seed();
      else if (!this.stamp(dir)) data = this.seed();
      else {
        this.loadedStamp = ''; // re-read: another process may have written since
        data = await this.load();
      }
      const result = await change(data);
      if (dir) this.save(dir, data);
      this.data = data;
      return result;
    };
    const next = this.writing.then(run, run);
    this.writing = next.catch(() => undefined);
    return next;
  }

  private save(dir: string, data: DemoShopData): void {
    mkdirSync(dir, { recursive: true });
    const { customers, orders, parcels, ...meta } = data;
    const contents: Record<(typeof FILES)[number], unknown> = { meta, customers, orders, parcels };
    // meta.json last: its presence says the set is complete.
    for (const name of ['customers', 'orders', 'parcels', 'meta'] as const) {
      const file = path.join(dir, `${name}.json`);
      writeFileSync(`${file}.tmp`, JSON.stringify(contents[name], null, 1));
      renameSync(`${file}.tmp`, file);
    }
    this.loadedStamp = this.stamp(dir);
  }

  /** Changes whenever any of the files changes; '' when there is no complete set yet. */
  private stamp(dir: string): string {
    if (!existsSync(path.join(dir, 'meta.json'))) return '';
    return FILES.map((name) => {
      try {
        const s = statSync(path.join(dir, `${name}.json`));
        return `${s.mtimeMs}:${s.size}`;
      } catch {
        return 'missing';
      }
    }).join('|');
  }
}
