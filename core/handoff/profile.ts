// What the card tells agents about the customer. The shop's connectors (orders, VIP level) implement
// ProfileProvider later; the default says what the store knows: channel, first and last contact,
// earlier tickets.
import { profileKey, type CustomerProfile } from '../customers/customer-profile.js';
import { dateFormat } from '../date-format.js';
import type { ConversationState } from '../dialogue/conversation.js';
import type { Store } from '../store/store.js';
import { customerTicketsKey, reasonLabel, ticketKey, type Ticket } from './ticket.js';

export interface ProfileProvider {
  /** Label → value lines for the card ("VIP 等级" → "V3"). Called when a ticket opens; keep it fast. */
  profile(conversation: ConversationState): Promise<Record<string, string>>;
}

const CHANNELS: Record<string, string> = { wechat: '微信', telegram: 'Telegram', console: '控制台', feishu: '飞书' };

export function channelLabel(channel: string): string {
  return CHANNELS[channel] ?? channel;
}

export class StoreProfileProvider implements ProfileProvider {
  constructor(
    private readonly store: Store,
    private readonly timeZone: () => string = () => 'Asia/Shanghai',
  ) {}

  async profile(conversation: ConversationState): Promise<Record<string, string>> {
    const [customer, ticketIds] = await Promise.all([
      this.store.get<CustomerProfile>(profileKey(conversation.channel, conversation.userId)),
      this.store.get<string[]>(customerTicketsKey(conversation.customerId)),
    ]);
    const lines: Record<string, string> = { 渠道: channelLabel(conversation.channel) };
    const when = (ms: number) =>
      dateFormat('zh-CN', { timeZone: this.timeZone(), month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms));
    if (customer) {
      lines['首次咨询'] = when(customer.firstSeen);
      lines['消息数'] = String(customer.messages);
    }
    const earlier = (ticketIds ?? []).filter((id) => id !== conversation.ticketId);
    if (earlier.length) {
      const recent = await this.store.getMany<Ticket>(earlier.slice(-3).map(ticketKey));
      const described = recent.flatMap((t) => (t ? [`#${t.id} ${reasonLabel(t.reason)}${t.rating ? ` ${t.rating}分` : ''}`] : []));
      lines['历史工单'] = `${earlier.length} 个${described.length ? `（最近：${described.reverse().join('；')}）` : ''}`;
    } else {
      lines['历史工单'] = '无';
    }
    return lines;
  }
}
