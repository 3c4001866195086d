// knowledge-gaps: the week's unanswered questions grouped with what agents answered, written as FAQ
// entries in the knowledge's own format (the file passes the knowledge loader), personal data left out,
// and committed to a branch of the knowledge's git repository without touching its working tree.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ticket } from '../../core/handoff/ticket.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { dayStart } from '../../core/reports/days.js';
import { clusterQuestions, questionCore } from '../../core/reports/question-clusters.js';
import { suggestedFaqYaml } from '../../core/reports/suggested-faq.js';
import type { TurnRecord } from '../../core/stages/record.js';
import { memoryStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import { commitToBranch } from '../../jobs/git-branch.js';
import { agentAnswer, knowledgeGaps } from '../../jobs/knowledge-gaps.js';
import { jobDeps } from './simulated-shop.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

const DAY = '2026-03-15';

async function fallback(store: Store, day: string, user: string, text: string, ticketId?: string, agentReply?: string): Promise<void> {
  const at = dayStart(day) + 10 * 3600_000;
  const record: Partial<TurnRecord> = { at, conversation: `conv:${user}`, channel: 'wechat', customerId: user, inboundId: `${user}-1`, text, replies: ['抱歉'], action: 'fallback', reason: 'no_match', faq: null, score: 0.1, latencyMs: 5, sentiment: 0 };
  await store.append(`turns:${day}`, record);
  if (ticketId) {
    await store.append(`turns:${day}`, { ...record, inboundId: `${user}-2`, at: at + 60_000, text: '转人工', action: 'escalate', reason: 'human_request', ticketId });
    const ticket: Partial<Ticket> = {
      id: ticketId,
      transcript: [
        { role: 'customer', text, at },
        { role: 'agent', text: '您好', at: at + 120_000 },
        { role: 'agent', text: agentReply ?? '', at: at + 180_000 },
      ],
    };
    await store.set(`ticket:${ticketId}`, ticket);
  }
}

describe('grouping questions', () => {
  it('puts different wordings of one question together, with agents\' answers', () => {
    expect(questionCore('亲，你们招兼职吗呀？')).toBe('你们招兼职');
    const clusters = clusterQuestions([
      { text: '你们招兼职吗', kind: 'unanswered', agentAnswer: '暂不招兼职' },
      { text: '亲，你们招兼职不？', kind: 'unanswered', agentAnswer: '暂不招兼职' },
      { text: '在吗 你们招不招兼职', kind: 'unanswered' },
      { text: '可以刻字吗', kind: 'unanswered' },
      { text: '请问可以刻字不', kind: 'low_confidence', entry: 'custom-gift' },
    ]);
    expect(clusters).toHaveLength(2);
    expect(clusters[0]).toMatchObject({ count: 3, unanswered: 3, answers: [{ text: '暂不招兼职', count: 2 }] });
    expect(clusters[1]).toMatchObject({ count: 2, lowConfidence: 1, entries: ['custom-gift'] });
    // The shop's typos count as the right word.
    expect(clusterQuestions([{ text: '怎么退贷', kind: 'unanswered' }, { text: '怎么退货', kind: 'unanswered' }], { typos: { 退贷: '退货' } })).toHaveLength(1);
  });

  it('skips agents\' greetings when taking their answer', () => {
    const t = { transcript: [{ role: 'agent', text: '您好～', at: 0 }, { role: 'agent', text: '在的', at: 1 }, { role: 'agent', text: '可以刻字，每件加收20元', at: 2 }] } as Ticket;
    expect(agentAnswer(t)).toBe('可以刻字，每件加收20元');
  });
});

describe('knowledge-gaps job', () => {
  it('writes suggested entries the knowledge loader accepts, without personal data', async () => {
    const store = memoryStore();
    await fallback(store, '2026-03-09', 'u1', '可以刻字吗', 't1', '可以的，茶罐支持激光刻字，每件加收20元。');
    await fallback(store, '2026-03-12', 'u2', '亲，可以刻字不', 't2', '可以的，茶罐支持激光刻字，每件加收20元。');
    await fallback(store, '2026-03-15', 'u3', '你们有实体店吗');
    await fallback(store, '2026-03-15', 'u4', '我的手机13812345678能刻字吗');
    await fallback(store, '2026-03-08', 'u5', '上周之前的问题不算吗'); // outside the week 03-09..03-15
    await fallback(store, '2026-03-13', 'u6', '好的谢谢'); // thanks, not a question
    const suggestionsDir = tempDir('xiaoer-gaps-');
    const deps = await jobDeps(store, dayStart('2026-03-16') + 8 * 3600_000, { settings: { qaSampleSize: 1, suggestionsDir, suggestionsGit: false, knowledgeDir: '' } });

    const output = await knowledgeGaps.run(deps, { date: DAY, dryRun: false });
    expect(output.summary).toMatch(/1 suggested entries, 1 without an agent's answer/u);
    const yaml = output.files['suggested-faq.yaml'] as string;
    expect(readFileSync(path.join(suggestionsDir, `suggested-faq-${DAY}.yaml`), 'utf8')).toBe(yaml);
    expect(yaml).toContain('2026-03-09 至 2026-03-15');
    expect(yaml).toContain('id: suggested-2026-03-15-1');
    expect(yaml).toContain('可以的，茶罐支持激光刻字，每件加收20元。');
    expect(yaml).toContain('#   - 你们有实体店吗（1 次）');
    expect(yaml).not.toContain('13812345678');
    expect(yaml).not.toContain('上周之前');
    expect(yaml).not.toContain('好的谢谢');

    // The file is a valid FAQ file: admins can move it into knowledge/faq/ as it is.
    const kbDir = tempDir('xiaoer-gaps-kb-');
    mkdirSync(path.join(kbDir, 'faq'));
    writeFileSync(path.join(kbDir, 'faq', 'suggested.yaml'), yaml);
    const kb = await loadKnowledge(kbDir);
    expect(kb.faq).toEqual([{ id: 'suggested-2026-03-15-1', questions: ['可以刻字不', '可以刻字吗'], answer: '可以的，茶罐支持激光刻字，每件加收20元。' }]);
  });

  it('an empty week writes an empty, valid file', () => {
    const { yaml, entries } = suggestedFaqYaml([], { from: '2026-03-09', to: DAY });
    expect(entries).toBe(0);
    expect(yaml).toMatch(/^#/u);
  });

  it('commits the suggestions to a branch of the knowledge repository, leaving the working tree alone', async () => {
    const repo = tempDir('xiaoer-gaps-repo-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '--quiet', '-b', 'main');
    mkdirSync(path.join(repo, 'knowledge', 'faq'), { recursive: true });
    writeFileSync(path.join(repo, 'knowledge', 'faq', 'a.yaml'), '- id: a\n  questions: [x]\n  answer: y\n');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'init');
    writeFileSync(path.join(repo, 'knowledge', 'faq', 'a.yaml'), '# an admin is editing this\n');

    const commit = await commitToBranch({ dir: path.join(repo, 'knowledge'), branch: 'xiaoer/suggested-faq-2026-03-15', files: { 'faq/suggested-2026-03-15.yaml': '- id: s\n  questions: [q]\n  answer: a\n' }, message: 'knowledge: suggestions' });
    expect(git('rev-parse', 'xiaoer/suggested-faq-2026-03-15')).toBe(commit);
    expect(git('show', `${commit}:knowledge/faq/suggested-2026-03-15.yaml`)).toContain('id: s');
    expect(git('log', '--format=%s', '-1', commit)).toBe('knowledge: suggestions');
    // The admin's uncommitted edit and the checked-out branch are untouched.
    expect(readFileSync(path.join(repo, 'knowledge', 'faq', 'a.yaml'), 'utf8')).toBe('# an admin is editing this\n');
    expect(git('branch', '--show-current')).toBe('main');
    expect(git('worktree', 'list').split('\n')).toHaveLength(1);
  });
});
