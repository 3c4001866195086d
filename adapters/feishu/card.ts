// The ticket card agents see in their Feishu group (message card JSON 1.0, shared and updatable): who the
// customer is (masked), the channel, the profile, the reason, the last turns, the playbook's steps,
// suggested replies, and buttons to claim and close. Everything a customer wrote goes in plain_text
// elements, never markdown: their words cannot format, link or @-mention anyone.
import { redact } from '../../core/privacy/mask.js';
import { channelLabel } from '../../core/handoff/profile.js';
import { priorityLabel, reasonLabel, type Ticket, type TranscriptLine } from '../../core/handoff/ticket.js';

export interface CardOptions {
  /** Display name of the ticket's group. */
  groupName?: string;
  /** Mask personal data (phones, e-mails, addresses, order numbers) in what the card quotes. Default true. */
  mask?: boolean;
  /** Transcript lines shown (the last ones). Default 8. */
  lines?: number;
}

/** The value a card button sends back: which action, on which ticket. */
export interface CardButtonValue {
  xiaoer: 'claim' | 'close';
  ticket: string;
}

const COLORS: Record<Ticket['priority'], string> = { urgent: 'red', high: 'orange', normal: 'blue', low: 'grey' };
const ROLES: Record<TranscriptLine['role'], string> = { customer: '客户', bot: '店小二', agent: '客服', note: '备注' };
const MAX_LINE = 200;

/** 张三丰 → 张**, Alice → A****: enough for agents to tell customers apart, not to identify them. */
export function maskName(name: string | undefined): string {
  if (!name) return '匿名客户';
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 4));
}

const plain = (content: string) => ({ tag: 'plain_text', content });
const md = (content: string) => ({ tag: 'lark_md', content });
const cut = (s: string) => (s.length > MAX_LINE ? `${s.slice(0, MAX_LINE)}…` : s);

export function statusLine(ticket: Ticket): string {
  if (ticket.status === 'closed') {
    const end = ticket.endReason === 'handed_back' ? '已交还机器人' : ticket.endReason === 'timeout' ? '超时结束' : '已结束';
    return `${end}${ticket.assignee ? `（${ticket.assignee.name ?? ticket.assignee.id}）` : ''}${ticket.rating ? ` · 评分 ${ticket.rating}/5` : ''}`;
  }
  if (ticket.status === 'assigned') return `由 ${ticket.assignee?.name ?? ticket.assignee?.id ?? '?'} 接待中`;
  return '等待认领';
}

export function ticketCard(ticket: Ticket, options: CardOptions = {}): Record<string, unknown> {
  const mask = options.mask ?? true;
  const show = (s: string) => cut(mask ? redact(s) : s);
  const closed = ticket.status === 'closed';
  const elements: unknown[] = [];

  elements.push({
    tag: 'div',
    fields: [
      { is_short: true, text: plain(`客户：${maskName(ticket.customerName)}`) },
      { is_short: true, text: plain(`渠道：${channelLabel(ticket.channel)}`) },
      { is_short: true, text: plain(`分组：${options.groupName ?? ticket.group}`) },
      { is_short: true, text: plain(`优先级：${priorityLabel[ticket.priority]}`) },
      { is_short: true, text: plain(`原因：${reasonLabel(ticket.reason)}`) },
      { is_short: true, text: plain(`状态：${statusLine(ticket)}`) },
    ],
  });
  if (ticket.opensAt && !closed) {
    elements.push({ tag: 'note', elements: [plain(`🌙 非工作时间创建，客户已被告知 ${ticket.opensLabel ?? '上班后'}处理`)] });
  }
  const profile = Object.entries(ticket.profile ?? {}).filter(([key]) => key !== '渠道');
  if (profile.length) {
    elements.push({ tag: 'div', text: md('**客户画像**') });
    elements.push({ tag: 'div', text: plain(profile.map(([k, v]) => `${k}：${show(v)}`).join('\n')) });
  }
  const lines = ticket.transcript.filter((l) => l.role !== 'note').slice(-(options.lines ?? 8));
  if (lines.length) {
    elements.push({ tag: 'hr' });
    elements.push({ tag: 'div', text: md('**最近对话**') });
    elements.push({ tag: 'div', text: plain(lines.map((l) => `${ROLES[l.role]}：${show(l.text)}`).join('\n')) });
  }
  if (!closed && ticket.steps?.length) {
    elements.push({ tag: 'div', text: md('**处理步骤**') });
    elements.push({ tag: 'div', text: plain(ticket.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')) });
  }
  if (!closed && ticket.suggestions?.length) {
    elements.push({ tag: 'div', text: md('**建议回复**') });
    elements.push({ tag: 'div', text: plain(ticket.suggestions.slice(0, 3).map((s, i) => `${i + 1}. ${cut(s)}`).join('\n')) });
  }
  if (!closed) {
    const actions: unknown[] = [];
    if (ticket.status === 'waiting') {
      actions.push({ tag: 'button', text: plain('认领'), type: 'primary', value: { xiaoer: 'claim', ticket: ticket.id } satisfies CardButtonValue });
    }
    actions.push({
      tag: 'button',
      text: plain('结束工单'),
      type: 'danger',
      value: { xiaoer: 'close', ticket: ticket.id } satisfies CardButtonValue,
      confirm: { title: plain('结束工单？'), text: plain('客户将收到结束提示和评分邀请。') },
    });
    elements.push({ tag: 'action', actions });
    elements.push({ tag: 'note', elements: [plain('在本卡片的话题里回复即发给客户。/claim 认领 · /close [原因] 结束 · /transfer 组 转组 · /note 内部备注 · /suggest 建议回复 · /bot 交还机器人')] });
  }

  const template = closed ? 'grey' : ticket.status === 'assigned' ? 'green' : COLORS[ticket.priority];
  return {
    config: { wide_screen_mode: true, update_multi: true },
    header: { template, title: plain(`${closed ? '✅' : ticket.priority === 'urgent' ? '🚨' : '🙋'} ${reasonLabel(ticket.reason)} · 工单 #${ticket.id}`) },
    elements,
  };
}

/** What an old card shows once the ticket moved to another group. */
export function transferredCard(ticket: Ticket, toGroupName: string): Record<string, unknown> {
  return {
    config: { wide_screen_mode: true, update_multi: true },
    header: { template: 'grey', title: plain(`↪️ ${reasonLabel(ticket.reason)} · 工单 #${ticket.id}`) },
    elements: [{ tag: 'div', text: plain(`已转给 ${toGroupName}，请在新卡片上处理。客户：${maskName(ticket.customerName)}`) }],
  };
}

/** A short text version of the card (logs, the outbox's text field, clients that cannot show cards). */
export function cardSummary(ticket: Ticket): string {
  return `工单 #${ticket.id}（${reasonLabel(ticket.reason)}，${priorityLabel[ticket.priority]}）${maskName(ticket.customerName)} · ${channelLabel(ticket.channel)} · ${statusLine(ticket)}`;
}

/** A card as lines of text, the way a person reads it (the demo, logs): title, fields, texts, [buttons]. */
export function cardToText(card: unknown): string {
  const c = (card ?? {}) as { header?: { title?: { content?: string } }; elements?: Record<string, unknown>[] };
  const lines: string[] = [];
  if (c.header?.title?.content) lines.push(c.header.title.content);
  const textOf = (t: unknown) => String((t as { content?: string } | undefined)?.content ?? '').replace(/\*\*/gu, '');
  for (const e of c.elements ?? []) {
    if (Array.isArray(e.fields)) lines.push((e.fields as { text?: unknown }[]).map((f) => textOf(f.text)).join(' · '));
    else if (e.text) lines.push(textOf(e.text));
    else if (e.tag === 'note' && Array.isArray(e.elements)) lines.push((e.elements as unknown[]).map(textOf).join(' '));
    else if (e.tag === 'action' && Array.isArray(e.actions)) lines.push((e.actions as { text?: unknown }[]).map((a) => `[${textOf(a.text)}]`).join(' '));
  }
  return lines.filter(Boolean).join('\n');
}
