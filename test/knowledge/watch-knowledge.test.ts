import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config.js';
import type { AdminNotifier, KnowledgeRejected } from '../../core/knowledge/admin-notifier.js';
import { rejectionMessage } from '../../core/knowledge/admin-notifier.js';
import { KnowledgeHolder } from '../../core/knowledge/knowledge-holder.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { watchKnowledge } from '../../core/knowledge/watch-knowledge.js';
import { createLogger, silentLogger } from '../../core/log.js';
import { runtimeFromConfig } from '../../core/runtime-from-config.js';
import { memoryStore } from '../../core/store/open-store.js';
import { FakeSender } from '../fakes/fake-sender.js';
import { keywordEngine } from '../fakes/keyword-engine.js';
import { folder, tempDir } from './temp-folder.js';

const faq = (id: string, question: string, answer: string) => `- id: ${id}\n  questions: [${question}]\n  answer: ${answer}\n`;

/** Polls until `probe` returns something truthy (or ~3 s pass): how long a reload takes is not asserted. */
async function eventually<T>(probe: () => Promise<T> | T, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

class RecordingNotifier implements AdminNotifier {
  rejected: KnowledgeRejected[] = [];
  restored = 0;
  knowledgeRejected(event: KnowledgeRejected) {
    this.rejected.push(event);
  }
  knowledgeRestored() {
    this.restored++;
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function runningBot(files: Record<string, string>) {
  const dir = folder(files);
  const lines: string[] = [];
  const log = createLogger({ level: 'info', destination: new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }) });
  const notifier = new RecordingNotifier();
  const config = loadConfig({ KNOWLEDGE_DIR: dir, DATA_DIR: tempDir() });
  const runtime = await runtimeFromConfig(config, log, { store: memoryStore(), engineFactory: (kb) => keywordEngine(kb), adminNotifier: notifier });
  cleanups.push(() => runtime.close());
  await runtime.knowledgeWatcher!.ready;
  const sender = new FakeSender('test');
  runtime.deps.outbox.register(sender);
  let n = 0;
  // A new customer each time: polling one conversation would count as unanswered turns and hand it off.
  const ask = async (text: string) => {
    const user = `u${++n}`;
    const turn = await runtime.bot.receive({ id: `m${n}`, channel: 'test', address: `test:${user}`, userId: user, kind: 'text', text, at: Date.now() });
    return turn?.replies.map((r) => r.text).join('\n') ?? '';
  };
  return { dir, runtime, ask, notifier, lines };
}

describe('hot reload of the knowledge folder', () => {
  it('answers from an edited file without a restart', async () => {
    const { dir, ask } = await runningBot({ 'faq/returns.yaml': faq('returns', '怎么退货', '七天无理由退货') });
    expect(await ask('怎么退货')).toBe('七天无理由退货');
    writeFileSync(path.join(dir, 'faq/returns.yaml'), faq('returns', '怎么退货', '十五天无理由退货'));
    expect(await eventually(async () => (await ask('怎么退货')) === '十五天无理由退货')).toBe(true);
  });

  it('keeps the last good knowledge on a broken edit, logs file and line, tells the admins, and recovers', async () => {
    const { dir, ask, notifier, lines } = await runningBot({ 'faq.yaml': faq('returns', '怎么退货', '七天无理由退货') });
    writeFileSync(path.join(dir, 'faq.yaml'), faq('returns', '怎么退货', '十五天') + '- id: broken\n  questions: [发票]\n');
    await eventually(() => notifier.rejected.length > 0);
    const [event] = notifier.rejected;
    expect(event?.problems).toEqual([expect.objectContaining({ file: 'faq.yaml', line: 4, entry: 'broken', field: 'answer', severity: 'error' })]);
    expect(await ask('怎么退货')).toBe('七天无理由退货');
    expect(lines.join('')).toMatch(/knowledge not reloaded: faq\.yaml:4, entry broken, field answer/u);
    expect(rejectionMessage(event!)).toMatch(/未生效[\s\S]*faq\.yaml:4/u);

    writeFileSync(path.join(dir, 'faq.yaml'), faq('returns', '怎么退货', '十五天') + faq('invoice', '发票', '电子发票'));
    expect(await eventually(() => notifier.restored === 1)).toBe(true);
    expect(await ask('发票')).toBe('电子发票');
  });

  it('picks up a new file in a new subfolder', async () => {
    const { dir, ask } = await runningBot({ 'faq/returns.yaml': faq('returns', '怎么退货', '七天无理由退货') });
    mkdirSync(path.join(dir, 'faq/2027/winter'), { recursive: true });
    writeFileSync(path.join(dir, 'faq/2027/winter/gifts.yaml'), faq('gift-box', '礼盒', '礼盒有货'));
    expect(await eventually(async () => (await ask('礼盒')) === '礼盒有货')).toBe(true);
    // And a file written later in that folder, which is watched from then on.
    writeFileSync(path.join(dir, 'faq/2027/winter/tea.yaml'), faq('tea', '新茶', '三月上新'));
    expect(await eventually(async () => (await ask('新茶')) === '三月上新')).toBe(true);
  });

  it('follows a git-style update: files replaced by rename, a folder removed', async () => {
    const { dir, ask } = await runningBot({ 'faq/a.yaml': faq('a', '发货', '48小时发货'), 'faq/old/b.yaml': faq('b', '退货', '七天') });
    writeFileSync(path.join(dir, 'faq/.a.yaml.tmp'), faq('a', '发货', '24小时发货'));
    renameSync(path.join(dir, 'faq/.a.yaml.tmp'), path.join(dir, 'faq/a.yaml'));
    rmSync(path.join(dir, 'faq/old'), { recursive: true });
    expect(await eventually(async () => (await ask('发货')) === '24小时发货')).toBe(true);
    expect(await eventually(async () => !(await ask('退货')).includes('七天'))).toBe(true);
  });

  it('takes a `git pull` into the running bots', async () => {
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=admin', '-c', 'user.email=admin@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });
    const origin = folder({ 'faq/returns.yaml': faq('returns', '怎么退货', '七天无理由退货') });
    git(origin, 'init', '-q');
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'first');
    const checkout = path.join(tempDir(), 'knowledge');
    git(path.dirname(checkout), 'clone', '-q', origin, checkout);

    const holder = new KnowledgeHolder(await loadKnowledge(checkout), (kb) => keywordEngine(kb));
    const watcher = watchKnowledge({ dir: checkout, holder, log: silentLogger });
    cleanups.push(() => watcher.close());
    await watcher.ready;

    writeFileSync(path.join(origin, 'faq/returns.yaml'), faq('returns', '怎么退货', '十五天无理由退货'));
    mkdirSync(path.join(origin, 'faq/presale'));
    writeFileSync(path.join(origin, 'faq/presale/tea.yaml'), faq('tea', '新茶', '三月上新'));
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'second');
    git(checkout, 'pull', '-q', '--ff-only');
    expect(await eventually(() => holder.kb.faq.map((e) => e.answer).sort().join() === '三月上新,十五天无理由退货')).toBe(true);
  });

  it('reloads nothing when no file changed, and stops on close', async () => {
    const dir = folder({ 'faq.yaml': faq('a', '发货', '48小时') });
    const holder = new KnowledgeHolder(await loadKnowledge(dir), (kb) => keywordEngine(kb));
    const watcher = watchKnowledge({ dir, holder, log: silentLogger });
    await watcher.ready;
    expect(await watcher.reload(false)).toEqual({ status: 'unchanged' });
    expect((await watcher.reload(true)).status).toBe('reloaded');
    watcher.close();
    writeFileSync(path.join(dir, 'faq.yaml'), faq('a', '发货', '24小时'));
    expect(await watcher.reload(true)).toEqual({ status: 'unchanged' });
    expect(holder.kb.faq[0]?.answer).toBe('48小时');
  });

  it('follows the folder being replaced as a whole (deleted and checked out again)', async () => {
    const dir = folder({ 'faq.yaml': faq('a', '发货', '48小时') });
    const holder = new KnowledgeHolder(await loadKnowledge(dir), (kb) => keywordEngine(kb));
    const watcher = watchKnowledge({ dir, holder, log: silentLogger, checkMs: 100 });
    cleanups.push(() => watcher.close());
    await watcher.ready;
    rmSync(dir, { recursive: true });
    await new Promise((r) => setTimeout(r, 300));
    mkdirSync(path.join(dir, 'faq'), { recursive: true });
    writeFileSync(path.join(dir, 'faq', 'shipping.yaml'), faq('a', '发货', '24小时'));
    expect(await eventually(() => holder.kb.faq[0]?.answer === '24小时')).toBe(true);
    // The new folder is watched: a later edit arrives too.
    writeFileSync(path.join(dir, 'faq', 'shipping.yaml'), faq('a', '发货', '12小时'));
    expect(await eventually(() => holder.kb.faq[0]?.answer === '12小时')).toBe(true);
  });

  it('keeps working when the admin notifier fails', async () => {
    const dir = folder({ 'faq.yaml': faq('a', '发货', '48小时') });
    const holder = new KnowledgeHolder(await loadKnowledge(dir), (kb) => keywordEngine(kb));
    const failing: AdminNotifier = {
      knowledgeRejected: async () => {
        throw new Error('feishu is down');
      },
      knowledgeRestored: () => undefined,
    };
    const watcher = watchKnowledge({ dir, holder, log: silentLogger, notifier: failing });
    cleanups.push(() => watcher.close());
    writeFileSync(path.join(dir, 'faq.yaml'), '- id: a\n  questions: [发货\n');
    expect((await watcher.reload()).status).toBe('rejected');
    writeFileSync(path.join(dir, 'faq.yaml'), faq('a', '发货', '24小时'));
    expect((await watcher.reload()).status).toBe('reloaded');
    expect(holder.kb.faq[0]?.answer).toBe('24小时');
  });
});
