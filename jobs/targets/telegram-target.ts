// A Telegram chat as a report target: the image as a photo with the caption, then the remaining messages
// as HTML text (Bot API sendPhoto / sendMessage through telegraf's client).
import { Telegram } from 'telegraf';
import type { ReportMessage, ReportTarget } from './report-target.js';

export interface TelegramTargetOptions {
  token: string;
  /** Another Bot API server (a local fake in tests). */
  apiRoot?: string;
  chatId: string;
}

export class TelegramTarget implements ReportTarget {
  readonly name: string;
  private readonly telegram: Telegram;

  constructor(private readonly options: TelegramTargetOptions) {
    this.name = `telegram:${options.chatId}`;
    this.telegram = new Telegram(options.token, options.apiRoot ? { apiRoot: options.apiRoot } : {});
  }

  async send(message: ReportMessage): Promise<void> {
    const { chatId } = this.options;
    const { caption, messages } = message.telegram;
    if (message.image) {
      await this.telegram.sendPhoto(chatId, { source: Buffer.from(message.image), filename: 'chart.png' }, { caption, parse_mode: 'HTML' });
    } else if (caption) {
      await this.telegram.sendMessage(chatId, caption, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    }
    for (const text of messages) {
      if (text) await this.telegram.sendMessage(chatId, text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    }
  }
}
