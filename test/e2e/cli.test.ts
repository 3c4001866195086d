// The CLI end to end, as a person or a script would run it: real processes, the sample shop, a temporary
// DATA_DIR.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoer-e2e-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function xiaoer(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bots/xiaoer.mjs', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('xiaoer CLI', () => {
  it('answers piped questions from the sample shop in the console and exits 0 at end of input', () => {
    const { code, stdout } = xiaoer(['start'], '什么时候发货\n');
    expect(code).toBe(0);
    const reply = stdout.split('\n').find((l) => l.startsWith('店小二>'));
    expect(reply).toBeTruthy();
    expect(reply).toMatch(/发货|发出/u);
  });

  it('plays the agent side with slash commands after a complaint', () => {
    const { code, stdout } = xiaoer(['chat'], '我要投诉，你们发错货了\n/agent 您好，马上为您补发\n/close\n5\n', { DATA_DIR: path.join(dataDir, 'agent') });
    expect(code).toBe(0);
    expect(stdout).toMatch(/【客服台】新工单/u);
    expect(stdout).toContain('客服> 您好，马上为您补发');
    expect(stdout).toMatch(/打分/u);
    expect(stdout).toMatch(/感谢您的评价/u);
  });

  it('ask --json prints the contract line', () => {
    const { code, stdout } = xiaoer(['ask', '怎么退货', '--json']);
    expect(code).toBe(0);
    const line = JSON.parse(stdout.trim()) as Record<string, unknown>;
    expect(Object.keys(line).sort()).toEqual(['escalate', 'faq', 'llm', 'reason', 'reply', 'sources']);
    expect(typeof line.reply).toBe('string');
    expect(line.faq).toEqual(expect.any(String));
    expect(line.escalate).toBe(false);
  });

  it("answers an English customer's fixed messages in English, with ask --json's fields unchanged", () => {
    const { code, stdout } = xiaoer(['start'], 'do you sell laptops\nwhere is my order\n', { DATA_DIR: path.join(dataDir, 'english') });
    expect(code).toBe(0);
    const replies = stdout.split('\n').filter((l) => l.startsWith('店小二>'));
    expect(replies[0]).toContain("Sorry, I didn't quite understand that.");
    expect(replies[1]).toContain('Please send me your order number');
    const line = JSON.parse(xiaoer(['ask', 'talk to a person', '--json']).stdout.trim()) as Record<string, unknown>;
    expect(Object.keys(line).sort()).toEqual(['escalate', 'faq', 'llm', 'reason', 'reply', 'sources']);
    expect(line).toMatchObject({ escalate: true, reason: 'human_request' });
    // Open or after hours (the sample shop's groups keep hours), the sentence about the person is English.
    expect(line.reply).toMatch(/(?:^|\n)(?:I'm connecting you to our customer service\.|Our customer service team is off duty right now\.)/u);
  });

  it('ask is a new customer each time unless --user names one: an earlier handoff silences only its own conversation', () => {
    const json = (args: string[]) => JSON.parse(xiaoer(['ask', ...args, '--json'], undefined, { DATA_DIR: path.join(dataDir, 'ask') }).stdout.trim()) as Record<string, unknown>;
    expect(json(['转人工', '--user', 'zoe'])).toMatchObject({ escalate: true, reason: 'human_request' });
    expect(json(['怎么退货'])).toMatchObject({ faq: expect.any(String), escalate: false });
    // Zoe's conversation is with an agent now: the bot stays silent there, and plain output says why.
    expect(json(['怎么退货', '--user', 'zoe'])).toMatchObject({ reply: '', reason: 'agent_has_conversation' });
    const plain = xiaoer(['ask', '在吗', '--user', 'zoe'], undefined, { DATA_DIR: path.join(dataDir, 'ask') });
    expect(plain.stderr).toContain('an agent has this conversation');
  });

  it('match follows the contract: one line per case, same order', () => {
    const kb = mkdtempSync(path.join(tmpdir(), 'xiaoer-kb-'));
    writeFileSync(path.join(kb, 'faq.yaml'), '- id: ship\n  questions: ["什么时候发货", "多久发货"]\n  answer: "48小时内"\n- id: refund\n  questions: ["怎么退款"]\n  answer: "申请退款"\n');
    const cases = [
      { id: 'a', text: '啥时候发货啊', history: [], expect: ['ship'], escalate: null },
      { id: 'b', text: '我要投诉你们，再不处理就打12315', history: [], expect: [], escalate: true },
      { id: 'c', text: '', history: [], expect: [], escalate: null },
    ];
    const { code, stdout } = xiaoer(['match', '--kb', kb], cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
    rmSync(kb, { recursive: true, force: true });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; faq: string | null; escalate: boolean; score: number; reason: string });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[0]).toMatchObject({ faq: 'ship' });
    expect(lines[1]).toMatchObject({ faq: null, escalate: true });
    expect(lines[2]).toMatchObject({ faq: null });
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['escalate', 'faq', 'id', 'reason', 'score']);
  });

  it('match runs from a code cache after its first run, with the same output, and past a damaged cache', () => {
    const input = '{"id":"a","text":"啥时候发货啊"}\n{"id":"b","text":"退货地址在哪"}\n';
    const first = xiaoer(['match', '--kb', 'knowledge'], input);
    expect(first.code).toBe(0);
    const build = readdirSync('dist').filter((n) => /^\d+$/u.test(n)).sort((a, b) => Number(b) - Number(a))[0]!;
    const caches = () => readdirSync(path.join('dist', build)).filter((n) => n.endsWith('.v8cache'));
    expect(caches()).toHaveLength(1);
    const cache = path.join('dist', build, caches()[0]!);
    expect(xiaoer(['match', '--kb', 'knowledge'], input)).toEqual(first);
    // Bytes flipped, the length kept (V8 itself would take it, and crash): refused by its checksum,
    // compiled from source, and written again.
    const damaged = readFileSync(cache);
    for (let i = 1000; i < 1100; i++) damaged[i] = damaged[i]! ^ 0xff;
    writeFileSync(cache, damaged);
    expect(xiaoer(['match', '--kb', 'knowledge'], input)).toEqual(first);
    expect(readFileSync(cache).equals(damaged)).toBe(false);
    expect(xiaoer(['match', '--kb', 'knowledge'], input)).toEqual(first);
    // A run that fails writes nothing.
    rmSync(cache);
    expect(xiaoer(['match', '--kb', 'no-such-folder'], input).code).not.toBe(0);
    expect(caches()).toEqual([]);
  });

  it('kb check passes on the sample shop and fails with named errors on a broken folder', () => {
    expect(xiaoer(['kb', 'check', 'knowledge']).code).toBe(0);
    const broken = mkdtempSync(path.join(tmpdir(), 'xiaoer-kb-'));
    writeFileSync(path.join(broken, 'faq.yaml'), '- id: a\n  questions: [x]\n');
    const { code, stdout } = xiaoer(['kb', 'check', broken]);
    rmSync(broken, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(stdout).toMatch(/faq\.yaml:1.*entry a.*field answer/u);
  });

  it('stops with a message naming a wrong setting', () => {
    const { code, stderr } = xiaoer(['ask', 'hi'], undefined, { TURN_TIMEOUT_MS: 'soon' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/TURN_TIMEOUT_MS/u);
  });
});
