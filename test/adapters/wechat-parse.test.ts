import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { types } from 'wechaty';
import { describe, expect, it } from 'vitest';
import { parseWechatMessage, WechatMessageType, type WechatParseContext, type WechatRawMessage } from '../../adapters/wechat/parse-message.js';

const dir = path.resolve('test/fixtures/wechat');
const load = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));

describe('parseWechatMessage (recorded payloads)', () => {
  const single = readdirSync(dir).filter((f) => !['kinds.json', 'ignored.json'].includes(f));
  it.each(single)('%s', (file) => {
    const fixture = load(file);
    const parsed = parseWechatMessage(fixture.raw, fixture.ctx);
    if (fixture.ignored) expect(parsed).toEqual({ ignored: fixture.ignored });
    else expect(parsed).toEqual({ inbound: fixture.expect });
  });

  it('maps every non-text type to a kind the pipeline has a hint for, with no text', () => {
    const { ctx, base, cases } = load('kinds.json');
    for (const [i, c] of (cases as { type: number; text: string; kind: string }[]).entries()) {
      const parsed = parseWechatMessage({ ...base, id: `k${i}`, type: c.type, text: c.text }, ctx);
      expect(parsed, `type ${c.type}`).toMatchObject({ inbound: { kind: c.kind, text: '' } });
    }
  });

  it('ignores the bot itself, official accounts and system notices', () => {
    const { ctx, cases } = load('ignored.json');
    for (const c of cases as { reason: string; raw: WechatRawMessage }[]) expect(parseWechatMessage(c.raw, ctx)).toEqual({ ignored: c.reason });
  });

  it('follows the group mode: mention, all, off', () => {
    const { raw, ctx } = load('room-no-mention.json');
    const mode = (groupMode: WechatParseContext['groupMode']) => parseWechatMessage(raw, { ...ctx, groupMode });
    expect(mode('mention')).toEqual({ ignored: 'group message without @' });
    expect(mode('all')).toMatchObject({ inbound: { isGroup: true, mentioned: false, text: '今天天气不错' } });
    expect(mode('off')).toEqual({ ignored: 'group chats are off' });
    const mentioned = load('room-mention-list.json');
    expect(parseWechatMessage(mentioned.raw, { ...mentioned.ctx, groupMode: 'off' })).toEqual({ ignored: 'group chats are off' });
  });

  it("keeps its message type numbers in step with wechaty's enum", () => {
    for (const [name, value] of Object.entries(WechatMessageType)) {
      expect(types.Message[name as keyof typeof types.Message], name).toBe(value);
    }
  });
});
