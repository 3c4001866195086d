// Where reports and QA findings go: a Feishu group, a Telegram chat. A job builds one message and every
// target renders the part it understands (a card with an uploaded image; a photo with a caption).

export interface ReportMessage {
  /** For logs. */
  title: string;
  /** A PNG shown first (the daily chart), if any. */
  image?: Uint8Array;
  /** The Feishu interactive card, given the uploaded image's key. */
  feishuCard(imageKey?: string): Record<string, unknown>;
  /** Telegram (HTML): the caption under the image, or the first message when there is none, then the rest. */
  telegram: { caption: string; messages: string[] };
}

export interface ReportTarget {
  /** Stable and unique, e.g. "feishu:oc_123": it names the target's delivery marker. */
  readonly name: string;
  send(message: ReportMessage): Promise<void>;
}
