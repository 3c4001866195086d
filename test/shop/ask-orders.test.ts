// `xiaoer ask` on the demo shop, one process per message as a person would run it: the question, the
// order number, the last 4 digits — the slot lives in the SQLite store in DATA_DIR, the shop in
// DATA_DIR/shop. Uses the real engine and the sample shop.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DemoCustomer, DemoOrder } from '../../core/shop/demo-shop-seed.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoer-ask-orders-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function ask(text: string, user: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bots/xiaoer.mjs', 'ask', text, '--user', user], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', SHOP_CONNECTOR: 'demo', ...env },
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim();
}

describe('xiaoer ask: an order lookup across processes', () => {
  it('asks for the number, then the last 4 digits, then shows the parcel', { timeout: 120_000 }, () => {
    expect(ask('我的快递到哪了', 'bob')).toContain('请把订单号发给我');
    const read = <T>(name: string) => JSON.parse(readFileSync(path.join(dataDir, 'shop', `${name}.json`), 'utf8')) as T;
    const order = read<DemoOrder[]>('orders').find((o) => o.status === 'in_transit')!;
    const buyer = read<DemoCustomer[]>('customers').find((c) => c.id === order.customerId)!;

    expect(ask(order.id, 'bob')).toContain('后4位');
    const status = ask(buyer.phone.slice(-4), 'bob');
    expect(status).toContain(`订单 ${order.id}`);
    expect(status).toContain('状态：运输中');
    expect(status).toMatch(/快递：(中通快递|顺丰速运|京东快递) \S+/u);
    expect(ask('那什么时候能到？', 'bob')).toMatch(/预计.+送达/u);
  });

  it("lists a bound member's orders (the demo binds console:xiaolin)", { timeout: 60_000 }, () => {
    expect(ask('帮我查下订单', 'xiaolin')).toContain('查到您最近的订单');
  });

  it('with SHOP_CONNECTOR=none the knowledge answers as before', { timeout: 60_000 }, () => {
    expect(ask('我的快递到哪了', 'carol', { SHOP_CONNECTOR: 'none' })).toMatch(/订单号/u);
    expect(ask('427537049369620697', 'carol', { SHOP_CONNECTOR: 'none' })).not.toContain('后4位');
  });
});
