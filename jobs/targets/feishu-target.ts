// A Feishu group as a report target: the image is uploaded first (im.image.create, for sending in a
// message), then an interactive card that shows it by its image_key is posted to the chat.
import * as lark from '@larksuiteoapi/node-sdk';
import type { ReportMessage, ReportTarget } from './report-target.js';

export interface FeishuTargetOptions {
  appId: string;
  appSecret: string;
  /** The open platform's base URL (a local fake in tests). */
  domain?: string;
  chatId: string;
}

interface FeishuReply {
  code?: number;
  msg?: string;
}

export function feishuClient(options: Omit<FeishuTargetOptions, 'chatId'>): lark.Client {
  return new lark.Client({ appId: options.appId, appSecret: options.appSecret, domain: options.domain ?? lark.Domain.Feishu, loggerLevel: lark.LoggerLevel.error });
}

export class FeishuTarget implements ReportTarget {
  readonly name: string;

  constructor(
    private readonly client: lark.Client,
    private readonly chatId: string,
  ) {
    this.name = `feishu:${chatId}`;
  }

  async send(message: ReportMessage): Promise<void> {
    let imageKey: string | undefined;
    if (message.image) {
      const uploaded = (await this.client.im.image.create({ data: { image_type: 'message', image: Buffer.from(message.image) } })) as { image_key?: string } | null;
      imageKey = uploaded?.image_key;
      if (!imageKey) throw new Error('feishu: image upload returned no image_key');
    }
    const reply = (await this.client.im.message.create({
      params: { receive_id_type: 'chat_id' },
      data: { receive_id: this.chatId, msg_type: 'interactive', content: JSON.stringify(message.feishuCard(imageKey)) },
    })) as FeishuReply;
    if (reply.code !== 0) throw new Error(`feishu: sending the card failed: ${reply.code} ${reply.msg ?? ''}`);
  }
}
