// A whole handoff rig for tests: the fake Feishu Open API, a runtime whose desk is the Feishu desk, the
// Feishu side attached (sender, receiver on a local webhook), a fake WeChat sender for the customer, and
// the logs kept for assertions.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { FeishuConnector, type FeishuHandle, type FeishuSettings } from '../../adapters/feishu/feishu.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { createLogger } from '../../core/log.js';
import { createRuntime, type Runtime } from '../../core/runtime.js';
import { memoryStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import type { Inbound } from '../../core/types.js';
import { FakeSender } from './fake-sender.js';
import { FakeFeishu, type FakeUser } from './fake-feishu.js';
import { keywordEngine } from './keyword-engine.js';
import { sampleKb } from './test-runtime.js';

export const carol: FakeUser = { openId: 'ou_carol', name: 'Carol' };
export const dan: FakeUser = { openId: 'ou_dan', name: '小丹' };
export const erin: FakeUser = { openId: 'ou_erin', name: 'Erin' };
/** Not in any agents' group. */
export const mallory: FakeUser = { openId: 'ou_mallory', name: 'Mallory' };

export const VERIFICATION_TOKEN = 'v-token-test';
export const ENCRYPT_KEY = 'encrypt-key-test';

export function feishuKb(routing: Record<string, unknown> = {}): KnowledgeBase {
  return {
    ...sampleKb(),
    routing: {
      default_group: 'presale',
      groups: [
        { id: 'presale', name: '售前咨询组' },
        { id: 'aftersale', name: '售后服务组' },
        { id: 'senior', name: '高级客服组' },
      ],
      rules: [{ name: '投诉', when: { signals: ['complaint'] }, group: 'aftersale', priority: 'high' }],
      timeouts: { claim_minutes: 5, reply_minutes: 10 },
      ...routing,
    },
  };
}

export interface HarnessOptions {
  store?: Store;
  fake?: FakeFeishu;
  knowledge?: KnowledgeBase;
  now?: () => number;
  settings?: Partial<FeishuSettings>;
  /** Start the receiver's webhook (default true). */
  start?: boolean;
}

export interface Harness {
  fake: FakeFeishu;
  runtime: Runtime;
  feishu: FeishuHandle;
  wechat: FakeSender;
  logs: string[];
  webhook: string;
  customer(text: string, fields?: Partial<Inbound>): ReturnType<Runtime['bot']['receive']>;
  /** Pushes an event like Feishu does (signed, encrypted) and waits until it is handled. */
  push(envelope: unknown, options?: Parameters<FakeFeishu['push']>[2]): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function feishuHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = options.fake ?? (await FakeFeishu.start({ verificationToken: VERIFICATION_TOKEN, encryptKey: ENCRYPT_KEY }));
  if (!fake.chats.size) {
    fake.addChat('oc_presale', '售前咨询组', [dan]);
    fake.addChat('oc_aftersale', '售后服务组', [carol, dan]);
    fake.addChat('oc_senior', '高级客服组', [erin]);
    fake.addChat('oc_elsewhere', '别的群', [mallory]);
  }
  const logs: string[] = [];
  const log = createLogger({
    level: 'debug',
    pretty: false,
    destination: new Writable({
      write(chunk: Buffer, _enc, done) {
        logs.push(chunk.toString());
        done();
      },
    }),
  });
  const connector = new FeishuConnector(
    {
      // A distinct app per rig (the SDK caches tokens per app id); WSClient wants cli_ + 16 hex digits.
      appId: `cli_${randomBytes(8).toString('hex')}`,
      appSecret: 'secret',
      domain: fake.url,
      mode: 'webhook',
      verificationToken: VERIFICATION_TOKEN,
      encryptKey: ENCRYPT_KEY,
      webhookPort: 0,
      webhookHost: '127.0.0.1',
      groups: 'presale=oc_presale,aftersale=oc_aftersale,senior=oc_senior',
      ...options.settings,
    },
    log,
  );
  const runtime = createRuntime({
    log,
    store: options.store ?? memoryStore(),
    knowledge: options.knowledge ?? feishuKb(),
    desk: connector.desk,
    engineFactory: (kb) => keywordEngine(kb),
    now: options.now,
  });
  const wechat = new FakeSender('wechat');
  runtime.deps.outbox.register(wechat);
  const feishu = connector.attach(runtime);
  const { port } = options.start === false ? { port: 0 } : await feishu.start();
  const webhook = `http://127.0.0.1:${port}/feishu/events`;
  let n = 0;
  return {
    fake,
    runtime,
    feishu,
    wechat,
    logs,
    webhook,
    customer: (text, fields = {}) =>
      runtime.bot.receive({ id: `wx${++n}-${Date.now()}`, channel: 'wechat', address: 'wechat:wxid_cust', userId: 'wxid_cust', userName: '王小明', kind: 'text', text, at: Date.now(), ...fields }),
    async push(envelope, pushOptions) {
      const result = await fake.push(webhook, envelope, pushOptions);
      await feishu.receiver.idle();
      return result;
    },
    async close() {
      await feishu.stop();
      await runtime.close();
      if (!options.fake) await fake.close();
    },
  };
}
