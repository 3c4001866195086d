// The HTTP/JSON contract served over any connector: the reference implementation a shop's developers can
// read next to README.md, and what the tests put the HTTP connector against (over the demo shop, on
// 127.0.0.1). Not used by the bot itself.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { customerToWire, orderToWire, trackingToWire, wireChangeRequest } from './http-contract.js';
import type { BuyerRef, ShopConnector } from './shop-connector.js';

export interface ShopHttpServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function serveShop(shop: ShopConnector, options: { token?: string; port?: number; host?: string } = {}): Promise<ShopHttpServer> {
  const server = createServer((req, res) => {
    handle(shop, options.token, req, res).catch((error: unknown) => send(res, 500, { error: error instanceof Error ? error.message : String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function handle(shop: ShopConnector, token: string | undefined, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (token && req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { error: 'unauthorized' });
  const url = new URL(req.url ?? '/', 'http://localhost');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const buyer = buyerOf(url.searchParams);

  if (req.method === 'GET' && parts[0] === 'orders' && parts.length === 1) {
    if (!buyer) return send(res, 400, { error: 'phone, customer or channel+user required' });
    const limit = Number(url.searchParams.get('limit') ?? 5);
    return send(res, 200, { orders: (await shop.recentOrders(buyer, limit)).map(orderToWire) });
  }
  if (req.method === 'GET' && parts[0] === 'orders' && parts.length === 2) {
    const order = await shop.getOrder(parts[1]!);
    return order ? send(res, 200, orderToWire(order)) : send(res, 404, { error: 'not found' });
  }
  if (req.method === 'GET' && parts[0] === 'orders' && parts[2] === 'tracking') {
    const tracking = await shop.tracking(parts[1]!);
    return tracking ? send(res, 200, trackingToWire(tracking)) : send(res, 404, { error: 'not found' });
  }
  if (req.method === 'POST' && parts[0] === 'orders' && parts[2] === 'changes') {
    const parsed = wireChangeRequest.safeParse(await readJson(req));
    if (!parsed.success) return send(res, 400, { error: 'kind must be address or cancel' });
    const result = await shop.requestChange(parts[1]!, parsed.data);
    if (result.outcome === 'unsupported') return send(res, 501, { error: 'changes not supported' });
    if (result.outcome === 'refused') return send(res, result.message === 'order not found' ? 404 : 409, { error: result.message ?? 'refused' });
    return send(res, 200, result);
  }
  if (req.method === 'GET' && parts[0] === 'products' && parts.length === 2) {
    const product = await shop.product(parts[1]!);
    return product ? send(res, 200, product) : send(res, 404, { error: 'not found' });
  }
  if (req.method === 'GET' && parts[0] === 'customers' && parts.length === 1) {
    if (!buyer) return send(res, 400, { error: 'phone, customer or channel+user required' });
    const customer = await shop.customer(buyer);
    return customer ? send(res, 200, customerToWire(customer)) : send(res, 404, { error: 'not found' });
  }
  send(res, 404, { error: 'no such endpoint' });
}

function buyerOf(params: URLSearchParams): BuyerRef | undefined {
  const phone = params.get('phone');
  if (phone) return { phone };
  const customer = params.get('customer');
  if (customer) return { customerId: customer };
  const channel = params.get('channel');
  const user = params.get('user');
  return channel && user ? { account: { channel, userId: user } } : undefined;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
