import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { DemoShop } from '../../core/shop/demo-shop.js';
import { seedDemoShop } from '../../core/shop/demo-shop-seed.js';
import { orderStatuses } from '../../core/shop/shop-connector.js';
import { NOW, teaProducts } from './shop-fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xiaoer-demo-shop-'));
  dirs.push(dir);
  return dir;
};

describe('demo shop seed', () => {
  it('is deterministic: the same catalogue and moment give the same shop', () => {
    expect(seedDemoShop(teaProducts, NOW)).toEqual(seedDemoShop(teaProducts, NOW));
  });

  it('keeps order numbers and statuses stable across days; only the times move', () => {
    const today = seedDemoShop(teaProducts, NOW);
    const later = seedDemoShop(teaProducts, NOW + 9 * 86_400_000);
    expect(later.orders.map((o) => [o.id, o.status])).toEqual(today.orders.map((o) => [o.id, o.status]));
    expect(later.orders[0]!.createdAt - today.orders[0]!.createdAt).toBe(9 * 86_400_000);
  });

  it('seeds realistic data for the sample shop: customers, every status, three couriers, scans up to now', async () => {
    const kb = await loadKnowledge('knowledge');
    const data = seedDemoShop(kb.products, NOW);
    expect(data.customers).toHaveLength(50);
    expect(new Set(data.customers.map((c) => c.phone)).size).toBe(50);
    for (const c of data.customers) expect(c.phone).toMatch(/^1[3-9]\d{9}$/u);
    expect(new Set(data.orders.map((o) => o.status))).toEqual(new Set(orderStatuses));
    expect(new Set(data.parcels.map((p) => p.courier))).toEqual(new Set(['中通快递', '顺丰速运', '京东快递']));
    const skus = new Set(kb.products.flatMap((p) => (p.variants ?? []).map((v) => v.sku)));
    expect(data.orders.flatMap((o) => o.items).some((i) => i.sku && skus.has(i.sku))).toBe(true);
    for (const parcel of data.parcels) {
      expect(parcel.events.length).toBeGreaterThan(0);
      expect(parcel.events.every((e) => e.at <= NOW)).toBe(true);
      expect(parcel.events.map((e) => e.at)).toEqual([...parcel.events.map((e) => e.at)].sort((a, b) => b - a)); // newest first
    }
    const orderIds = new Set(data.orders.map((o) => o.id));
    expect(orderIds.size).toBe(data.orders.length);
    for (const o of data.orders) expect(o.id).toMatch(/^42\d{16}$/u);
    // Delivered parcels end with the signature; the pending orders have no parcel yet.
    const delivered = data.orders.find((o) => o.status === 'delivered')!;
    expect(data.parcels.find((p) => p.orderId === delivered.id)!.events[0]!.text).toContain('已签收');
    const pending = data.orders.find((o) => o.status === 'pending')!;
    expect(data.parcels.find((p) => p.orderId === pending.id)).toBeUndefined();
  });
});

describe('DemoShop', () => {
  it('writes JSON files on first use, and another instance (another process) reads the same shop', async () => {
    const dir = tempDir();
    const first = new DemoShop({ dir, products: () => teaProducts, now: () => NOW });
    const seeded = await first.snapshot();
    const files = ['meta', 'customers', 'orders', 'parcels'].map((f) => JSON.parse(readFileSync(path.join(dir, `${f}.json`), 'utf8')) as unknown);
    expect(files[0]).toMatchObject({ version: 1, seededAt: NOW });
    expect(files[2]).toHaveLength(seeded.orders.length);

    // An hour later, in another process: same orders, times relative to its own now.
    const second = new DemoShop({ dir, products: () => teaProducts, now: () => NOW + 3600_000 });
    const order = seeded.orders[0]!;
    expect((await second.getOrder(order.id))?.createdAt).toBe(order.createdAt + 3600_000);
  });

  it('sees a change another instance wrote', async () => {
    const dir = tempDir();
    const a = new DemoShop({ dir, products: () => teaProducts, now: () => NOW });
    const b = new DemoShop({ dir, products: () => teaProducts, now: () => NOW });
    const pending = (await a.snapshot()).orders.find((o) => o.status === 'pending')!;
    await b.getOrder(pending.id); // b has loaded the files
    expect(await a.requestChange(pending.id, { kind: 'cancel' })).toMatchObject({ outcome: 'performed' });
    expect((await b.getOrder(pending.id))?.status).toBe('cancelled');
  });

  it('finds orders by buyer: bound chat account, phone (any format), customer id', async () => {
    const shop = new DemoShop({ products: () => teaProducts, now: () => NOW });
    const data = await shop.snapshot();
    const lin = data.customers[0]!;
    const byAccount = await shop.recentOrders({ account: { channel: 'console', userId: 'xiaolin' } }, 10);
    expect(byAccount.length).toBe(data.orders.filter((o) => o.customerId === lin.id).length);
    expect(byAccount.map((o) => o.createdAt)).toEqual([...byAccount.map((o) => o.createdAt)].sort((x, y) => y - x));
    const spaced = `+86 ${lin.phone.slice(0, 3)} ${lin.phone.slice(3, 7)} ${lin.phone.slice(7)}`;
    expect((await shop.recentOrders({ phone: spaced }, 10)).map((o) => o.id)).toEqual(byAccount.map((o) => o.id));
    expect(await shop.recentOrders({ customerId: 'C9999' })).toEqual([]);
    expect(await shop.customer({ account: { channel: 'console', userId: 'xiaolin' } })).toMatchObject({ id: 'C0001', name: '林晓', vipLevel: lin.vipLevel });
    expect(await shop.customer({ account: { channel: 'console', userId: 'nobody' } })).toBeUndefined();
  });

  it('tracks a parcel: courier, number, scans newest first, an estimate while on its way', async () => {
    const shop = new DemoShop({ products: () => teaProducts, now: () => NOW });
    const data = await shop.snapshot();
    const moving = data.orders.find((o) => o.status === 'in_transit')!;
    const tracking = (await shop.tracking(moving.id))!;
    expect(tracking.courier).toMatch(/中通|顺丰|京东/u);
    expect(tracking.trackingNo).toMatch(/^(75\d{13}|SF\d{13}|JDVA\d{11})$/u);
    expect(tracking.events[0]!.at).toBeGreaterThan(tracking.events.at(-1)!.at);
    expect(tracking.estimatedDelivery).toBeGreaterThan(NOW);
    expect(await shop.tracking('000000000000')).toBeUndefined();
  });

  it('performs a change only before shipping, and refuses after', async () => {
    const shop = new DemoShop({ products: () => teaProducts, now: () => NOW });
    const data = await shop.snapshot();
    const pending = data.orders.find((o) => o.status === 'pending')!;
    const shipped = data.orders.find((o) => o.status === 'in_transit')!;
    expect(await shop.requestChange(pending.id, { kind: 'address', detail: '上海市浦东新区张江路88号' })).toMatchObject({ outcome: 'performed' });
    expect((await shop.getOrder(pending.id))?.address).toBe('上海市浦东新区张江路88号');
    expect(await shop.requestChange(shipped.id, { kind: 'cancel' })).toEqual({ outcome: 'refused', message: 'order already shipped' });
    expect(await shop.requestChange('404404404404', { kind: 'cancel' })).toMatchObject({ outcome: 'refused' });
  });

  it('answers products from the catalogue, by id or SKU', async () => {
    const shop = new DemoShop({ products: () => teaProducts, now: () => NOW });
    expect(await shop.product('lj-100g')).toMatchObject({ id: 'longjing', variants: expect.arrayContaining([{ sku: 'lj-100g', name: '100g罐装', price: 318, stock: 8 }]) });
    expect(await shop.product('jinjunmei')).toMatchObject({ stock: 90 });
    expect(await shop.product('nope')).toBeUndefined();
  });
});
