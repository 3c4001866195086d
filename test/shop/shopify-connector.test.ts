// The Shopify connector against the Admin REST API's shapes (recorded-shape fixtures in
// test/fixtures/shopify/), served by nock: no network.
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ResilientConnector } from '../../core/shop/resilient-connector.js';
import { ShopifyConnector } from '../../core/shop/shopify-connector.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/shopify/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const HOST = 'https://tea-house.myshopify.com';
const API = '/admin/api/2025-01';
const shopify = new ShopifyConnector({ shop: 'tea-house', accessToken: 'shpat_test', currency: 'CAD' });
const api = () => nock(HOST, { reqheaders: { 'x-shopify-access-token': 'shpat_test' } });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('ShopifyConnector', () => {
  it('finds an order by the name customers see (#1042 or 1042) and maps it', async () => {
    const scope = api().get(`${API}/orders.json`).query({ name: '#1042', status: 'any', limit: '1' }).twice().reply(200, fixture('orders-by-name'));
    const order = await shopify.getOrder('#1042');
    expect(order).toEqual({
      id: '1042',
      status: 'in_transit',
      createdAt: Date.parse('2026-11-17T09:12:44-05:00'),
      paidAt: Date.parse('2026-11-17T09:12:43-05:00'),
      total: 86.5,
      currency: 'USD',
      items: [{ sku: 'LJ-100G', productId: '8123456789012', name: 'West Lake Longjing 100g tin', quantity: 2, price: 39 }],
      buyer: { id: '7712345678901', name: 'Mei Lin', phone: '+1 416-555-0142' },
      address: '88 Spadina Ave, Unit 1204, Toronto, Ontario, M5V 2J4, Canada',
      courier: 'Canada Post',
      trackingNo: '7023210039414604',
      shippedAt: Date.parse('2026-11-18T10:30:00-05:00'),
      deliveredAt: undefined,
    });
    expect((await shopify.getOrder('1042'))?.id).toBe('1042');
    scope.done();
  });

  it('falls back to the numeric id a customer pasted, and says undefined for an unknown order', async () => {
    api().get(`${API}/orders.json`).query(true).reply(200, { orders: [] });
    api().get(`${API}/orders/5623412345678.json`).reply(200, { order: (fixture('orders-by-name').orders as unknown[])[0] });
    expect((await shopify.getOrder('5623412345678'))?.id).toBe('1042');
    api().get(`${API}/orders.json`).query(true).reply(200, { orders: [] });
    api().get(`${API}/orders/9999999999.json`).reply(404, { errors: 'Not Found' });
    expect(await shopify.getOrder('9999999999')).toBeUndefined();
  });

  it('tracks the latest fulfillment: courier, number, events newest first, the carrier estimate', async () => {
    api().get(`${API}/orders.json`).query(true).reply(200, fixture('orders-by-name'));
    api().get(`${API}/orders/5623412345678/fulfillments/4987654321098/events.json`).reply(200, fixture('fulfillment-events'));
    const tracking = await shopify.tracking('1042');
    expect(tracking).toMatchObject({ orderId: '1042', status: 'in_transit', courier: 'Canada Post', trackingNo: '7023210039414604', estimatedDelivery: Date.parse('2026-11-21T20:00:00-05:00') });
    expect(tracking?.events.map((e) => e.text)).toEqual(['【Mississauga, Ontario】Item in transit to Toronto facility', '承运商已确认']);
  });

  it('reads products with variant inventory; untracked inventory has no stock figure', async () => {
    api().get(`${API}/products/8123456789012.json`).reply(200, fixture('product'));
    expect(await shopify.product('8123456789012')).toEqual({
      id: '8123456789012',
      name: 'West Lake Longjing',
      price: 21,
      currency: 'CAD',
      stock: undefined,
      variants: [
        { sku: 'LJ-50G', name: '50g tin', price: 21, stock: 14 },
        { sku: 'LJ-100G', name: '100g tin', price: 39, stock: 0 },
        { sku: '44123456789013', name: 'Sample sachet', price: 3.5, stock: undefined },
      ],
      specs: { 类型: 'Green tea', 品牌: 'Mountain Tea House' },
    });
    api().get(`${API}/products.json`).query({ handle: 'west-lake-longjing', limit: '1' }).reply(200, { products: [fixture('product').product] });
    expect((await shopify.product('west-lake-longjing'))?.id).toBe('8123456789012');
  });

  it('finds a customer by phone: orders, spend, and the VIP level from a tag', async () => {
    api().get(`${API}/customers/search.json`).query({ query: 'phone:+14165550142', limit: '1' }).reply(200, fixture('customers-search'));
    expect(await shopify.customer({ phone: '+14165550142' })).toEqual({
      id: '7712345678901',
      name: 'Mei Lin',
      phone: '+14165550142',
      vipLevel: 3,
      orderCount: 7,
      totalSpend: 412.8,
      since: Date.parse('2025-03-02T11:20:00-05:00'),
      tags: ['VIP3', 'tea-club'],
    });
    // Shopify knows nothing of chat accounts: no request at all.
    expect(await shopify.customer({ account: { channel: 'wechat', userId: 'wx1' } })).toBeUndefined();
  });

  it("lists a customer's recent orders, newest first, cancelled ones marked", async () => {
    api().get(`${API}/customers/search.json`).query(true).reply(200, fixture('customers-search'));
    api().get(`${API}/customers/7712345678901/orders.json`).query({ status: 'any', limit: '3' }).reply(200, fixture('customer-orders'));
    const orders = await shopify.recentOrders({ phone: '+14165550142' }, 3);
    expect(orders.map((o) => [o.id, o.status])).toEqual([
      ['1042', 'in_transit'],
      ['1007', 'cancelled'],
      ['1003', 'delivered'],
    ]);
    expect(orders[2]?.deliveredAt).toBe(Date.parse('2026-06-15T13:20:00-04:00'));
  });

  it('is read-only: changes are unsupported (recorded for staff by the dialogue)', async () => {
    expect(await shopify.requestChange()).toMatchObject({ outcome: 'unsupported' });
  });

  it('rate limits and outages become "unavailable"; the resilient wrapper retries once', async () => {
    api().get(`${API}/products/1.json`).reply(429, { errors: 'Exceeded 2 calls per second for api client.' }, { 'Retry-After': '1.0' });
    api().get(`${API}/products/1.json`).reply(200, fixture('product'));
    const resilient = new ResilientConnector(shopify, { backoffMs: 1 });
    expect((await resilient.product('1'))?.name).toBe('West Lake Longjing');
    api().get(`${API}/products/2.json`).times(2).reply(503);
    await expect(resilient.product('2')).rejects.toMatchObject({ name: 'ShopUnavailableError', reason: 'server' });
    api().get(`${API}/products/3.json`).reply(401, { errors: '[API] Invalid API key or access token' });
    await expect(shopify.product('3')).rejects.toMatchObject({ reason: 'misconfigured' });
  });
});
