import { describe, expect, it } from 'vitest';
import { splitText } from '../../adapters/shared/split-text.js';
import { escapeHtml } from '../../adapters/telegram/html.js';
import { buttonText, decodeCallbackData, keyboardFor } from '../../adapters/telegram/quick-reply-keyboard.js';
import { rememberOffered, renderNumbered, resolveNumbered } from '../../adapters/wechat/numbered-replies.js';
import { SendPacer } from '../../adapters/wechat/send-pacer.js';
import { memoryStore } from '../../core/store/open-store.js';
import type { Inbound } from '../../core/types.js';

describe('splitText', () => {
  it('leaves a short text whole', () => {
    expect(splitText('  你好  ', 600)).toEqual(['你好']);
  });

  it('cuts at the last sentence end within the limit, and every part fits', () => {
    const sentence = '这是一句完整的话，用来测试分段。';
    const text = sentence.repeat(100);
    const parts = splitText(text, 600);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect([...part].length).toBeLessThanOrEqual(600);
      expect(part.endsWith('。')).toBe(true);
    }
    expect(parts.join('')).toBe(text);
  });

  it('falls back to a clause, then a hard cut, and never splits an emoji', () => {
    expect(splitText('一二三四五，六七八九十', 8)).toEqual(['一二三四五，', '六七八九十']);
    const emoji = '😀'.repeat(10);
    const parts = splitText(emoji, 4);
    expect(parts).toEqual(['😀😀😀😀', '😀😀😀😀', '😀😀']);
  });
});

describe('WeChat numbered quick replies', () => {
  const inbound = (text: string): Inbound => ({ id: 'm', channel: 'wechat', address: 'wechat:wx1', userId: 'wx1', kind: 'text', text, at: 0 });

  it('renders them under the text and maps a lone digit back, even in full width', async () => {
    const store = memoryStore();
    const quick = [
      { label: '发什么快递', text: '发什么快递' },
      { label: '几天能到', text: '几天能到' },
    ];
    expect(renderNumbered('好的', quick)).toBe('好的\n\n回复 1：发什么快递\n回复 2：几天能到');
    // Under an English answer, the list reads in English.
    expect(renderNumbered('Orders ship within 48 hours.', [{ label: 'Is shipping free?', text: 'Is shipping free?' }])).toBe('Orders ship within 48 hours.\n\nReply 1: Is shipping free?');
    await rememberOffered(store, 'wechat:wx1', quick);
    expect(await resolveNumbered(store, inbound('2'))).toMatchObject({ text: '几天能到', action: 'quick-reply:2' });
    expect(await resolveNumbered(store, inbound(' １ '))).toMatchObject({ text: '发什么快递' });
    expect((await resolveNumbered(store, inbound('3'))).text).toBe('3'); // nothing offered under 3
    expect((await resolveNumbered(store, inbound('12'))).text).toBe('12');
  });

  it('forgets the menu when a later message offers none (a "5" after close is a rating)', async () => {
    const store = memoryStore();
    await rememberOffered(store, 'wechat:wx1', [{ label: 'a', text: 'a' }]);
    await rememberOffered(store, 'wechat:wx1', undefined);
    expect((await resolveNumbered(store, inbound('1'))).text).toBe('1');
  });
});

describe('SendPacer', () => {
  it('lets a burst through, then spaces sends at the rate, with jitter', async () => {
    let now = 0;
    const slept: number[] = [];
    const pacer = new SendPacer({
      perMinute: 30, // one every 2 s
      burst: 2,
      jitterMs: 1000,
      random: () => 0.5,
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
    });
    await Promise.all([pacer.wait(), pacer.wait(), pacer.wait()]);
    // Two from the burst (each with 500 ms jitter), the third waits for a token.
    expect(slept[0]).toBe(500);
    expect(slept[1]).toBe(500);
    expect(slept[2]).toBeGreaterThan(0);
    expect(now).toBeGreaterThanOrEqual(2000);
  });
});

describe('Telegram formatting', () => {
  it('escapes what HTML parse mode treats as markup', () => {
    expect(escapeHtml('满<99>元 & 包邮 <b>')).toBe('满&lt;99&gt;元 &amp; 包邮 &lt;b&gt;');
  });

  it('puts short reply texts in callback_data and long ones in the store', async () => {
    const store = memoryStore();
    const long = '我想问一下如果我买的茶叶礼盒在运输途中被压坏了应该怎么办';
    const keyboard = await keyboardFor(store, [
      { label: '运费', text: '运费谁出' },
      { label: '破损', text: long },
    ]);
    const [short, hashed] = keyboard.inline_keyboard.map((row) => row[0] as { text: string; callback_data: string });
    expect(short).toEqual({ text: '运费', callback_data: 'qr:运费谁出' });
    expect(Buffer.byteLength(hashed!.callback_data)).toBeLessThanOrEqual(64);
    const decoded = decodeCallbackData(hashed!.callback_data);
    expect(await buttonText(store, decoded!.hash!)).toBe(long);
    expect(decodeCallbackData('something else')).toBeUndefined();
  });
});
