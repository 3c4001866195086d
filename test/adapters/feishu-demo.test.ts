// `xiaoer demo --json` continues the customers' story into the agents' Feishu desk.
import { describe, expect, it } from 'vitest';
import { runDemo, type DemoLine } from '../../bots/commands/demo.js';
import { silentLogger } from '../../core/log.js';

describe('demo: the Feishu handoff part', () => {
  it('complaint on WeChat → card in Feishu → agent reply → relayed to WeChat → /close → rating', async () => {
    let out = '';
    const { code, lines } = await runDemo({ json: true, write: (t) => (out += t), log: silentLogger });
    expect(code).toBe(0);
    expect(out.trim().split('\n').map((l) => JSON.parse(l) as DemoLine)).toEqual(lines);
    const complaint = lines.find((l) => l.channel === 'wechat' && l.from === 'customer' && l.text.includes('投诉'))!;
    const step = (n: number) => lines.filter((l) => l.step === n);
    // The card reaches the agents' group, and the customer hears a person is coming.
    expect(step(complaint.step)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'feishu', from: 'bot', text: expect.stringContaining('工单卡片') }),
        expect.objectContaining({ channel: 'wechat', from: 'bot', text: expect.stringContaining('人工') }),
      ]),
    );
    // The agent replies in Feishu; the reply reaches the customer on WeChat as the agent's.
    const reply = lines.find((l) => l.channel === 'feishu' && l.from === 'agent' && l.text.includes('补发一罐'))!;
    expect(step(reply.step)).toContainEqual(expect.objectContaining({ channel: 'wechat', from: 'agent', text: expect.stringContaining(reply.text) }));
    // What the customer writes meanwhile is mirrored to the agents.
    expect(lines).toContainEqual(expect.objectContaining({ channel: 'feishu', from: 'bot', text: '客户：好的，谢谢，尽快哈' }));
    // /close asks for a rating; the rating reaches the card.
    const close = lines.find((l) => l.channel === 'feishu' && l.from === 'agent' && l.text.startsWith('/close'))!;
    expect(step(close.step)).toContainEqual(expect.objectContaining({ channel: 'wechat', from: 'bot', text: expect.stringContaining('1–5') }));
    expect(lines).toContainEqual(expect.objectContaining({ channel: 'feishu', from: 'bot', text: '⭐ 客户评分：5/5' }));
  }, 60_000);
});
