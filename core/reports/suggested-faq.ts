// Suggested FAQ entries as a YAML file admins review: each group of questions the bot could not answer
// well becomes an entry in the knowledge's own format ({id, questions, answer}), its answer taken from
// what agents said. Groups nobody answered are listed as comments, so the file always passes
// `xiaoer kb check` and nothing half-written goes live by mistake.
import { Document, YAMLSeq, type Node } from 'yaml';
import { redact } from '../privacy/mask.js';
import type { QuestionCluster } from './question-clusters.js';

export interface SuggestedFaqOptions {
  /** The week covered, for the header and the ids. */
  from: string;
  to: string;
  /** At most this many entries (the most asked). */
  limit?: number;
  /** Questions an entry lists at most. */
  questionsPerEntry?: number;
}

export interface SuggestedFaq {
  yaml: string;
  entries: number;
  unanswered: number;
}

/** Personal data (a phone, an order number, an address) has no place in the knowledge. */
const personal = (text: string) => redact(text) !== text;

export function suggestedFaqYaml(clusters: QuestionCluster[], options: SuggestedFaqOptions): SuggestedFaq {
  const limit = options.limit ?? 30;
  const perEntry = options.questionsPerEntry ?? 8;
  const usable = clusters
    .map((c) => ({ ...c, questions: c.questions.filter((q) => !personal(q.text)), answers: c.answers.filter((a) => !personal(a.text)) }))
    .filter((c) => c.questions.length);
  const answered = usable.filter((c) => c.answers.length).slice(0, limit);
  const open = usable.filter((c) => !c.answers.length).slice(0, limit);

  const doc = new Document(new YAMLSeq());
  doc.commentBefore = [
    ` 建议新增的 FAQ 条目 · ${options.from} 至 ${options.to}`,
    ' 由 knowledge-gaps 根据这一周机器人没答上（或把握不大）的问题，以及客服对这些问题的回答生成。',
    ' 请审核：改写答案、删掉不合适的问法，合并到 knowledge/faq/ 下合适的文件（或并入已有条目的 questions），',
    ' 再运行 `xiaoer kb check`。',
  ].join('\n');
  const seq = doc.contents as YAMLSeq;
  answered.forEach((c, i) => {
    const entry = doc.createNode({
      id: `suggested-${options.to}-${i + 1}`,
      questions: c.questions.slice(0, perEntry).map((q) => q.text),
      answer: c.answers[0]!.text,
    }) as Node;
    const how = [`未答上 ${c.unanswered} 次`, c.lowConfidence ? `低置信回答 ${c.lowConfidence} 次${c.entries.length ? `（${c.entries.join(', ')}）` : ''}` : ''].filter(Boolean).join('，');
    const others = c.answers.slice(1, 3).map((a) => `   其他客服回答：${a.text.replace(/\s+/gu, ' ').slice(0, 80)}`);
    entry.commentBefore = [` 本周被问 ${c.count} 次（${how}）；客服回答过 ${c.answers.reduce((n, a) => n + a.count, 0)} 次`, ...others].join('\n');
    seq.items.push(entry);
  });
  if (open.length) {
    doc.comment = [' 没有客服回答过的问题（补上答案后再加入知识库）：', ...open.map((c) => `   - ${c.questions[0]!.text}（${c.count} 次${c.questions.length > 1 ? `；也问：${c.questions.slice(1, 3).map((q) => q.text).join(' / ')}` : ''}）`)].join('\n');
  }
  return { yaml: doc.toString({ lineWidth: 0 }), entries: answered.length, unanswered: open.length };
}
