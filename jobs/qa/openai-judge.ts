// QA scoring by an OpenAI-compatible model: the transcript, with personal data replaced by placeholders,
// against a short rubric; the answer is JSON {score, reasons}. A failure or a malformed answer is no
// verdict (the rules still score the conversation), never a failed job.
import OpenAI from 'openai';
import type { Logger } from '../../core/log.js';
import { pseudonymize, type Pseudonymized } from '../../core/privacy/mask.js';
import type { QaConversation } from '../../core/reports/qa-conversation.js';
import type { QaJudge, QaVerdict } from './qa-judge.js';

export interface OpenAiJudgeOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  log: Logger;
}

const RUBRIC = `你是电商客服质检员。根据对话记录给客服（机器人或人工，见 kind）的服务打分（0–100），并列出扣分原因。
检查：是否答非所问或没解决问题；语气是否冷淡、不耐烦或粗鲁；是否做出政策外的承诺（赔偿金额、保证时效）；是否推诿；是否泄露或索要不必要的个人信息。
只回答 JSON：{"score": 数字, "reasons": ["简短原因", ...]}，没有问题时 reasons 为空数组。`;

const ROLE = { customer: '客户', bot: '机器人', agent: '客服' } as const;

export class OpenAiJudge implements QaJudge {
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiJudgeOptions) {
    // A QA batch can wait a little, but not forever: two retries, the configured timeout.
    this.client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, timeout: options.timeoutMs, maxRetries: 2 });
  }

  async judge(conversation: QaConversation): Promise<QaVerdict | null> {
    let masked: Pseudonymized | undefined;
    const lines = conversation.lines.map((l) => {
      masked = pseudonymize(l.text, masked);
      return `${ROLE[l.role]}：${masked.text}`;
    });
    try {
      const completion = await this.client.chat.completions.create({
        model: this.options.model,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: RUBRIC },
          { role: 'user', content: `kind: ${conversation.kind === 'bot' ? '机器人' : '人工客服'}\n${lines.join('\n')}` },
        ],
      });
      const tokens = completion.usage?.total_tokens ?? 0;
      const parsed = JSON.parse(completion.choices[0]?.message.content ?? '') as { score?: unknown; reasons?: unknown };
      const score = Number(parsed.score);
      if (!Number.isFinite(score)) return null;
      const reasons = Array.isArray(parsed.reasons) ? parsed.reasons.map(String).slice(0, 5) : [];
      // Placeholders stay in the reasons: they are posted to a group, where personal data has no place.
      return { score: Math.max(0, Math.min(100, score)), reasons, tokens };
    } catch (error) {
      this.options.log.warn({ err: error, conversation: conversation.id }, 'qa: the LLM could not judge a conversation');
      return null;
    }
  }
}
