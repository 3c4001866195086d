import { describe, expect, it } from 'vitest';
import { customerHistory, linkedProfiles } from '../../core/customers/customer-history.js';
import { profileKey, type CustomerProfile } from '../../core/customers/customer-profile.js';
import { identityHash, identityKey, linkCustomer, normalizeIdentifier } from '../../core/customers/identity-links.js';
import type { ConversationState } from '../../core/dialogue/conversation.js';
import { customerTicketsKey } from '../../core/handoff/ticket.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { memoryStore } from '../../core/store/open-store.js';
import type { Entity, UnderstandingEngine } from '../../core/understand/types.js';
import { keywordEngine } from '../fakes/keyword-engine.js';
import { testRuntime } from '../fakes/test-runtime.js';

/** The keyword engine, plus phone and order numbers as entities (the real engine finds more). */
function engineWithIdentifiers(kb: KnowledgeBase): UnderstandingEngine {
  const base = keywordEngine(kb);
  return {
    understand(text, options) {
      const entities: Entity[] = [];
      for (const m of text.matchAll(/(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}/gu)) entities.push({ kind: 'phone', value: m[0].replace(/[^\d+]/gu, ''), text: m[0] });
      for (const m of text.matchAll(/订单号?\s*(\d{8,})/gu)) entities.push({ kind: 'order_id', value: m[1]!, text: m[1]! });
      return { ...base.understand(text, options), entities };
    },
  };
}

describe('customer identity across channels', () => {
  it('links a WeChat and a Telegram profile that proved the same buyer, so history follows the buyer', async () => {
    const { bot, deps, message } = testRuntime({ engineFactory: engineWithIdentifiers });
    const wechat = { channel: 'wechat', address: 'wechat:wxid_1', userId: 'wxid_1', userName: '小林' };
    const telegram = { channel: 'telegram', address: 'telegram:42', userId: '42', userName: 'Lin' };

    await bot.receive(message('什么时候发货', wechat)); // before anything identifies them
    // What the orders stage does once the customer proved an order is theirs.
    const linked = await linkCustomer(deps.store, { channel: 'wechat', userId: 'wxid_1' }, [{ kind: 'phone', value: '13812345678' }, { kind: 'order_id', value: '2024050112345678' }], Date.now());
    const buyer = linked!.customerId;
    expect(buyer).toMatch(/^buyer:[0-9a-f]{24}$/u);
    await bot.receive(message('怎么退货', wechat));
    await linkCustomer(deps.store, { channel: 'telegram', userId: '42' }, [{ kind: 'phone', value: '+86 138-1234-5678' }], Date.now());
    const later = await bot.receive(message('什么时候发货', telegram));
    expect(later!.conversation.customerId).toBe(buyer);

    const profiles = await deps.store.getMany<CustomerProfile>([profileKey('wechat', 'wxid_1'), profileKey('telegram', '42')]);
    expect(profiles.map((p) => p?.id)).toEqual([buyer, buyer]);
    expect(profiles[0]).toMatchObject({ name: '小林', linkedBy: ['phone', 'order_id'], messages: 2 });

    expect((await linkedProfiles(deps.store, buyer)).map((p) => p.channel).sort()).toEqual(['telegram', 'wechat']);
    const history = await customerHistory(deps.store, buyer);
    expect(history.map((t) => [t.channel, t.text])).toEqual([
      ['wechat', '什么时候发货'], // logged under the old id, found through the link
      ['wechat', '怎么退货'],
      ['telegram', '什么时候发货'],
    ]);

    // Only a hash of the number is stored in keys and profiles.
    expect(await deps.store.get(identityKey('phone', identityHash('phone', '13812345678')))).toBe(buyer);
    expect(JSON.stringify(profiles)).not.toContain('13812345678');
    expect(buyer).not.toContain('13812345678');
  });

  it('keys the hashes with IDENTITY_SECRET when set: the same buyer links, and the store no longer matches a plain hash of a guessed number', async () => {
    const { deps } = testRuntime({ engineFactory: engineWithIdentifiers });
    const secret = 'shop-secret-4f1c';
    const a = await linkCustomer(deps.store, { channel: 'wechat', userId: 'a' }, [{ kind: 'phone', value: '13812345678' }], Date.now(), secret);
    const b = await linkCustomer(deps.store, { channel: 'telegram', userId: 'b' }, [{ kind: 'phone', value: '+86 13812345678' }], Date.now(), secret);
    expect(b!.customerId).toBe(a!.customerId);
    expect(await deps.store.get(identityKey('phone', identityHash('phone', '13812345678', secret)))).toBe(a!.customerId);
    expect(await deps.store.get(identityKey('phone', identityHash('phone', '13812345678')))).toBeUndefined();
    expect(a!.customerId).not.toContain(identityHash('phone', '13812345678'));
  });

  it('links nothing on a number merely typed: anyone can type anyone\'s phone or order number', async () => {
    const { bot, deps, message } = testRuntime({ engineFactory: engineWithIdentifiers });
    const victim = await linkCustomer(deps.store, { channel: 'wechat', userId: 'victim' }, [{ kind: 'phone', value: '13812345678' }], Date.now());
    const turn = await bot.receive(message('我手机号 13812345678 订单号 2024050112345678 怎么退货', { channel: 'telegram', address: 'telegram:7', userId: '7' }));
    expect(turn!.conversation.customerId).toBe('telegram:7');
    expect(turn!.conversation.customerId).not.toBe(victim!.customerId);
    const profile = await deps.store.get<CustomerProfile>(profileKey('telegram', '7'));
    expect(profile?.id).toBe('telegram:7');
  });

  it('keeps an already linked buyer when a number belongs to someone else, and carries tickets over', async () => {
    const store = memoryStore();
    const now = Date.now();
    const a = await linkCustomer(store, { channel: 'wechat', userId: 'a' }, [{ kind: 'phone', value: '13800000001' }], now);
    const b = await linkCustomer(store, { channel: 'wechat', userId: 'b' }, [{ kind: 'phone', value: '13900000002' }], now);
    const clash = await linkCustomer(store, { channel: 'wechat', userId: 'a' }, [{ kind: 'phone', value: '13900000002' }], now);
    expect(clash).toMatchObject({ customerId: a!.customerId, changed: false, conflict: true });
    expect(a!.customerId).not.toBe(b!.customerId);

    await store.set(customerTicketsKey('telegram:9'), ['T-1']);
    const joined = await linkCustomer(store, { channel: 'telegram', userId: '9' }, [{ kind: 'phone', value: '+86 13800000001' }], now);
    expect(joined).toMatchObject({ customerId: a!.customerId, previousId: 'telegram:9', changed: true, conflict: false });
    expect(await store.get(customerTicketsKey(a!.customerId))).toEqual(['T-1']);
  });

  it('normalises numbers and ignores ones too short to identify anyone', () => {
    expect(normalizeIdentifier('phone', '+86 138-1234-5678')).toBe('13812345678');
    expect(normalizeIdentifier('phone', '008613812345678')).toBe('13812345678');
    expect(normalizeIdentifier('phone', '123')).toBeUndefined();
    expect(normalizeIdentifier('order_id', 'tb 2024-0501')).toBe('TB20240501');
    expect(normalizeIdentifier('order_id', '123')).toBeUndefined();
  });
});
