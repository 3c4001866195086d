// Which Feishu chat serves which routing group: FEISHU_GROUPS (presale=oc_x,aftersale=oc_y) first, then
// routing.yaml's `feishu_chat_id`; a group with neither falls back to the default group's chat, then to
// any configured chat, so a ticket is never silently dropped for want of a chat id.
import type { Routing } from '../../core/routing/routing-rules.js';

export class FeishuGroupsError extends Error {
  override name = 'FeishuGroupsError';
}

/** Parses FEISHU_GROUPS: `group=chat_id` pairs, comma separated. */
export function parseGroupsEnv(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (value ?? '').split(',')) {
    const pair = part.trim();
    if (!pair) continue;
    const [group, chat, ...extra] = pair.split('=').map((s) => s.trim());
    if (!group || !chat || extra.length) throw new FeishuGroupsError(`FEISHU_GROUPS: "${pair}" should look like presale=oc_xxx`);
    out[group] = chat;
  }
  return out;
}

export class FeishuGroups {
  constructor(
    private readonly env: Record<string, string>,
    private readonly routing: () => Routing,
    /** A new chat per ticket for every group (overrides routing.yaml's per-group setting). */
    private readonly ticketChatsForAll = false,
  ) {}

  private chatOfGroup(id: string): string | undefined {
    return this.env[id] ?? this.routing().groups.find((g) => g.id === id)?.feishu_chat_id;
  }

  /** The agents' chat for a routing group. */
  chatFor(group: string): string | undefined {
    const routing = this.routing();
    return this.chatOfGroup(group) ?? this.chatOfGroup(routing.default_group) ?? this.agentChats()[0];
  }

  /** Every agents' chat we know (the roster for membership checks). */
  agentChats(): string[] {
    const chats = new Set<string>(Object.values(this.env));
    for (const g of this.routing().groups) if (g.feishu_chat_id && !this.env[g.id]) chats.add(g.feishu_chat_id);
    return [...chats];
  }

  isAgentChat(chatId: string): boolean {
    return this.agentChats().includes(chatId);
  }

  groupName(id: string): string {
    return this.routing().groups.find((g) => g.id === id)?.name ?? id;
  }

  ticketChats(group: string): boolean {
    return this.ticketChatsForAll || Boolean(this.routing().groups.find((g) => g.id === group)?.feishu_ticket_chat);
  }

  onDuty(group: string): string[] | undefined {
    return this.routing().groups.find((g) => g.id === group)?.feishu_on_duty;
  }
}
