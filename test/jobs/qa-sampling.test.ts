// QA: the rules on transcripts (forbidden phrases from knowledge/, rude or cold tone, promises outside
// policy, slow replies, unresolved), stratified sampling, and the job on a simulated day — scores stored,
// flagged conversations posted with reasons and links, the LLM's opinion added when configured (a local
// fake OpenAI server), its tokens counted.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '../../core/handoff/ticket.js';
import { tokensKey } from '../../core/llm/llm-client.js';
import { silentLogger } from '../../core/log.js';
import { addDays, dayOf, dayStart } from '../../core/reports/days.js';
import { agentConversation, type QaConversation } from '../../core/reports/qa-conversation.js';
import { DEFAULT_QA_RULES, scoreByRules } from '../../core/reports/qa-rules.js';
import { stratifiedSample } from '../../core/reports/qa-sample.js';
import { seededRandom } from '../../core/reports/seeded-random.js';
import { memoryStore } from '../../core/store/open-store.js';
import { OpenAiJudge } from '../../jobs/qa/openai-judge.js';
import { linkFor, qaLog, qaSampling } from '../../jobs/qa-sampling.js';
import { jobDeps, sampleShop, simulate } from './simulated-shop.js';

const DAY = '2026-03-14';
const T0 = dayStart(DAY) + 10 * 3600_000;
const min = 60_000;
const rules = { ...DEFAULT_QA_RULES, forbiddenPhrases: ['不知道', '自己看', '保证明天到'] };

function agentTicket(lines: [role: 'customer' | 'agent', text: string, atMin: number][], fields: Partial<Ticket> = {}): Ticket {
  return {
    id: 't1',
    conversationKey: 'conv:wechat:u1|wechat:u1',
    customerAddress: 'wechat:u1',
    channel: 'wechat',
    customerId: 'wechat:u1',
    group: 'aftersale',
    priority: 'normal',
    reason: 'complaint',
    status: 'closed',
    endReason: 'resolved',
    createdAt: T0,
    firstAgentReplyAt: T0 + (lines.find((l) => l[0] === 'agent')?.[2] ?? 0) * min,
    transcript: lines.map(([role, text, at]) => ({ role, text, at: T0 + at * min })),
    ...fields,
  };
}

const rulesOf = (c: QaConversation) => scoreByRules(c, rules).findings.map((f) => f.rule);

describe('QA rules', () => {
  it('passes a good agent conversation', () => {
    const c = agentConversation(agentTicket([['customer', '茶叶罐子瘪了', 0], ['agent', '您好，非常抱歉！麻烦拍张照片给我，马上为您补发～', 2], ['customer', '好的', 3]], { rating: 5 }));
    expect(scoreByRules(c, rules)).toEqual({ score: 100, findings: [], flagged: false });
  });

  it('flags forbidden phrases, rudeness, promises, slowness and a low rating, with the words as evidence', () => {
    const c = agentConversation(
      agentTicket(
        [
          ['customer', '什么时候到', 0],
          ['agent', '不知道，你自己看物流', 25],
          ['customer', '你什么态度', 26],
          ['agent', '烦不烦，保证明天到，赔你50元', 50],
        ],
        { rating: 1 },
      ),
    );
    const score = scoreByRules(c, rules);
    expect(score.flagged).toBe(true);
    expect(new Set(score.findings.map((f) => f.rule))).toEqual(new Set(['forbidden_phrase', 'rude_tone', 'promise', 'slow_reply', 'low_rating', 'cold_tone']));
    expect(score.findings.find((f) => f.rule === 'forbidden_phrase')!.detail).toContain('「不知道」');
    expect(score.findings.find((f) => f.rule === 'promise')!.detail).toMatch(/赔偿|时效/u);
    expect(score.findings.find((f) => f.rule === 'slow_reply' && f.severity === 2)!.detail).toContain('25.0 分钟');
    expect(score.score).toBeLessThan(30);
  });

  it('counts an after-hours wait from when the agents\' group opened', () => {
    const night = agentTicket([['customer', '罐子瘪了', 0], ['agent', '您好，非常抱歉，马上为您补发～', 600]], { opensAt: T0 + 595 * min });
    expect(rulesOf(agentConversation(night))).toEqual([]);
    expect(rulesOf(agentConversation({ ...night, opensAt: undefined }))).toEqual(['slow_reply']);
  });

  it('flags a curt agent and an unfinished ticket; a bot left on a failure', () => {
    expect(rulesOf(agentConversation(agentTicket([['customer', '能退吗', 0], ['agent', '不能', 1]], { status: 'assigned', endReason: undefined })))).toEqual(['cold_tone', 'unresolved']);
    const bot: QaConversation = {
      kind: 'bot',
      id: 'c@1',
      conversation: 'c',
      channel: 'wechat',
      startedAt: T0,
      escalated: false,
      lines: [
        { role: 'customer', text: '你们招兼职吗', at: T0, action: 'fallback', latencyMs: 5000 },
        { role: 'bot', text: '抱歉，这个问题我还没学会', at: T0 },
      ],
    };
    expect(rulesOf(bot)).toEqual(['slow_reply', 'unresolved']);
  });

  it('samples by strata: the worst cases first, then ordinary ones', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ i, escalated: i % 10 === 0, low: i === 7, long: i % 7 === 0 }));
    const sample = stratifiedSample(items, 4, (x) => [...(x.escalated ? ['escalated' as const] : []), ...(x.low ? ['low_rating' as const] : []), ...(x.long ? ['long' as const] : [])], seededRandom('s'));
    expect(sample.map((s) => s.stratum)).toEqual(['escalated', 'low_rating', 'long', 'random']);
    expect(sample.find((s) => s.stratum === 'low_rating')!.item.i).toBe(7);
    expect(new Set(sample.map((s) => s.item.i)).size).toBe(4);
    // Fewer items than asked: all of them, once.
    expect(stratifiedSample(items.slice(0, 3), 10, () => [], seededRandom('s'))).toHaveLength(3);
  });

  it('links to the conversation viewer, else the agents\' Feishu chat', () => {
    const c = agentConversation(agentTicket([], { deskAddress: 'feishu:oc_abc:om_1' }));
    expect(linkFor(c)).toBe('https://applink.feishu.cn/client/chat/open?openChatId=oc_abc');
    expect(linkFor(c, 'https://admin.example/')).toBe('https://admin.example/tickets/t1');
  });
});

describe('qa-sampling job', () => {
  let server: Server;
  let baseURL = '';
  let calls = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        calls++;
        const body = JSON.stringify({
          id: 'x',
          object: 'chat.completion',
          created: 0,
          model: 'fake',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: JSON.stringify({ score: 40, reasons: ['没有回答客户的问题'] }) } }],
          usage: { prompt_tokens: 90, completion_tokens: 10, total_tokens: 100 },
        });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('samples, scores, stores and posts the flagged conversations; the same day samples the same', async () => {
    const store = memoryStore();
    await simulate(store, { [DAY]: 80 });
    const now = dayStart(addDays(DAY, 1)) + 9.5 * 3600_000;
    const deps = await jobDeps(store, now);
    const dry = await qaSampling.run(deps, { date: DAY, dryRun: true });
    expect(dry.summary).toMatch(/^sampled 5 bot and 5 agent conversations, flagged \d+$/u);
    expect(deps.qa.sent).toHaveLength(0);
    expect(await store.length(qaLog(DAY))).toBe(0);

    const output = await qaSampling.run(deps, { date: DAY, dryRun: false });
    const md = output.files['qa.md'] as string;
    expect(md).toBe(dry.files['qa.md']); // seeded by the day: a rerun shows the same conversations
    expect(md).toContain('| 会话 | 类型 | 抽样层 |');
    const stored = await store.read<{ kind: string; score: number; flagged: boolean }>(qaLog(DAY));
    expect(stored).toHaveLength(10);
    expect(stored.filter((s) => s.kind === 'agent')).toHaveLength(5);
    const flagged = stored.filter((s) => s.flagged).length;
    if (flagged) {
      expect(output.delivered).toEqual(['recording:qa']);
      expect(deps.qa.sent[0]!.telegram.caption).toContain(`标记 ${flagged} 个`);
    }
  });

  it('adds the LLM\'s verdict when one is configured and counts its tokens', async () => {
    const store = memoryStore();
    await simulate(store, { [DAY]: 30 });
    const now = dayStart(addDays(DAY, 1)) + 9.5 * 3600_000;
    const judge = new OpenAiJudge({ apiKey: 'sk-test', baseURL, model: 'fake', timeoutMs: 5000, log: silentLogger });
    const deps = await jobDeps(store, now, { judge, settings: { qaSampleSize: 2, suggestionsDir: '', suggestionsGit: false, knowledgeDir: (await sampleShop()).dir } });
    calls = 0;
    await qaSampling.run(deps, { date: DAY, dryRun: false });
    expect(calls).toBe(4);
    const stored = await store.read<{ flagged: boolean; findings: { rule: string; detail: string }[] }>(qaLog(DAY));
    expect(stored.every((s) => s.flagged)).toBe(true);
    expect(stored[0]!.findings.find((f) => f.rule === 'llm')!.detail).toBe('LLM 评分 40：没有回答客户的问题');
    expect(await store.increment(tokensKey(dayOf(now)), 0)).toBe(400);
  });
});
