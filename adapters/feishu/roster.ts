// Who may act on tickets: the members of the agents' Feishu chats. Member lists are fetched with
// im.chatMembers.get and cached for a minute; someone not found triggers one early refresh (at most every
// 10 s per chat), so an agent just added to the group is recognised without waiting.
import type { Logger } from '../../core/log.js';
import type { ChatMember, FeishuApi } from './feishu-api.js';
import type { FeishuGroups } from './groups.js';

interface Cached {
  at: number;
  members: Map<string, string | undefined>;
}

export class AgentRoster {
  private readonly cache = new Map<string, Cached>();
  private readonly loading = new Map<string, Promise<Cached>>();

  constructor(
    private readonly api: Pick<FeishuApi, 'chatMembers'>,
    private readonly groups: FeishuGroups,
    private readonly log: Logger,
    private readonly ttlMs = 60_000,
    private readonly missRefreshMs = 10_000,
  ) {}

  private load(chatId: string): Promise<Cached> {
    let running = this.loading.get(chatId);
    if (!running) {
      running = this.api
        .chatMembers(chatId)
        .then((list: ChatMember[]) => {
          const entry = { at: Date.now(), members: new Map(list.map((m) => [m.openId, m.name])) };
          this.cache.set(chatId, entry);
          return entry;
        })
        .finally(() => this.loading.delete(chatId));
      this.loading.set(chatId, running);
    }
    return running;
  }

  private async members(chatId: string, refreshOlderThan: number): Promise<Cached | undefined> {
    const cached = this.cache.get(chatId);
    if (cached && Date.now() - cached.at < refreshOlderThan) return cached;
    try {
      return await this.load(chatId);
    } catch (error) {
      this.log.warn({ err: error, chat: chatId }, 'feishu: could not list the members of an agents group');
      return cached; // a stale list beats refusing everyone while Feishu hiccups
    }
  }

  /** The agent's name when they are a member of one of the agents' chats; undefined when not. */
  async check(openId: string): Promise<{ name?: string } | undefined> {
    const chats = this.groups.agentChats();
    for (const pass of [this.ttlMs, this.missRefreshMs]) {
      for (const chat of chats) {
        const entry = await this.members(chat, pass);
        if (entry?.members.has(openId)) return { name: entry.members.get(openId) };
      }
    }
    return undefined;
  }

  /** A name already known from a member list (no request). */
  nameOf(openId: string): string | undefined {
    for (const entry of this.cache.values()) if (entry.members.has(openId)) return entry.members.get(openId);
    return undefined;
  }

  /** Members of a group's chat (for a per-ticket chat's on-duty agents). */
  async membersOf(chatId: string): Promise<string[]> {
    const entry = await this.members(chatId, this.ttlMs);
    return [...(entry?.members.keys() ?? [])];
  }
}
