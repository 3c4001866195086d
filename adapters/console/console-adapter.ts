// A terminal chat, like hubot's Shell adapter: you are the customer; slash commands play the agent.
// Works interactively and with piped input (one message a line; exits when input ends).
import { createInterface } from 'node:readline';
import type { Bot } from '../../core/bot.js';
import { conversationKey } from '../../core/dialogue/conversation.js';
import type { HandoffService } from '../../core/handoff/handoff-service.js';
import type { Sender } from '../../core/outbox.js';
import type { Outbound, QuickReply } from '../../core/types.js';

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  userId?: string;
}

const AGENT = { id: 'console-agent', name: '控制台客服' };

const HELP = `命令：
  直接输入文字         以客户身份提问
  /agent 文字          以客服身份回复当前工单的客户
  /claim /close [原因] /bot /note 文字 /transfer 组   客服操作当前工单
  /user ID             换一个客户身份
  /help  /quit`;

export class ConsoleAdapter implements Sender {
  readonly channel = 'console';
  private readonly output: NodeJS.WritableStream;
  private userId: string;
  private counter = 0;
  private lastQuickReplies: QuickReply[] = [];

  constructor(
    private readonly bot: Bot,
    private readonly handoff: HandoffService,
    private readonly options: ConsoleOptions = {},
  ) {
    this.output = options.output ?? process.stdout;
    this.userId = options.userId ?? 'guest';
  }

  print = (line: string): void => {
    this.output.write(line + '\n');
  };

  private get interactive(): boolean {
    return Boolean((this.options.input ?? process.stdin) === process.stdin && process.stdin.isTTY);
  }

  async send(message: Outbound): Promise<void> {
    const who = message.from === 'agent' ? '客服' : '店小二';
    this.print(`${who}> ${message.text}`);
    this.lastQuickReplies = message.quickReplies ?? [];
    if (this.interactive && this.lastQuickReplies.length) {
      this.print(this.lastQuickReplies.map((q, i) => `  [${i + 1}] ${q.label}`).join('\n'));
    }
  }

  /** Reads lines until input ends; resolves when every turn has been answered. */
  async run(): Promise<void> {
    const rl = createInterface({ input: this.options.input ?? process.stdin, terminal: false });
    if (this.interactive) this.print('店小二已上线，输入问题开始聊天（/help 查看命令，/quit 退出）。');
    // Lines are handled one after another, in order, like a customer typing.
    for await (const raw of rl) {
      const line = raw.trim();
      if (!line) continue;
      if (line === '/quit' || line === '/exit') break;
      await this.handle(line);
    }
    rl.close();
  }

  private async handle(line: string): Promise<void> {
    if (line.startsWith('/')) return this.command(line);
    const picked = /^\d$/u.test(line) && this.interactive ? this.lastQuickReplies[Number(line) - 1] : undefined;
    const text = picked?.text ?? line;
    await this.bot.receive({
      id: `console-${process.pid}-${Date.now()}-${this.counter++}`,
      channel: 'console',
      address: `console:${this.userId}`,
      userId: this.userId,
      userName: this.userId,
      kind: 'text',
      text,
      at: Date.now(),
    });
  }

  private async command(line: string): Promise<void> {
    const [name = '', ...rest] = line.split(/\s+/u);
    const argument = rest.join(' ');
    if (name === '/help') return this.print(HELP);
    if (name === '/user') {
      this.userId = argument || 'guest';
      return this.print(`（现在的客户身份：${this.userId}）`);
    }
    const ticket = await this.currentTicket();
    if (!ticket) return this.print('（当前客户没有进行中的工单）');
    const agentText = name === '/agent' ? argument : line;
    const ack = await this.handoff.agentSaid(ticket, AGENT, agentText);
    if (ack) this.print(`【客服台】${ack}`);
  }

  private async currentTicket(): Promise<string | undefined> {
    const key = conversationKey('console', `console:${this.userId}`, this.userId);
    const conversation = await this.bot.deps.store.get<{ ticketId?: string }>(key);
    return conversation?.ticketId;
  }
}
