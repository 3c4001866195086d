import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Update } from 'telegraf/types';
import { describe, expect, it } from 'vitest';
import { parseUpdate, type TelegramParseContext } from '../../adapters/telegram/parse-update.js';

const fixture = JSON.parse(readFileSync(path.resolve('test/fixtures/telegram/updates.json'), 'utf8')) as {
  ctx: TelegramParseContext;
  cases: { name: string; update: Update; expect: Record<string, unknown> }[];
};

describe('parseUpdate (recorded updates)', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(parseUpdate(c.update, fixture.ctx)).toMatchObject(c.expect);
  });

  it('gives every message an id unique across chats (message_id is per chat)', () => {
    const ids = fixture.cases.flatMap((c) => {
      const parsed = parseUpdate(c.update, fixture.ctx);
      return 'inbound' in parsed ? [parsed.inbound.id] : [];
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('5550001:41');
    expect(ids).toContain('-1001234567890:9');
  });
});
