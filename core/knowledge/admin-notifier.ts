// Who hears about knowledge the bots refused to load. A shop admin who pushes a broken edit must learn
// it from the admin group, not from customers getting yesterday's answers. The Feishu admin group plugs
// in here; without one, the log is the only place it is said.
import type { Logger } from '../log.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { formatProblem, type KnowledgeProblem } from './knowledge-error.js';

export interface KnowledgeRejected {
  /** The knowledge folder. */
  dir: string;
  /** The errors, each with file and line. */
  problems: KnowledgeProblem[];
  /** When the knowledge the bots keep answering from was loaded. */
  keptSince: Date;
}

export interface KnowledgeRestored {
  dir: string;
  kb: KnowledgeBase;
}

export interface AdminNotifier {
  /** A change was rejected; the bots go on answering from the last good knowledge. */
  knowledgeRejected(event: KnowledgeRejected): void | Promise<void>;
  /** The knowledge loads again after a rejection. */
  knowledgeRestored(event: KnowledgeRestored): void | Promise<void>;
}

/** At most this many problems in one admin message; the rest is one `kb check` away. */
const SHOWN = 10;

/** The admin-group message for a rejected change, in Chinese and English. */
export function rejectionMessage(event: KnowledgeRejected): string {
  const lines = event.problems.slice(0, SHOWN).map((p) => `• ${formatProblem(p)}`);
  if (event.problems.length > SHOWN) lines.push(`… +${event.problems.length - SHOWN}`);
  return [
    `⚠️ 知识库修改有错误，未生效；机器人继续使用 ${event.keptSince.toISOString()} 加载的版本。请修正后保存（运行 xiaoer kb check 查看全部问题）：`,
    `Knowledge change rejected; the bots keep the version loaded at ${event.keptSince.toISOString()}. Fix and save again:`,
    ...lines,
  ].join('\n');
}

export function restoredMessage(event: KnowledgeRestored): string {
  const kb = event.kb;
  return `✅ 知识库已恢复并生效 / Knowledge loaded again: ${kb.faq.length} FAQ, ${kb.products.length} products, ${kb.promotions.length} promotions, ${kb.playbooks.length} playbooks.`;
}

/** The default: the log says it (the watcher already logged each problem with file and line). */
export function logNotifier(log: Logger): AdminNotifier {
  return {
    knowledgeRejected: (event) => log.warn({ dir: event.dir, errors: event.problems.length }, 'knowledge change rejected: no admin group configured to tell'),
    knowledgeRestored: (event) => log.info({ dir: event.dir }, 'knowledge loads again'),
  };
}
