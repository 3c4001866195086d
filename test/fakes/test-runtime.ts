// A runtime over a memory store, the keyword engine, a fake sender and a recording desk.
import type { Desk, HandoffCard } from '../../core/handoff/desk.js';
import type { Ticket } from '../../core/handoff/ticket.js';
import { emptyKnowledgeBase, type KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { silentLogger } from '../../core/log.js';
import { createRuntime, type RuntimeOptions } from '../../core/runtime.js';
import { memoryStore } from '../../core/store/open-store.js';
import type { Inbound } from '../../core/types.js';
import { FakeSender } from './fake-sender.js';
import { keywordEngine } from './keyword-engine.js';

export class RecordingDesk implements Desk {
  readonly name = 'recording';
  readonly cards: HandoffCard[] = [];
  readonly mirrored: string[] = [];
  readonly events: string[] = [];
  async open(card: HandoffCard) {
    this.cards.push(card);
    return `desk:${card.ticket.id}`;
  }
  async mirror(_ticket: Ticket, text: string) {
    this.mirrored.push(text);
  }
  async update(_ticket: Ticket, event: string) {
    this.events.push(event);
  }
}

export const sampleKb = (): KnowledgeBase => ({
  ...emptyKnowledgeBase('test'),
  shop: { name: '测试店', timezone: 'Asia/Shanghai', greeting: '您好！', fallback: '没听懂', handoff: '人工马上来' },
  faq: [
    { id: 'shipping', questions: ['什么时候发货'], answer: '48小时内发货', answers: { wechat: '48小时内发货哦😊' } },
    { id: 'returns', questions: ['怎么退货'], answer: '7天无理由退货', suggest: ['运费谁出'] },
    { id: 'cancel-paid', questions: ['取消已付款订单'], answer: '已付款订单取消需要人工处理', escalate: true },
  ],
});

export function testRuntime(overrides: Partial<RuntimeOptions> & { engine?: Parameters<typeof keywordEngine>[1] } = {}) {
  const sender = new FakeSender('test');
  const desk = new RecordingDesk();
  const runtime = createRuntime({
    log: silentLogger,
    store: memoryStore(),
    knowledge: sampleKb(),
    desk,
    engineFactory: (kb) => keywordEngine(kb, overrides.engine),
    ...overrides,
  });
  runtime.deps.outbox.register(sender);
  let n = 0;
  const message = (text: string, fields: Partial<Inbound> = {}): Inbound => ({
    id: `m${++n}`,
    channel: 'test',
    address: 'test:alice',
    userId: 'alice',
    userName: 'Alice',
    kind: 'text',
    text,
    at: Date.now(),
    ...fields,
  });
  return { runtime, bot: runtime.bot, deps: runtime.deps, sender, desk, message };
}
