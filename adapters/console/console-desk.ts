// The agents' side in the terminal, until (or instead of) Feishu: tickets and the customer's words while
// a person has the conversation are printed; slash commands play the agent.
import type { Desk, HandoffCard } from '../../core/handoff/desk.js';
import type { Ticket } from '../../core/handoff/ticket.js';

export class ConsoleDesk implements Desk {
  readonly name = 'console';
  constructor(private readonly print: (line: string) => void) {}

  async open(card: HandoffCard): Promise<string> {
    const t = card.ticket;
    const lines = [
      `【客服台】新工单 #${t.id}（${t.group}，优先级 ${t.priority}，原因 ${t.reason}）`,
      ...t.transcript.slice(-6).map((l) => `  ${l.role === 'customer' ? '客户' : l.role === 'agent' ? '客服' : '小二'}：${l.text}`),
      ...(card.steps?.length ? ['  处理步骤：' + card.steps.join('；')] : []),
      ...card.suggestions.slice(0, 3).map((s, i) => `  建议回复${i + 1}：${s}`),
      '  以客服身份：/agent 文字 回复，/claim 接待，/close 结束，/bot 交还机器人，/note 备注',
    ];
    this.print(lines.join('\n'));
    return `console-desk:${t.id}`;
  }

  async mirror(ticket: Ticket, text: string): Promise<void> {
    this.print(`【客服台】#${ticket.id} 客户：${text}`);
  }

  async update(ticket: Ticket, event: string): Promise<void> {
    this.print(`【客服台】#${ticket.id} ${event}${ticket.assignee ? `（${ticket.assignee.name ?? ticket.assignee.id}）` : ''}`);
  }
}
