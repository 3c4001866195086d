// What `xiaoer kb check` finds beyond the schema: mistakes that load fine but make the bot answer
// wrongly. The same question under two entries (only one can win), near-identical questions (the
// customer gets either answer), promotions that ended or collide, references to products, entries,
// groups, signals or channels that do not exist. Pure: knowledge and files in, problems out, each with
// its file and line.
import { shopTime } from '../date-format.js';
import { channelNames, type Promotion } from './schema.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { KnowledgeProblem } from './knowledge-error.js';
import { KnowledgeLocator } from './knowledge-locator.js';
import { kindOf, loadKnowledgeWithProblems, type Kind, type LoadedFile } from './load.js';
import { nearDuplicates } from './near-duplicates.js';
import { questionKey } from './question-key.js';
import { defaultRouting, routingSchema, type Routing } from '../routing/routing-rules.js';
import type { SignalKind } from '../understand/types.js';

export interface LintOptions {
  /** For expired promotions; default: now. */
  now?: Date;
  /** Bigram Jaccard similarity from which two questions of different entries are "nearly the same". */
  nearDuplicate?: number;
  /**
   * Kinds whose files had errors and are therefore missing from `kb`: references to them are not
   * checked (a broken products.yaml would otherwise make every promotion's product "unknown").
   */
  incomplete?: ReadonlySet<Kind>;
}

export const NEAR_DUPLICATE = 0.8;

// The routing rules' signal names; the type below fails to compile when understand/ adds a signal
// this list lacks, so a new signal is never reported as unknown.
const signalKinds = ['human_request', 'complaint', 'anger', 'threat', 'compensation', 'unresolved'] as const;
type MissingSignal = Exclude<SignalKind, (typeof signalKinds)[number]>;
const everySignalListed: MissingSignal extends never ? true : false = true;
void everySignalListed;

/** A question of an FAQ entry or a promotion, with where it is. */
interface Question {
  kind: 'faq' | 'promotions';
  id: string;
  index: number;
  text: string;
  key: string;
  promotion?: Promotion;
}

export function lintKnowledge(kb: KnowledgeBase, files: readonly LoadedFile[], options: LintOptions = {}): KnowledgeProblem[] {
  const now = options.now ?? new Date();
  const incomplete = options.incomplete ?? new Set<Kind>();
  const at = new KnowledgeLocator(files);
  const problems: KnowledgeProblem[] = [];
  const questions = collectQuestions(kb);

  lintQuestions(questions, at, problems, options.nearDuplicate ?? NEAR_DUPLICATE);
  const when = (d: Date) => shopTime(d, kb.shop.timezone);
  lintFaq(kb, questions, at, problems, now, when);
  lintPromotions(kb, at, problems, now, incomplete, when);
  lintProducts(kb, at, problems);
  const routing = routingOf(kb);
  if (!incomplete.has('routing')) lintPlaybooks(kb, routing, at, problems);
  if (routing && !incomplete.has('faq') && !incomplete.has('promotions')) lintRouting(kb, routing, at, problems);
  lintLexicon(kb, at, problems);
  lintForbidden(kb, at, problems);
  return problems;
}

/** Loads a folder and lints it: every problem `kb check` reports, schema errors included. */
export async function checkKnowledge(dir: string, options: Omit<LintOptions, 'incomplete'> = {}) {
  const loaded = await loadKnowledgeWithProblems(dir);
  const incomplete = new Set<Kind>();
  for (const p of loaded.problems) {
    const kind = p.severity === 'error' ? kindOf(p.file) : undefined;
    if (kind) incomplete.add(kind);
  }
  const problems = [...loaded.problems, ...lintKnowledge(loaded.kb, loaded.files, { ...options, incomplete })];
  return { kb: loaded.kb, files: loaded.files, problems: sortProblems(problems) };
}

/** Errors first, then by file and line. */
export function sortProblems(problems: KnowledgeProblem[]): KnowledgeProblem[] {
  const rank = (p: KnowledgeProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

function routingOf(kb: KnowledgeBase): Routing | undefined {
  if (kb.routing === undefined) return defaultRouting;
  const parsed = routingSchema.safeParse(kb.routing);
  return parsed.success ? parsed.data : undefined;
}

function collectQuestions(kb: KnowledgeBase): Question[] {
  const out: Question[] = [];
  for (const e of kb.faq) e.questions.forEach((text, index) => out.push({ kind: 'faq', id: e.id, index, text, key: questionKey(text) }));
  for (const p of kb.promotions) {
    (p.questions ?? []).forEach((text, index) => out.push({ kind: 'promotions', id: p.id, index, text, key: questionKey(text), promotion: p }));
  }
  return out.filter((q) => q.key);
}

function overlaps(a: Promotion, b: Promotion): boolean {
  const sameTime = a.valid_from <= b.valid_to && b.valid_from <= a.valid_to;
  const sameChannel = !a.channels || !b.channels || a.channels.some((c) => b.channels!.includes(c));
  return sameTime && sameChannel;
}

/** Whether two questions of different entries can be asked of the bot at the same time. */
function compete(a: Question, b: Question): boolean {
  if (a.promotion && b.promotion) return overlaps(a.promotion, b.promotion);
  return true;
}

function lintQuestions(questions: Question[], at: KnowledgeLocator, problems: KnowledgeProblem[], threshold: number): void {
  const where = (q: Question) => KnowledgeLocator.describe(at.entry(q.kind, q.id, ['questions', q.index]));
  const first = new Map<string, Question>();
  const sameKey = new Set<string>();
  for (const q of questions) {
    const seen = first.get(q.key);
    if (!seen) {
      first.set(q.key, q);
      continue;
    }
    if (seen.kind === q.kind && seen.id === q.id) {
      problems.push(at.problem('warning', q.kind, q.id, ['questions', q.index], `question "${q.text}" is listed twice in this entry`));
      continue;
    }
    if (!compete(seen, q)) continue;
    sameKey.add(q.key);
    // Between an FAQ entry and a promotion it can be deliberate (the promotion answers while it runs).
    const severity = seen.kind === q.kind ? 'error' : 'warning';
    const what = seen.kind === q.kind ? 'only one of them can answer it' : 'while the promotion runs the two compete for it';
    problems.push(at.problem(severity, q.kind, q.id, ['questions', q.index], `the same question "${q.text}" is also under ${seen.id} (${where(seen)}): ${what}`));
  }

  const pairs = nearDuplicates(
    questions.map((q) => q.key),
    threshold,
    (a, b) => {
      const x = questions[a]!;
      const y = questions[b]!;
      return (x.kind === y.kind && x.id === y.id) || x.key === y.key || !compete(x, y);
    },
  );
  // One warning per pair of entries, on their most similar questions.
  const best = new Map<string, { a: Question; b: Question; similarity: number }>();
  for (const pair of pairs) {
    const a = questions[pair.a]!;
    const b = questions[pair.b]!;
    const key = `${a.kind}:${a.id}\u0000${b.kind}:${b.id}`;
    if ((best.get(key)?.similarity ?? 0) < pair.similarity) best.set(key, { a, b, similarity: pair.similarity });
  }
  for (const { a, b, similarity } of best.values()) {
    problems.push(
      at.problem(
        'warning',
        b.kind,
        b.id,
        ['questions', b.index],
        `question "${b.text}" is nearly the same as "${a.text}" of ${a.id} (${where(a)}, similarity ${similarity.toFixed(2)}): a customer asking it may get either answer — merge the entries or make the questions distinct`,
      ),
    );
  }
}


type When = (date: Date) => string;

function lintFaq(kb: KnowledgeBase, questions: Question[], at: KnowledgeLocator, problems: KnowledgeProblem[], now: Date, when: When): void {
  const owner = new Map<string, string>();
  for (const q of questions) if (!owner.has(q.key)) owner.set(q.key, q.id);
  for (const e of kb.faq) {
    e.suggest?.forEach((s, i) => {
      const target = owner.get(questionKey(s));
      if (target === e.id) problems.push(at.problem('warning', 'faq', e.id, ['suggest', i], `suggests "${s}", a question of this same entry: the button would repeat the answer`));
      else if (!target)
        problems.push(at.problem('warning', 'faq', e.id, ['suggest', i], `suggests "${s}", which is not a question of any entry: the button may not get an answer (copy a question exactly)`));
    });
    if (e.action === 'handoff' && e.escalate !== true) {
      problems.push(at.problem('warning', 'faq', e.id, ['action'], 'action is handoff but escalate is not true: the bot hands a customer to a person only for entries with escalate: true'));
    }
    if (e.valid_to && e.valid_to < now) {
      problems.push(at.problem('warning', 'faq', e.id, ['valid_to'], `ended on ${when(e.valid_to)}: it is never answered any more — delete it or update the dates`));
    }
  }
}

function lintPromotions(kb: KnowledgeBase, at: KnowledgeLocator, problems: KnowledgeProblem[], now: Date, incomplete: ReadonlySet<Kind>, when: When): void {
  const products = new Set(kb.products.map((p) => p.id));
  for (const p of kb.promotions) {
    if (p.valid_to < now) {
      problems.push(at.problem('warning', 'promotions', p.id, ['valid_to'], `expired on ${when(p.valid_to)}: customers no longer get it — delete it or move it out of the folder`));
    }
    if (!p.questions?.length) {
      problems.push(at.problem('warning', 'promotions', p.id, ['questions'], 'has no questions: customers cannot reach it (add how they ask about it)'));
    }
    if (!incomplete.has('products')) {
      p.products?.forEach((id, i) => {
        if (!products.has(id)) problems.push(at.problem('error', 'promotions', p.id, ['products', i], `unknown product ${id} (not in products.yaml)`));
      });
    }
  }
  // Two promotions for the same product at the same time on the same channel: which price is right?
  const live = kb.promotions.filter((p) => p.valid_to >= now && p.products?.length);
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i]!;
      const b = live[j]!;
      if (!overlaps(a, b)) continue;
      const shared = a.products!.filter((id) => b.products!.includes(id));
      if (!shared.length) continue;
      problems.push(
        at.problem(
          'warning',
          'promotions',
          b.id,
          ['valid_from'],
          `overlaps ${a.id} (${KnowledgeLocator.describe(at.entry('promotions', a.id, ['valid_from']))}) for ${shared.join(', ')}: check that the two answers agree on the price`,
        ),
      );
    }
  }
}

function lintProducts(kb: KnowledgeBase, at: KnowledgeLocator, problems: KnowledgeProblem[]): void {
  const skus = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const p of kb.products) {
    p.variants?.forEach((v, i) => {
      const other = skus.get(v.sku);
      if (other) problems.push(at.problem('error', 'products', p.id, ['variants', i, 'sku'], `duplicate sku ${v.sku} (also a variant of ${other})`));
      else skus.set(v.sku, p.id);
    });
    [p.name, ...(p.aliases ?? [])].forEach((name, i) => {
      const key = questionKey(name);
      const other = aliases.get(key);
      if (other && other !== p.id) {
        const field = i === 0 ? ['name'] : ['aliases', i - 1];
        problems.push(at.problem('warning', 'products', p.id, field, `"${name}" also names ${other}: a customer saying it could mean either product`));
      } else aliases.set(key, p.id);
    });
  }
}

function lintPlaybooks(kb: KnowledgeBase, routing: Routing | undefined, at: KnowledgeLocator, problems: KnowledgeProblem[]): void {
  const groups = routing ? new Set(routing.groups.map((g) => g.id)) : undefined;
  const triggers = new Map<string, string>();
  for (const p of kb.playbooks) {
    if (p.group && groups && !groups.has(p.group)) {
      problems.push(at.problem('error', 'playbooks', p.id, ['group'], `unknown group ${p.group} (routing.yaml has ${[...groups].join(', ')})`));
    }
    p.triggers.forEach((t, i) => {
      const other = triggers.get(t);
      if (other && other !== p.id) problems.push(at.problem('warning', 'playbooks', p.id, ['triggers', i], `trigger "${t}" is also a trigger of ${other}, which comes first and wins`));
      else triggers.set(t, p.id);
    });
  }
}

function lintRouting(kb: KnowledgeBase, routing: Routing, at: KnowledgeLocator, problems: KnowledgeProblem[]): void {
  const entries = new Set([...kb.faq.map((e) => e.id), ...kb.promotions.map((p) => p.id)]);
  const tags = new Set([...kb.faq.flatMap((e) => e.tags ?? []), ...kb.promotions.flatMap((p) => p.tags ?? [])]);
  const signals = new Set<string>(signalKinds);
  const channels = new Set<string>(channelNames);
  const seenGroups = new Set<string>();
  const push = (severity: KnowledgeProblem['severity'], path: (string | number)[], message: string) =>
    problems.push({ ...at.in('routing', path), field: path.join('.'), message, severity });

  routing.groups.forEach((g, i) => {
    if (seenGroups.has(g.id)) push('error', ['groups', i, 'id'], `duplicate group id ${g.id}`);
    seenGroups.add(g.id);
  });
  routing.rules.forEach((rule, i) => {
    const w = rule.when;
    w.entries?.forEach((id, j) => {
      if (!entries.has(id)) push('error', ['rules', i, 'when', 'entries', j], `unknown entry ${id} (no FAQ entry or promotion has this id)`);
    });
    w.signals?.forEach((s, j) => {
      if (!signals.has(s)) push('error', ['rules', i, 'when', 'signals', j], `unknown signal ${s} (one of ${signalKinds.join(', ')})`);
    });
    w.channels?.forEach((c, j) => {
      if (!channels.has(c)) push('error', ['rules', i, 'when', 'channels', j], `unknown channel ${c} (one of ${channelNames.join(', ')})`);
    });
    if (w.tags && !w.tags.some((t) => tags.has(t))) {
      push('warning', ['rules', i, 'when', 'tags'], `no FAQ entry or promotion has any of the tags ${w.tags.join(', ')}: this rule never matches`);
    }
    const conditions = Object.values(w).filter((v) => v !== undefined);
    if (!conditions.length && i < routing.rules.length - 1) {
      push('warning', ['rules', i, 'when'], 'matches every escalation, so the rules below it are never used');
    }
  });
}

function lintLexicon(kb: KnowledgeBase, at: KnowledgeLocator, problems: KnowledgeProblem[]): void {
  const group = new Map<string, number>();
  kb.lexicon.synonyms.forEach((words, i) => {
    words.forEach((word, j) => {
      const other = group.get(word);
      if (other !== undefined && other !== i) {
        problems.push({ ...at.in('lexicon', ['synonyms', i, j]), field: `synonyms.${i}.${j}`, message: `"${word}" is also in synonym group ${other + 1}: it can mean only one thing`, severity: 'warning' });
      } else group.set(word, i);
    });
  });
  for (const [wrong, right] of Object.entries(kb.lexicon.typos)) {
    if (wrong === right) problems.push({ ...at.in('lexicon', ['typos', wrong]), field: `typos.${wrong}`, message: 'corrects a word to itself', severity: 'warning' });
    // A `*` stands for the words between two others (send * back): at either end, twice, or inside a
    // word, it is never read.
    const words = wrong.trim().split(/\s+/u);
    const stars = words.filter((w) => w.includes('*'));
    if (stars.length && (stars.length > 1 || stars[0] !== '*' || words[0] === '*' || words.at(-1) === '*')) {
      problems.push({ ...at.in('lexicon', ['typos', wrong]), field: `typos.${wrong}`, message: 'a * stands for the one to three words between two others (send * back): this one is never read', severity: 'warning' });
    }
  }
}

/** The bot's own words must not contain what QA forbids agents to say. */
function lintForbidden(kb: KnowledgeBase, at: KnowledgeLocator, problems: KnowledgeProblem[]): void {
  const phrases = kb.forbiddenPhrases.filter((p) => p.trim());
  if (!phrases.length) return;
  const check = (text: string | undefined, locate: () => KnowledgeProblem) => {
    const hit = text && phrases.find((p) => text.includes(p));
    if (hit) problems.push({ ...locate(), message: `contains the forbidden phrase "${hit}"`, severity: 'warning' });
  };
  for (const e of kb.faq) {
    check(e.answer, () => at.problem('warning', 'faq', e.id, ['answer'], ''));
    for (const [channel, text] of Object.entries(e.answers ?? {})) check(text, () => at.problem('warning', 'faq', e.id, ['answers', channel], ''));
  }
  for (const p of kb.promotions) {
    check(p.answer, () => at.problem('warning', 'promotions', p.id, ['answer'], ''));
    for (const [channel, text] of Object.entries(p.answers ?? {})) check(text, () => at.problem('warning', 'promotions', p.id, ['answers', channel], ''));
  }
  for (const p of kb.playbooks) check(p.reply, () => at.problem('warning', 'playbooks', p.id, ['reply'], ''));
  for (const field of ['greeting', 'fallback', 'handoff', 'apology'] as const) {
    check(kb.shop[field], () => ({ ...at.in('shop', [field]), field, message: '', severity: 'warning' }));
  }
}
