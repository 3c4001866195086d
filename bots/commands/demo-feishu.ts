// The demo's Feishu part: the agents' desk on a local fake Feishu Open API. A WeChat customer complains,
// the ticket card reaches the after-sale group, an agent claims it and replies in the card's thread, the
// reply reaches the customer on WeChat, the agent closes the ticket and the customer rates the service.
// Events reach the desk the way Feishu sends them: signed, encrypted, over the webhook.
import { cardToText } from '../../adapters/feishu/card.js';
import { FakeFeishu, type FakeMessage, type FakeUser } from '../../adapters/feishu/fake-feishu-api.js';
import { FeishuConnector, type FeishuHandle } from '../../adapters/feishu/feishu.js';
import type { Ticket } from '../../core/handoff/ticket.js';
import type { Logger } from '../../core/log.js';
import type { RuntimeOptions } from '../../core/runtime.js';
import type { DemoChannel, DemoContext, DemoStep } from './demo.js';

export const feishuScript: DemoStep[] = [
  { channel: 'wechat', text: '收到的茶叶罐子都压扁了，我要投诉！' },
  { channel: 'feishu', from: 'agent', text: '认领', press: true },
  { channel: 'feishu', from: 'agent', text: '您好，我是售后小美，给您添麻烦了！破损的不用寄回，我今天就给您顺丰补发一罐。' },
  { channel: 'wechat', text: '好的，谢谢，尽快哈' },
  { channel: 'feishu', from: 'agent', text: '/close 已安排顺丰补发' },
  { channel: 'wechat', text: '5' },
];

const TOKEN = 'demo-verification-token';
const KEY = 'demo-encrypt-key';

export class FeishuDemo implements DemoChannel {
  readonly name = 'feishu';
  private fake?: FakeFeishu;
  private connector?: FeishuConnector;
  private handle?: FeishuHandle;
  private webhook = '';
  private ctx?: DemoContext;
  readonly agent: FakeUser = { openId: 'ou_demo_xiaomei', name: '售后小美' };

  /** The fake Feishu must exist before the runtime: the runtime's desk talks to it. */
  async runtimeOptions(log: Logger): Promise<Partial<RuntimeOptions>> {
    const fake = (this.fake = await FakeFeishu.start({ verificationToken: TOKEN, encryptKey: KEY }));
    fake.addChat('oc_demo_presale', '售前咨询组', [{ openId: 'ou_demo_xiaoli', name: '售前小李' }]);
    fake.addChat('oc_demo_aftersale', '售后服务组', [this.agent]);
    fake.addChat('oc_demo_senior', '高级客服组', [{ openId: 'ou_demo_boss', name: '客服主管' }]);
    this.connector = new FeishuConnector(
      {
        appId: 'cli_0123456789abcdef',
        appSecret: 'demo-secret',
        domain: fake.url,
        mode: 'webhook',
        verificationToken: TOKEN,
        encryptKey: KEY,
        webhookPort: 0,
        webhookHost: '127.0.0.1',
        groups: 'presale=oc_demo_presale,aftersale=oc_demo_aftersale,senior=oc_demo_senior',
        instance: 'demo',
      },
      log,
    );
    return { desk: this.connector.desk };
  }

  async start(ctx: DemoContext): Promise<void> {
    this.ctx = ctx;
    this.handle = this.connector!.attach(ctx.runtime);
    const { port } = await this.handle.start();
    this.webhook = `http://127.0.0.1:${port}${this.handle.receiver.path}`;
    const onSent = ctx.delivered(this.name);
    this.fake!.onMessage = (message, change) => {
      const text = describe(message, change);
      if (text) onSent({ address: `feishu:${message.chat_id}`, text, from: 'bot' }, [text]);
    };
  }

  async perform(step: DemoStep): Promise<void> {
    const fake = this.fake!;
    const card = fake.cards().at(-1);
    if (!card) throw new Error('feishu: no ticket card in the agents group to act on');
    let envelope: unknown;
    if (step.press) {
      const buttons = ((fake.currentCard(card.message_id)?.elements ?? []) as { tag?: string; actions?: { text?: { content?: string }; value?: unknown }[] }[]).flatMap((e) => e.actions ?? []);
      const button = buttons.find((b) => b.text?.content === step.text);
      if (!button) throw new Error(`feishu: no button "${step.text}" on the card`);
      envelope = fake.cardActionEvent({ operator: this.agent.openId, messageId: card.message_id, chatId: card.chat_id, value: button.value });
    } else {
      envelope = fake.messageEvent({ chatId: card.chat_id, sender: this.agent.openId, rootId: card.message_id, text: step.text });
    }
    const { status } = await fake.push(this.webhook, envelope);
    if (status !== 200) throw new Error(`feishu: the webhook answered ${status}`);
    await this.handle!.receiver.idle();
    await this.quiet();
  }

  /** Waits until the desk has stopped talking to Feishu (its sends run in the background). */
  private async quiet(): Promise<void> {
    const fake = this.fake!;
    const until = Date.now() + 3000;
    let seen = -1;
    while (seen !== fake.requests.length && Date.now() < until) {
      seen = fake.requests.length;
      await new Promise((r) => setTimeout(r, 40));
    }
  }

  check(): string[] {
    const problems: string[] = [];
    if (!this.fake?.cards().length) problems.push('feishu: no ticket card reached the agents group');
    return problems;
  }

  /** The last ticket, for checks by tests. */
  async lastTicket(): Promise<Ticket | undefined> {
    const card = this.fake?.cards().at(-1);
    if (!card || !this.ctx) return undefined;
    return this.ctx.runtime.deps.handoff.findByDesk(`feishu:${card.chat_id}:${card.message_id}`);
  }

  async stop(): Promise<void> {
    if (this.fake) await this.quiet();
    await this.handle?.stop();
    await this.fake?.close();
  }
}

function describe(message: FakeMessage, change: 'sent' | 'patched'): string | undefined {
  if (message.msg_type === 'interactive') {
    const card = message.updates.at(-1) ?? message.content;
    if (change === 'sent') return `【工单卡片 → ${message.chat_id}】\n${cardToText(card)}`;
    const fields = JSON.stringify(card).match(/状态：([^"]*)/u);
    return fields ? `【卡片更新】状态：${fields[1]}` : '【卡片更新】';
  }
  const text = String(message.content.text ?? '');
  return text ? text.replace(/<at user_id="[^"]*">([^<]*)<\/at>/gu, '@$1') : undefined;
}

