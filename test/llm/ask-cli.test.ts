// `xiaoer ask --json` end to end against a local OpenAI-compatible server, as a person would run it:
// OPENAI_BASE_URL=http://127.0.0.1:PORT/v1 OPENAI_API_KEY=x npx xiaoer ask … --json
// The child runs asynchronously: the fake server lives in this process and must keep answering.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completion, FakeOpenAI } from '../fakes/fake-openai.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'xiaoer-llm-e2e-'));
let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await FakeOpenAI.start();
});
afterAll(async () => {
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface AskLine {
  reply: string;
  faq: string | null;
  escalate: boolean;
  reason: string;
  llm: boolean;
  sources: string[];
}

function ask(text: string, env: Record<string, string>, sub: string): Promise<{ code: number | null; line: AskLine; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['bots/xiaoer.mjs', 'ask', text, '--json'],
      { env: { ...process.env, DATA_DIR: path.join(dataDir, sub), LOG_LEVEL: 'warn', OPENAI_API_KEY: '', OPENAI_BASE_URL: '', ...env }, timeout: 60_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        try {
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, line: JSON.parse(stdout.trim()) as AskLine, stderr });
        } catch (parseError) {
          reject(new Error(`ask printed no JSON line (${String(parseError)}):\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

const isAnswer = (system: string) => system.startsWith('You are 店小二');

describe('xiaoer ask --json with an LLM', () => {
  it('answers through the configured compatible server, citing the entry, with no phone number on the wire', { timeout: 90_000 }, async () => {
    fake.respond((req) => {
      const system = req.body?.messages?.[0]?.content ?? '';
      if (!isAnswer(system)) return completion({ id: null, question: '什么时候发货' });
      const ids = [...(req.body?.messages?.[1]?.content ?? '').matchAll(/id=([\w.:-]+)（常见问题，主要依据）/gu)].map((m) => m[1]);
      return completion({ reply: '亲，最迟48小时内发货哦，发货后订单里就能看到快递单号～', sources: ids });
    });
    const { code, line } = await ask('我手机13812345678，什么时候发货', { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'x' }, 'llm');
    expect(code).toBe(0);
    expect(Object.keys(line).sort()).toEqual(['escalate', 'faq', 'llm', 'reason', 'reply', 'sources']);
    expect(line.llm).toBe(true);
    expect(line.reply).toBe('亲，最迟48小时内发货哦，发货后订单里就能看到快递单号～');
    expect(line.faq).toEqual(expect.any(String));
    expect(line.sources).toEqual([line.faq]);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer x');
    expect(fake.requests.map((r) => r.raw).join('\n')).not.toContain('13812345678');
  });

  it('falls back to the knowledge answer when the server fails, and says llm:false', { timeout: 90_000 }, async () => {
    fake.respond({ status: 500, body: { error: { message: 'down' } } });
    const { code, line } = await ask('什么时候发货', { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'x' }, 'failing');
    expect(code).toBe(0);
    expect(line.llm).toBe(false);
    expect(line.faq).toEqual(expect.any(String));
    expect(line.sources).toEqual([line.faq]);
    expect(line.reply).toMatch(/发货|发出/u);
  });

  it('without OPENAI_API_KEY: the offline path, llm:false, and the server is never called', { timeout: 90_000 }, async () => {
    const before = fake.requests.length;
    const { code, line } = await ask('什么时候发货', { OPENAI_BASE_URL: fake.url }, 'offline');
    expect(code).toBe(0);
    expect(line.llm).toBe(false);
    expect(fake.requests.length).toBe(before);
  });
});
