// The HTTP/JSON contract both ways: the connector against the reference server (over the demo shop, on
// 127.0.0.1), and against odd answers a real shop system might give (nock).
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DemoShop } from '../../core/shop/demo-shop.js';
import { HttpConnector } from '../../core/shop/http-connector.js';
import { serveShop, type ShopHttpServer } from '../../core/shop/shop-http-server.js';
import { ShopUnavailableError } from '../../core/shop/shop-errors.js';
import { NOW, teaProducts } from './shop-fixtures.js';

describe('HttpConnector against the reference server', () => {
  const demo = new DemoShop({ products: () => teaProducts, now: () => NOW });
  let server: ShopHttpServer;
  let http: HttpConnector;
  beforeAll(async () => {
    server = await serveShop(demo, { token: 'secret' });
    http = new HttpConnector({ baseUrl: `${server.url}/`, token: 'secret' });
  });
  afterAll(() => server.close());

  it('reads an order, its tracking, recent orders and the customer exactly as the shop has them', async () => {
    const data = await demo.snapshot();
    const moving = data.orders.find((o) => o.status === 'in_transit')!;
    expect(await http.getOrder(moving.id)).toEqual(await demo.getOrder(moving.id));
    expect(await http.tracking(moving.id)).toEqual(await demo.tracking(moving.id));
    const account = { account: { channel: 'console', userId: 'xiaolin' } };
    expect(await http.recentOrders(account, 3)).toEqual(await demo.recentOrders(account, 3));
    const phone = { phone: data.customers[0]!.phone };
    expect(await http.recentOrders(phone, 2)).toEqual(await demo.recentOrders(phone, 2));
    expect(await http.customer(account)).toEqual(await demo.customer(account));
    expect(await http.customer({ customerId: 'C0002' })).toMatchObject({ id: 'C0002' });
    expect(await http.product('lj-250g')).toEqual(await demo.product('lj-250g'));
  });

  it('answers "not found" with undefined, never an error', async () => {
    expect(await http.getOrder('111122223333')).toBeUndefined();
    expect(await http.tracking('111122223333')).toBeUndefined();
    expect(await http.product('no-such-tea')).toBeUndefined();
    expect(await http.customer({ phone: '13000000000' })).toBeUndefined();
    expect(await http.recentOrders({ phone: '13000000000' })).toEqual([]);
  });

  it('posts changes: performed before shipping, refused (409) after', async () => {
    const data = await demo.snapshot();
    const pending = data.orders.find((o) => o.status === 'pending')!;
    const shipped = data.orders.find((o) => o.status === 'out_for_delivery')!;
    expect(await http.requestChange(pending.id, { kind: 'address', detail: '北京市朝阳区建国路1号', requestedBy: { channel: 'test', userId: 'u' } })).toMatchObject({ outcome: 'performed' });
    expect((await demo.getOrder(pending.id))?.address).toBe('北京市朝阳区建国路1号');
    expect(await http.requestChange(shipped.id, { kind: 'cancel' })).toEqual({ outcome: 'refused', message: 'order already shipped' });
    expect(await http.requestChange('111122223333', { kind: 'cancel' })).toEqual({ outcome: 'refused', message: 'order not found' });
  });

  it('a wrong token is a configuration problem, reported as unavailable (not retryable)', async () => {
    const wrong = new HttpConnector({ baseUrl: server.url, token: 'nope' });
    const error = await wrong.getOrder('123456789012').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShopUnavailableError);
    expect(error).toMatchObject({ reason: 'misconfigured', retryable: false });
  });

  it('a closed port is a network failure', async () => {
    const closed = await serveShop(demo);
    await closed.close();
    const error = await new HttpConnector({ baseUrl: closed.url }).getOrder('123456789012').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ShopUnavailableError', reason: 'network', retryable: true });
  });
});

describe('HttpConnector against a misbehaving system', () => {
  const base = 'https://erp.example.test/xiaoer/v1';
  const http = new HttpConnector({ baseUrl: base, token: 't0k' });
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  it('sends the bearer token and encodes the order number in the path', async () => {
    const scope = nock('https://erp.example.test', { reqheaders: { authorization: 'Bearer t0k' } })
      .get('/xiaoer/v1/orders/A%2F1')
      .reply(200, { id: 'A/1', status: 'delivered', createdAt: '2026-11-01T08:00:00Z', total: 10, items: [], buyer: {} });
    expect(await http.getOrder('A/1')).toMatchObject({ id: 'A/1', status: 'delivered', currency: 'CNY', createdAt: Date.parse('2026-11-01T08:00:00Z') });
    scope.done();
  });

  it('a 5xx or 429 is an outage worth retrying', async () => {
    nock('https://erp.example.test').get('/xiaoer/v1/orders/1').reply(503, 'down');
    await expect(http.getOrder('1')).rejects.toMatchObject({ reason: 'server', retryable: true });
    nock('https://erp.example.test').get('/xiaoer/v1/products/x').reply(429);
    await expect(http.product('x')).rejects.toMatchObject({ reason: 'rate_limited', retryable: true });
  });

  it('an answer that breaks the contract is rejected with the field named', async () => {
    nock('https://erp.example.test').get('/xiaoer/v1/orders/2').reply(200, { id: '2', status: 'lost', createdAt: 'yesterday', total: 1, items: [] });
    await expect(http.getOrder('2')).rejects.toMatchObject({ reason: 'malformed', message: expect.stringMatching(/status|createdAt/u) });
    nock('https://erp.example.test').get('/xiaoer/v1/orders/3').reply(200, '<html>login</html>');
    await expect(http.getOrder('3')).rejects.toMatchObject({ reason: 'malformed' });
  });

  it('a system that cannot change orders (501) says unsupported', async () => {
    nock('https://erp.example.test').post('/xiaoer/v1/orders/4/changes', { kind: 'cancel' }).reply(501);
    expect(await http.requestChange('4', { kind: 'cancel' })).toEqual({ outcome: 'unsupported' });
  });
});
