import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answerStates } from '../../core/understand/answer-states.js';
import { resolveContext, substitutions } from '../../core/understand/context.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { createEngine } from '../../core/understand/engine.js';
import type { HistoryTurn } from '../../core/understand/types.js';
import { kbOf, shopKb } from './kb.js';

const engine = createEngine(shopKb());

/** The entry that answers `text` asked right after `earlier` (and the bot's reply to it). */
const answerAfter = (e: ReturnType<typeof createEngine>, text: string, earlier: string) =>
  e.understand(text, { history: [{ role: 'customer', text: earlier }, { role: 'agent', text: 'ok' }] }).answer?.id;

describe('follow-up questions', () => {
  it('resolves 那退货呢? after a shipping question to the return entry, the new topic replacing the old', () => {
    const history: HistoryTurn[] = [
      { role: 'customer', text: '多久发货?' },
      { role: 'bot', text: '付款后48小时内发货。', faq: 'shipping_time' },
    ];
    const u = engine.understand('那退货呢?', { history });
    expect(u.answer?.id).toBe('returns');
    expect(u.resolved).toContain('退货');
    // The earlier question's topic is replaced, not glued on.
    expect(u.resolved).not.toContain('发货');
  });

  it('reads a short question that points back ("is it free?", 那运费谁出) together with the earlier one', () => {
    const kb = shopKb({
      faq: [
        { id: 'returns', questions: ['how do I return something', 'how do returns work'], answer: 'Start a return in your account.' },
        { id: 'return_postage', questions: ['is return shipping free', 'who pays for return postage'], answer: 'Returns are free.' },
        { id: 'delivery_cost', questions: ['how much is delivery', 'is delivery free'], answer: '£3.99, free over £40.' },
        { id: 'zh_returns', questions: ['怎么退货', '退货流程'], answer: '七天无理由。' },
        { id: 'zh_return_postage', questions: ['退货运费谁出', '退货要运费吗'], answer: '质量问题我们出。' },
        { id: 'zh_delivery_cost', questions: ['运费多少', '包邮吗'], answer: '满99包邮。' },
      ],
    });
    const e = createEngine(kb);
    expect(e.understand('is it free?', { history: [{ role: 'customer', text: 'how do I return something' }] }).answer?.id).toBe('return_postage');
    expect(e.understand('那运费谁出', { history: [{ role: 'customer', text: '怎么退货' }] }).answer?.id).toBe('zh_return_postage');
    // Without the earlier question, or without pointing back, the question stands on its own.
    expect(e.understand('is delivery free?', { history: [{ role: 'customer', text: 'how do I return something' }] }).answer?.id).toBe('delivery_cost');
    expect(e.understand('运费多少', { history: [{ role: 'customer', text: '怎么退货' }] }).answer?.id).toBe('zh_delivery_cost');
  });

  it('answers a leaning question from the entry saying what is new of the same thing, not the earlier entry again ("what if it\'s expired?")', async () => {
    const e = createEngine(await loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/eyewear-en')));
    expect(answerAfter(e, "what if it's expired?", 'How do I send you my prescription?')).toBe('expired-prescription');
    // The earlier entry again when it says what is asked.
    expect(answerAfter(e, 'can I do it after ordering?', 'How do I send you my prescription?')).toBe('submit-prescription');
  });

  it('reads "how much does that cost?" after a question about delivery time as the cost of delivery', () => {
    const e = createEngine(
      kbOf([
        ['delivery-time', ['How long does delivery take?', 'When will my order arrive?']],
        ['delivery-cost', ['How much is delivery?', 'Is delivery free?']],
        ['returns', ['How do I return something?']],
      ]),
    );
    expect(answerAfter(e, 'how much does that cost?', 'how long does delivery take?')).toBe('delivery-cost');
    expect(answerAfter(e, 'how long does that take?', 'how much is delivery?')).toBe('delivery-time');
  });

  it('answers "how long would that take?" from the entry the earlier question found, when its answer gives the days', () => {
    const kb = shopKb({
      faq: [
        { id: 'islands', questions: ['Do you deliver to the Channel Islands?'], answer: 'Yes, to Jersey and Guernsey in 5-7 working days, with a £39 surcharge.' },
        { id: 'slots', questions: ['How long does delivery take?', 'Can I choose a delivery slot?'], answer: 'Pick a slot at checkout.' },
        { id: 'returns', questions: ['How do I return something?'], answer: 'Start a return in your account.' },
        { id: 'refund-time', questions: ['How long do refunds take?'], answer: 'Refunds reach you in 3-5 days.' },
        { id: 'zh-remote', questions: ['新疆西藏能发吗'], answer: '可以发，3-5天到，另加运费20元。' },
        { id: 'zh-time', questions: ['多久能到货'], answer: '看地区。' },
      ],
    });
    const e = createEngine(kb);
    expect(answerAfter(e, 'how long would that take', 'Do you deliver to Jersey?')).toBe('islands');
    expect(answerAfter(e, 'how much does that cost?', 'Do you deliver to Jersey?')).toBe('islands');
    expect(answerAfter(e, '要多久', '新疆能发吗')).toBe('zh-remote');
    // An answer that does not say how long or how much is no answer to it.
    expect(answerStates({ id: 'returns', kind: 'faq', faq: kb.faq[2] }, 'time')).toBe(false);
    expect(answerStates({ id: 'refund-time', kind: 'faq', faq: kb.faq[3] }, 'time')).toBe(true);
    expect(answerStates({ id: 'islands', kind: 'faq', faq: kb.faq[0] }, 'cost')).toBe(true);
    expect(answerStates({ id: 'zh-time', kind: 'faq', faq: kb.faq[5] }, 'time')).toBe(false);
    const said = (answer: string) => ({ id: 'x', kind: 'faq' as const, faq: { id: 'x', questions: ['x'], answer } });
    expect(answerStates(said('Our book search service is free.'), 'cost')).toBe(true);
    expect(answerStates(said('Feel free to ask us anything.'), 'cost')).toBe(false);
    // The bot's record of its reply names another entry: that conversation is not on this one.
    const recorded = e.understand('how long would that take', {
      history: [
        { role: 'customer', text: 'Do you deliver to Jersey?' },
        { role: 'bot', text: 'Pick a slot at checkout.', faq: 'slots' },
      ],
    });
    expect(recorded.answer?.id).not.toBe('islands');
  });

  it('takes a 那X呢 follow-up\'s frame from the last question, past a remark made since (我还买了冻虾仁)', () => {
    const e = createEngine(kbOf([['live', ['活蟹怎么保存']], ['frozen', ['冻品怎么保存']], ['size', ['冻虾仁一盒多少克']]]));
    const history: HistoryTurn[] = [
      { role: 'customer', text: '活蟹收到了要咋保存' },
      { role: 'agent', text: '放冷藏室，盖湿毛巾。' },
      { role: 'customer', text: '好的 我还买了一盒冻品' },
      { role: 'agent', text: '好的亲' },
    ];
    expect(e.understand('那冻的呢', { history }).answer?.id).toBe('frozen');
  });

  it('reads a place added to a delivery question as a question about delivering there, when an entry is', () => {
    const e = createEngine(
      kbOf([
        ['delivery-time', ['How long does delivery take?', 'When will my order arrive?']],
        ['ni', ['Do you deliver to Northern Ireland?']],
        ['islands', ['Do you deliver to the Channel Islands?']],
      ]),
    );
    // Belfast is in Northern Ireland, Guernsey in the Channel Islands (lexicon/places.ts).
    expect(answerAfter(e, 'and to Belfast?', 'how long does delivery take?')).toBe('ni');
    expect(answerAfter(e, 'can you do that in Guernsey?', 'how long does delivery take?')).toBe('islands');
  });

  it('takes the entry the conversation is on from the reply the customer read, not from reading the earlier question again', () => {
    const e = createEngine(
      shopKb({
        faq: [
          { id: 'shipping-times', questions: ['How long does shipping take?', 'When will my order arrive?'], answer: 'Orders ship the same day and arrive in 3-5 business days.' },
          { id: 'shipping-costs', questions: ['How much does shipping cost?', 'Do you offer free shipping?'], answer: 'Standard shipping is free over $75, otherwise $6.95.' },
          { id: 'expedited', questions: ['Do you offer express shipping?', 'How much is 2-day shipping?'], answer: '2-day shipping costs $14.95 and overnight $29.95.' },
        ],
      }),
    );
    // "How much is shipping?" alone reads much like the 2-day question; the reply was the standard costs.
    const history: HistoryTurn[] = [
      { role: 'customer', text: 'How much is shipping?' },
      { role: 'agent', text: 'Standard shipping is free over $75, otherwise $6.95.' },
    ];
    expect(e.understand('and how long does it take?', { history }).answer?.id).toBe('shipping-times');
  });

  it('answers a place asked after an answer that names it (or its region) from that answer\'s entry', () => {
    const kb = shopKb({
      faq: [
        { id: 'free-shipping', questions: ['买多少包邮', '运费多少'], answer: '满59元包邮，新疆、西藏等偏远地区满99元包邮。' },
        { id: 'delivery-days', questions: ['几天能到', '发货后多久到'], answer: '江浙沪次日达，其他省份2-3天，新疆、西藏4-6天。' },
        { id: 'areas', questions: ['哪些地区能发货', '能寄到新疆西藏吗'], answer: '大陆所有省份都能发，港澳台暂不发。' },
      ],
    });
    const e = createEngine(kb);
    const after = (earlier: string, reply: string, text: string, faq?: string) =>
      e.understand(text, { history: [{ role: 'customer', text: earlier }, { role: 'agent', text: reply, ...(faq ? { faq } : {}) }] }).answer?.id;
    // The reply the customer just read is the entry's answer word for word, or the bot's record says it.
    expect(after('买多少包邮啊', '满59元包邮，新疆、西藏等偏远地区满99元包邮。', '西藏呢')).toBe('free-shipping');
    expect(after('寄到杭州要几天', '江浙沪次日达，其他省份2-3天，新疆、西藏4-6天。', '那乌鲁木齐呢？')).toBe('delivery-days');
    expect(after('寄到杭州要几天', '（已回复）', '那乌鲁木齐呢？', 'delivery-days')).toBe('delivery-days');
  });

  it('answers how long to a place from the delivery entry whose answer names its area, not the dispatch answer just given again', async () => {
    const kb = await loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/powerbanks-zh'));
    const e = createEngine(kb);
    const history: HistoryTurn[] = [
      { role: 'customer', text: '今天下单什么时候发货？' },
      { role: 'agent', text: kb.faq.find((f) => f.id === 'shipping-time')!.answer },
    ];
    // The dispatch answer gives hours and names the warehouse's province; 上海 lies in 江浙沪, which only
    // the delivery answer names, with the days.
    expect(e.understand('那到上海要几天', { history }).answer?.id).toBe('delivery-time');
  });

  it('answers a country no answer names ("and to Spain?") from the answer naming its area that the earlier question finds', () => {
    const uk = 'Standard UK delivery costs £4.95 and is free on orders over £60. Next Day delivery within the UK costs £7.95 whatever the order value.';
    const rows: [string, string[], string?][] = [
      ['shipping-cost', ['How much is delivery?', 'Do you offer free shipping?', 'What is the minimum order for free delivery?'], uk],
      ['international', ['Do you ship outside the UK?', 'How much is international delivery?', 'How long does delivery to Europe take?'], 'Yes, we ship worldwide by courier. Delivery to Europe costs £12.95 and takes 3-5 working days; to the rest of the world it costs £24.95.'],
    ];
    const history: HistoryTurn[] = [
      { role: 'customer', text: 'How much is delivery in the UK?' },
      { role: 'agent', text: uk },
    ];
    expect(createEngine(kbOf(rows)).understand('and to Spain?', { history }).answer?.id).toBe('international');
    // Another answer naming the EU with a price (the VAT collected) leaves it to the earlier question.
    const withCustoms = kbOf([...rows, ['customs', ['Do I have to pay import VAT?'], 'For EU orders up to €150 we collect the VAT at checkout.']]);
    expect(createEngine(withCustoms).understand('and to Spain?', { history }).answer?.id).toBe('international');
  });

  it('answers how long or how much, after a question about a place, from the answer that names the place and states it', () => {
    const kb = shopKb({
      faq: [
        { id: 'remote-areas', questions: ['新疆西藏能发吗？', '偏远地区包邮吗？'], answer: '新疆、西藏、青海需补运费15元，一般5-8天到货。' },
        { id: 'courier', questions: ['发什么快递？', '一般几天能到？'], answer: '默认中通，江浙沪次日到，其他地区2-4天到。' },
        { id: 'refund-time', questions: ['退款多久到账？'], answer: '1-3个工作日原路退回。' },
      ],
    });
    const e = createEngine(kb);
    const history: HistoryTurn[] = [
      { role: 'customer', text: '寄到新疆要加运费吗？' },
      { role: 'agent', text: '新疆、西藏、青海需补运费15元，一般5-8天到货。' },
    ];
    // 一般几天能到 is the courier entry's question word for word, and its days are for everywhere else.
    expect(e.understand('那大概几天能到？', { history }).answer?.id).toBe('remote-areas');
    expect(e.understand('大概几天能到？').answer?.id).toBe('courier');
    // A thing of its own, which another entry names, is asked of that entry (the returns' postage).
    const withReturns = createEngine(shopKb({ faq: [...kb.faq, { id: 'return-postage', questions: ['退货运费谁出？', '退货运费多少钱？'], answer: '质量问题我们承担，其他情况买家承担，一般10元左右。' }] }));
    expect(withReturns.understand('那退货运费多少钱', { history }).answer?.id).toBe('return-postage');
  });

  it('reads 新疆也是发京东吗 as asking whether the answer just given holds for that place too', () => {
    const kb = shopKb({
      faq: [
        { id: 'delivery-area', questions: ['新疆西藏能发吗？', '偏远地区配送吗？'], answer: '中国大陆均可配送，新疆、西藏一般3-7天送达，同样满99元包邮。' },
        { id: 'courier', questions: ['发什么快递？', '能发顺丰吗？'], answer: '所有订单统一由京东物流配送，不支持指定其他快递。' },
        { id: 'free-shipping', questions: ['包邮吗？'], answer: '满99元包邮，不满99元收6元运费。' },
      ],
    });
    const e = createEngine(kb);
    const afterCourier: HistoryTurn[] = [
      { role: 'customer', text: '发的什么快递？' },
      { role: 'agent', text: '所有订单统一由京东物流配送，不支持指定其他快递。' },
    ];
    // The regions' entry names 新疆 but no courier: the courier's answer holds for every order.
    expect(e.understand('新疆也是发京东吗', { history: afterCourier }).answer?.id).toBe('courier');
    // Asked of what the regions' entry says of the place itself, that entry.
    const afterFree: HistoryTurn[] = [
      { role: 'customer', text: '包邮吗？' },
      { role: 'agent', text: '满99元包邮，不满99元收6元运费。' },
    ];
    expect(e.understand('新疆也包邮吗', { history: afterFree }).answer?.id).toBe('delivery-area');
  });

  it('reads "I\'m in Hobart" / 我在拉萨 after a question as that question asked from there', () => {
    const e = createEngine(
      kbOf([
        ['cutoff', ['When is the last day to order before Christmas?', 'What are your Christmas cut-off dates for Tasmania?']],
        ['nz', ['Do you ship to New Zealand?']],
        ['remote', ['新疆西藏能发吗', '偏远地区几天到']],
        ['time', ['多久能到货']],
      ]),
    );
    expect(answerAfter(e, "I'm in Hobart", 'When do I need to order by for Christmas?')).toBe('cutoff');
    expect(answerAfter(e, '我在拉萨', '能发货吗')).toBe('remote');
    expect(e.understand('shipping cost NZ').answer?.id).toBe('nz');
  });

  it('reads an English follow-up that reacts before it asks ("It\'s already been sent out. Can I still cancel it?") for its question', async () => {
    const e = createEngine(await loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/mattress-en')));
    expect(answerAfter(e, "It's already been sent out. Can I still cancel it?", 'Can I change my order after placing it?')).toBe('cancel-order');
  });

  it('reads a named place as the areas it lies in: Honolulu in Hawaii, 乌鲁木齐 in 新疆 and the 偏远地区, 嘉兴 in 江浙沪', () => {
    const e = createEngine(
      kbOf([
        ['hawaii', ['Do you ship to Alaska and Hawaii?']],
        ['abroad', ['Do you ship internationally?', 'Do you ship to Canada?']],
        ['remote', ['新疆西藏能发吗', '偏远地区加运费吗']],
        ['free', ['江浙沪包邮吗']],
        ['time', ['几天能到']],
      ]),
    );
    expect(e.understand('Do you ship to Honolulu?').answer?.id).toBe('hawaii');
    expect(e.understand('Do you ship to Toronto?').answer?.id).toBe('abroad');
    expect(e.understand('乌鲁木齐能发吗').answer?.id).toBe('remote');
    expect(e.understand('嘉兴包邮吗').answer?.id).toBe('free');
  });

  it('reads 要钱吗 / 收费吗 after a question about a service as the price of that service', () => {
    const e = createEngine(kbOf([['engrave', ['戒指可以刻字吗', '刻字怎么弄']], ['labor', ['工费怎么算', '除了金价还要另外收钱吗']], ['ship', ['什么时候发货']]]));
    expect(e.understand('要钱吗').answer?.id).toBe('labor');
    expect(e.understand('要钱吗', { history: [{ role: 'customer', text: '戒指里面能刻字不' }, { role: 'agent', text: '可以' }] }).answer?.id).toBe('engrave');
  });

  it('takes the whole topic from the earlier question when the new one only asks how (how long does that take?)', () => {
    const kb = shopKb({
      faq: [
        { id: 'refund', questions: ['how do I get a refund', 'can I have my money back'], answer: 'Start a return in your account.' },
        { id: 'refund_time', questions: ['how long do refunds take', 'when will I get my refund'], answer: '3-5 working days.' },
        { id: 'delivery_time', questions: ['how long does delivery take', 'when will my order arrive'], answer: '2-4 working days.' },
        { id: 'zh_refund', questions: ['怎么申请退款', '能退款吗'], answer: '在订单页申请。' },
        { id: 'zh_refund_time', questions: ['退款多久到账', '退款几天能到'], answer: '1-3个工作日。' },
        { id: 'zh_delivery_time', questions: ['多久能到货', '几天能送到'], answer: '2-4天。' },
      ],
    });
    const e = createEngine(kb);
    expect(e.understand('and how long does that take?', { history: [{ role: 'customer', text: 'how do i get a refund for my lamp' }] }).answer?.id).toBe('refund_time');
    // In Chinese the earlier question, said word for word, still outweighs 多久 (a frame word, weighing
    // little): no answer rather than the earlier one again.
    expect(e.understand('那要多久', { history: [{ role: 'customer', text: '怎么申请退款' }] }).answer).toBeNull();
  });

  it('asks the earlier question about the new topic: 那X呢 after "Y怎么用" is "X怎么用"', () => {
    const kb = shopKb({
      faq: [
        { id: 'use_drill', questions: ['电钻怎么用', '电钻使用方法'], answer: '装好钻头，按开关。' },
        { id: 'use_saw', questions: ['电锯怎么用', '电锯使用方法'], answer: '先戴护目镜。' },
        { id: 'saw_price', questions: ['电锯多少钱'], answer: '299元。' },
        { id: 'saw_warranty', questions: ['电锯保修多久'], answer: '一年。' },
      ],
    });
    const u = createEngine(kb).understand('那电锯呢', { history: [{ role: 'customer', text: '电钻怎么用' }] });
    expect(u.resolved).toBe('电锯怎么用');
    expect(u.answer?.id).toBe('use_saw');
  });

  it('asks the earlier question of the new thing from an entry that asks it so, though another is more about the thing (那保健品呢 after 药拆开了能退吗)', async () => {
    // The pharmacy's knowledge (team-wording): one entry is on what supplements are (保健品能治病吗…),
    // another on returning what is not a medicine, supplements among them (保健品可以退吗).
    const pharmacy = createEngine(await loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/pharmacy-zh')));
    const history: HistoryTurn[] = [{ role: 'customer', text: '药拆开了没吃能退吗' }, { role: 'bot', text: '药品一经售出，无质量问题不予退换。', faq: 'return-policy' }];
    expect(pharmacy.understand('那保健品呢', { history }).answer?.id).toBe('supplement-returns');
    expect(pharmacy.understand('保健品').candidates[0]?.id).toBe('health-supplements');
  });

  it('answers a thing named in the answer just given from that answer, when no entry about the thing answers the earlier question of it', async () => {
    // The garden-furniture shop (team-wording): its warranty answer gives the cushions' one year; another
    // entry is about cushions fading.
    const patio = createEngine(await loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/patio-en')));
    const warranty = 'All our garden furniture has a 2-year guarantee against manufacturing faults, and aluminium frames are covered for 5 years. Gas BBQs have a 2-year guarantee on the whole unit and 10 years on the stainless steel burners, while cushions, covers and parasol canopies are covered for 1 year.';
    const history: HistoryTurn[] = [{ role: 'customer', text: 'What warranty comes with your sofa sets?' }, { role: 'agent', text: warranty }];
    expect(patio.understand('and the cushions?', { history }).answer?.id).toBe('warranty-length');
  });

  it('asks an earlier question about no thing in particular of the new one, when only the new thing alone would answer', async () => {
    // A shop's knowledge of its own size (the gadget shop): "headphones" alone meets the entry about
    // headphones' compatibility, but after the returns policy it asks about returning headphones.
    const gadget = createEngine(await loadKnowledge('test/understand/gadget-shop/kb'));
    const history: HistoryTurn[] = [{ role: 'customer', text: 'what is your returns policy?' }, { role: 'bot', text: '30 days.', faq: 'return-policy' }];
    expect(gadget.understand('what about headphones?', { history }).answer?.id).toBe('return-policy');
    expect(gadget.understand('what about headphones?').answer?.id).not.toBe('return-policy');
    // A reading that keeps some of the earlier question still wins: 那退货呢 after 多久发货 (above).
  });

  it('reads X怎么样 without 那 as a question of its own: 今天天气咋样 asks about the weather, not shipping', () => {
    const history: HistoryTurn[] = [
      { role: 'customer', text: '多久发货?' },
      { role: 'bot', text: '付款后48小时内发货。', faq: 'shipping_time' },
    ];
    const u = engine.understand('今天天气咋样', { history });
    expect(u.resolved).not.toContain('发货');
    expect(u.answer).toBeNull();
  });

  it('leans a short question on the earlier one only in the same language', () => {
    const kb = shopKb({
      faq: [
        { id: 'genuine', questions: ['是正品吗', '保证正品吗'], answer: '保证正品。' },
        { id: 'no_price_slip', questions: ['不要放价格单', '可以不放发货单吗'], answer: '可以备注不放。' },
      ],
    });
    const zh = createEngine(kb);
    const history: HistoryTurn[] = [{ role: 'customer', text: '不要放价格单' }, { role: 'bot', text: '可以备注不放。', faq: 'no_price_slip' }];
    expect(zh.understand('is it authentic?').answer?.id).toBe('genuine');
    expect(zh.understand('is it authentic?', { history }).answer?.id).toBe('genuine');
  });

  it('keeps the earlier question as context: 那退货呢? after a question about shipping costs', () => {
    const kb = shopKb({
      faq: [
        { id: 'ship_fee', questions: ['运费多少钱', '发货运费谁出'], answer: '满99包邮。' },
        { id: 'return_fee', questions: ['退货运费谁出'], answer: '质量问题我们出。' },
        { id: 'return_how', questions: ['怎么退货', '退货流程'], answer: '在订单页申请。' },
      ],
    });
    const u = createEngine(kb).understand('那退货呢', { history: [{ role: 'customer', text: '发货运费谁出?' }] });
    expect(u.answer?.id).toBe('return_fee');
  });

  it('reads an English fragment (how much?, even amazon?) with the earlier question', () => {
    const kb = shopKb({
      faq: [
        { id: 'express', questions: ['do you offer next day delivery', 'how much is express shipping'], answer: '£6.99.' },
        { id: 'shipping_cost', questions: ['how much is shipping', 'is delivery free'], answer: '£3.99.' },
        { id: 'price_match', questions: ['do you price match', 'will you beat a competitor price'], answer: 'Yes, with proof.' },
      ],
    });
    const e = createEngine(kb);
    expect(e.understand('how much?', { history: [{ role: 'customer', text: 'do you offer next day delivery' }] }).answer?.id).toBe('express');
    expect(e.understand('even amazon?', { history: [{ role: 'customer', text: 'do you price match' }] }).answer?.id).toBe('price_match');
    // Alone, a fragment is no question about anything.
    expect(e.understand('even amazon?').answer).toBeNull();
  });

  it('reads 那怎么弄 after a question about returns as asking how to return, and never comes back empty-handed', () => {
    const kb = shopKb({
      faq: [
        { id: 'returns', questions: ['七天无理由能退吗', '可以退货吗'], answer: '支持七天无理由，在订单页点申请退货。' },
        { id: 'invoice', questions: ['能开发票吗'], answer: '可以开电子发票。' },
      ],
    });
    const u = createEngine(kb).understand('那怎么弄', { history: [{ role: 'customer', text: '七天无理由能退吗' }] });
    expect(u.candidates[0]?.id).toBe('returns');
  });

  it('reads a short Chinese question that only asks how (大概要多久) with the earlier one, without 那', () => {
    const kb = shopKb({
      faq: [
        { id: 'restock', questions: ['什么时候补货', '断码了还会有吗'], answer: '一般7-15天补货。' },
        { id: 'shipping', questions: ['多久发货', '几天能发出'], answer: '48小时内发货。' },
      ],
    });
    expect(createEngine(kb).understand('大概要多久', { history: [{ role: 'customer', text: '这个码什么时候补货' }] }).answer?.id).toBe('restock');
  });

  it('does not rephrase a story: an earlier message of thousands of words gives no readings', () => {
    expect(substitutions(`how do i return my ${'shoe '.repeat(3000)}`, 'exchanges', true)).toEqual([]);
    expect(substitutions('how do i return my shoes', 'exchanges', true).length).toBeGreaterThan(0);
  });

  it('replaces a word of the earlier question with the new topic, never a particle alone (that keeps the earlier topic too)', () => {
    const readings = substitutions('下单后多久发货呀', '运费', false);
    expect(readings).toContain('下单后多久运费呀');
    expect(readings).not.toContain('下单后多久发货运费');
    // 发货运费 would hold 货运, a pair of 退货运费谁出: the return-postage entry, for a question about postage.
    const kb = shopKb({
      faq: [
        { id: 'ship-time', questions: ['下单后多久发货？'], answer: '48小时内发货' },
        { id: 'postage', questions: ['运费多少？', '包邮吗？'], answer: '全店包邮' },
        { id: 'return-postage', questions: ['退货运费谁出？', '退跑步机的运费多少？'], answer: '质量问题我们承担' },
      ],
    });
    expect(answerAfter(createEngine(kb), '那运费呢？', '下单后多久发货呀？')).toBe('postage');
  });

  it('reads "same for X?" as the earlier question about X', () => {
    const kb = shopKb({
      faq: [
        { id: 'towel_care', questions: ['how do I wash the towels', 'can towels go in the dryer'], answer: 'Warm wash, low tumble.' },
        { id: 'rug_care', questions: ['how do I clean a rug', 'can rugs be washed'], answer: 'Spot clean only.' },
        { id: 'rug_sizes', questions: ['what sizes do rugs come in'], answer: '5x8, 8x10, 9x12.' },
      ],
    });
    const e = createEngine(kb);
    expect(e.understand('same for the rugs?', { history: [{ role: 'customer', text: 'how do I wash the towels' }] }).answer?.id).toBe('rug_care');
    expect(e.understand('same question for rugs', { history: [{ role: 'customer', text: 'how do I wash the towels' }] }).answer?.id).toBe('rug_care');
  });

  it('reads "and how much for the express one?" as a question of its own, not as a topic put into the earlier question', () => {
    const history: HistoryTurn[] = [{ role: 'customer', text: 'how long does shipping usually take?' }];
    expect(resolveContext('and returns?', history).focus).toBe('returns');
    expect(resolveContext('and how much for the 2 day one?', history).focus).toBeUndefined();
    expect(resolveContext('and what is it made of?', history).focus).toBeUndefined();
  });

  it('asks how long of the money coming back after the return policy (那钱几天回来): the refund, though the policy gives days', () => {
    const kb = shopKb({
      faq: [
        { id: 'return-policy', questions: ['七天无理由退货吗', '退货有什么要求'], answer: '签收后7天内支持无理由退货，需包装齐全；无理由退货的来回运费由买家承担。' },
        { id: 'refund-timing', questions: ['退款多久到账', '退款什么时候到'], answer: '仓库收到退货后1-3个工作日原路退款。' },
        { id: 'shipping-times', questions: ['多久发货', '几天能到'], answer: '当天发货，2-4天送达。' },
      ],
    });
    const history: HistoryTurn[] = [
      { role: 'customer', text: '七天能退吗' },
      { role: 'agent', text: '签收后7天内支持无理由退货，需包装齐全；无理由退货的来回运费由买家承担。' },
    ];
    expect(createEngine(kb).understand('那钱几天回来', { history }).answer?.id).toBe('refund-timing');
  });

  it('reads 那运费呢 / 那退货呢 after a delivery time as a question about that kind of thing, never the delivery answer again for a character they share (货 of 发货)', () => {
    const kb = shopKb({
      faq: [
        { id: 'delivery-time', questions: ['快递一般几天能到？', '发货后多久能收到？', '你们发的是什么快递？'], answer: '我们默认使用顺丰快递从广州发出，江浙沪及广东省内一般1-2天送达，其他地区2-4天，新疆、西藏等偏远地区约4-7天。' },
        { id: 'delivery-areas', questions: ['偏远地区能发吗？', '能寄到国外吗？'], answer: '全国都能发，偏远地区加收运费。' },
        { id: 'shipping-cost', questions: ['运费多少钱？', '包邮吗？', '买多少可以免运费？'], answer: '满99元包邮，不满收运费8元。' },
        { id: 'return-shipping-cost', questions: ['退货运费谁出？', '退回来的邮费谁承担？'], answer: '质量问题我们承担，无理由退货买家承担。' },
        { id: 'return-policy', questions: ['可以七天无理由退货吗？', '退货有什么条件？'], answer: '签收后7天内可无理由退货。' },
        { id: 'refund-timing', questions: ['退款多久到账？', '退货后钱什么时候退回来？'], answer: '收到退货后3个工作日内退款。' },
      ],
    });
    const history: HistoryTurn[] = [
      { role: 'customer', text: '你们发什么快递？寄到杭州要几天？' },
      { role: 'agent', text: '我们默认使用顺丰快递从广州发出，江浙沪及广东省内一般1-2天送达，其他地区2-4天，新疆、西藏等偏远地区约4-7天。' },
    ];
    const shop = createEngine(kb);
    expect(shop.understand('那运费呢', { history }).answer?.id).toBe('shipping-cost');
    // Several entries are about returns and none leads: no answer rather than the delivery time again.
    const returns = shop.understand('那退货呢', { history });
    expect(returns.answer?.id).not.toBe('delivery-time');
    expect(returns.candidates[0]?.id).toBe('return-policy');
  });

  it('reads "and returns, are those free too?" as a question of its own about returns, not as the shipping cost asked again', () => {
    const history: HistoryTurn[] = [
      { role: 'customer', text: 'Is shipping free?' },
      { role: 'agent', text: 'Standard shipping is a flat $9.95 and free on orders over $99.' },
    ];
    const context = resolveContext('and returns, are those free too?', history);
    expect(context.topic).toBe('returns');
    expect(context.resolved).toMatch(/^returns are those free too/u);
    const kb = shopKb({
      faq: [
        { id: 'shipping-costs', questions: ['Is shipping free?', 'How much is shipping?'], answer: 'Standard shipping is a flat $9.95 and free on orders over $99.' },
        { id: 'return-policy', questions: ['What is your return policy?', 'How do I send back an item?'], answer: 'Unopened games can be returned within 30 days.' },
      ],
    });
    expect(createEngine(kb).understand('and returns, are those free too?', { history }).answer?.id).not.toBe('shipping-costs');
  });

  it('resolves "what about returns?" in English', () => {
    const kb = shopKb({
      faq: [
        { id: 'ship', questions: ['how long does shipping take'], answer: '2 days' },
        { id: 'returns', questions: ['how do returns work', 'can I return an item'], answer: '30 days' },
      ],
    });
    const u = createEngine(kb).understand('what about returns?', { history: [{ role: 'customer', text: 'how long does shipping take?' }] });
    expect(u.answer?.id).toBe('returns');
  });

  it('does not answer "and returns?" with the earlier question\'s entry again, which says nothing of returns', () => {
    const kb = shopKb({
      faq: [
        { id: 'uk-delivery', questions: ['How long does UK delivery take?', 'When will my order arrive?'], answer: 'UK delivery takes 2-3 working days.' },
        { id: 'returns', questions: ['What is your return policy?', 'How do I send something back?'], answer: 'Unopened items can be returned within 30 days.' },
        { id: 'opened-returns', questions: ["Can I return a perfume I've opened?", 'Do you accept returns if the cellophane has been removed?'], answer: 'Opened perfumes cannot be returned unless faulty.' },
        { id: 'refund-timing', questions: ['How long do refunds take?'], answer: 'Refunds reach your account within 5 working days.' },
      ],
    });
    const e = createEngine(kb);
    // Every rephrasing that keeps "delivery" (how long does delivery take in returns…) finds the delivery entry.
    expect(answerAfter(e, 'and returns?', 'How long does delivery take in the UK?')).not.toBe('uk-delivery');
    expect(answerAfter(e, 'what about returns?', 'How long does delivery take in the UK?')).toBe('returns');
  });

  it('reads "ok and invoices?" as a topic follow-up, but not "ok, and how many photos fit on a mug?"', () => {
    const kb = shopKb({
      faq: [
        { id: 'payment', questions: ['What payment methods do you accept?'], answer: 'Cards and PayPal.' },
        { id: 'invoices', questions: ['Can I get an invoice for my order?', 'Where can I find my receipt?'], answer: 'Under Account > Orders.' },
        { id: 'collage', questions: ['How many photos can I put on a mug or a blanket?'], answer: 'Up to 6 on a mug.' },
        { id: 'engraving', questions: ['How many characters can be engraved?'], answer: 'Up to 20.' },
      ],
    });
    const e = createEngine(kb);
    expect(answerAfter(e, 'ok and invoices?', 'What payment methods do you accept?')).toBe('invoices');
    expect(answerAfter(e, 'ok, and how many photos fit on a mug then?', 'How many characters can be engraved?')).toBe('collage');
  });

  it('answers a new thing that is a question of its own elsewhere rather than the earlier question\'s entry again ("what about just changing it instead?")', () => {
    const kb = shopKb({
      faq: [
        { id: 'cancel', questions: ['Can I cancel my order?', 'How do I cancel an order I just placed?'], answer: 'Within 2 hours, unless you changed your mind after it was made.' },
        { id: 'change', questions: ['Can I change my order?', 'How do I change the engraving text after ordering?'], answer: 'Within 2 hours.' },
        { id: 'exchange', questions: ['Can I exchange an item?'], answer: 'Within 30 days.' },
      ],
    });
    expect(answerAfter(createEngine(kb), 'what about just changing it instead?', 'Can I cancel an order I just placed?')).toBe('change');
  });

  it('answers a Chinese new thing that is a question of its own elsewhere (那直接不要了呢 after changing the address), not the earlier entry, which shares only a character with it', () => {
    const kb = shopKb({
      faq: [
        { id: 'order-change', questions: ['下单后能改地址吗？', '怎么修改订单信息？', '我想改一下收货电话'], answer: '订单发货前，可在我的订单中自行修改收货地址和电话，发货后无法修改地址。' },
        { id: 'order-cancel', questions: ['怎么取消订单？', '拍错了能取消吗？', '不想要了可以撤单吗？'], answer: '未发货的订单可直接申请取消，款项原路退回。' },
        { id: 'opened-return', questions: ['开封后不想要了怎么办？'], answer: '开封后非质量问题不支持退货。' },
        { id: 'shipping', questions: ['用的是什么快递？'], answer: '默认中通。' },
      ],
    });
    const e = createEngine(kb);
    // order-change's entry shares one character with 直接不要了 (不): that is no mention of it.
    expect(answerAfter(e, '那直接不要了呢', '还没发货的单子能改地址吗？')).toBe('order-cancel');
  });

  it('answers "how long does the repair take?" from the entry the conversation is on, when its answer gives the repair days', () => {
    const kb = shopKb({
      faq: [
        { id: 'claim', questions: ['How do I make a warranty claim?'], answer: 'Report the fault in My Orders; warranty repairs are completed within 5-7 business days of the device reaching us.' },
        { id: 'delivery', questions: ['How long does delivery take?', 'When will my order arrive?'], answer: 'Orders arrive in 2-3 business days.' },
        { id: 'returns', questions: ['How do I return an item?'], answer: 'Within 30 days for a refund, which takes 5 days to reach you.' },
        { id: 'refund', questions: ['How long does a refund take?'], answer: 'Refunds reach your card within 5 business days.' },
      ],
    });
    const e = createEngine(kb);
    expect(answerAfter(e, 'how long does the repair take?', 'How do I make a warranty claim?')).toBe('claim');
    // Not when the entry found says the thing itself: the refund's own entry.
    expect(answerAfter(e, 'how long does the refund take?', 'How do I return an item?')).toBe('refund');
  });

  it('answers a short how-long or how-much question in Chinese from the entry the conversation is on, when its answer says it', async () => {
    // The game-card shop of team-wording: 审核要等多久 after the real-name answer, which gives the five
    // minutes; read alone, 等多久 is nearer the top-up and refund waits.
    const e = createEngine(await loadKnowledge(path.join(import.meta.dirname, 'team-wording/kbs/gamecards-zh')));
    const cases = readFileSync(path.join(import.meta.dirname, 'team-wording/cases/gamecards-zh-follow-ups.jsonl'), 'utf8').split('\n');
    const { text, history } = JSON.parse(cases.find((line) => line.includes('"审核要等多久"'))!) as { text: string; history: HistoryTurn[] };
    expect(e.understand(text, { history }).answer?.id).toBe('real-name');
  });

  it('answers "how much is it?" from an entry that gives the price, when the one the conversation is on gives none', () => {
    const kb = shopKb({
      faq: [
        { id: 'booking', questions: ['How do I book a bike service?', 'How long does a service take?'], answer: 'Book online or in the shop; a full service takes about two hours.' },
        { id: 'service-fee', questions: ['How much is a bike service?', 'Is the service fee refundable?'], answer: 'A basic service is €45 and a full service €90.' },
        { id: 'delivery', questions: ['How much is delivery?'], answer: 'Delivery is €5, free over €60.' },
      ],
    });
    const e = createEngine(kb);
    const bookingAnswer = 'Book online or in the shop; a full service takes about two hours.';
    const after = (text: string) => e.understand(text, { history: [{ role: 'customer', text: 'How do I book a bike service?' }, { role: 'agent', text: bookingAnswer }] }).answer?.id;
    expect(after('how much is it?')).toBe('service-fee');
    // Its answer gives the time: asked how long, it answers again.
    expect(after('how long does it take?')).toBe('booking');
  });

  it('does not answer "and the blankets?" from the mugs\' entry: the new thing stands in for the one that entry is about', () => {
    const kb = shopKb({
      faq: [
        { id: 'mug-care', questions: ['Are your mugs dishwasher safe?', 'Can I put the mug in the microwave?'], answer: 'Our mugs are dishwasher and microwave safe.' },
        { id: 'mug-sizes', questions: ['What sizes do the mugs come in?'], answer: '11oz and 15oz.' },
        { id: 'blanket-care', questions: ['How do I wash my photo blanket?', 'Can the blanket go in the dryer?'], answer: 'Machine wash cold, tumble dry low.' },
        { id: 'blanket-options', questions: ['What sizes are the photo blankets?', 'What are the blankets made of?'], answer: 'Fleece or sherpa, three sizes.' },
      ],
    });
    expect(answerAfter(createEngine(kb), 'and the blankets?', 'Are your mugs dishwasher safe?')).not.toBe('mug-care');
  });

  it('does not answer "and a helmet for her?" from the kids\' bike sizes, but asks "what about bitcoin?" of the ways to pay', () => {
    const kb = shopKb({
      faq: [
        { id: 'kids-bike-size', questions: ['What size kids bike for a 6 year old?', 'Which wheel size for my child?'], answer: 'Ages 5-7 usually ride 16 inch wheels.' },
        { id: 'kids-bike-weight', questions: ['How heavy are your kids bikes?'], answer: 'From 6.5 kg.' },
        { id: 'helmet-size', questions: ['How do I choose a helmet size?'], answer: 'Measure around the head above the eyebrows.' },
        { id: 'helmet-standards', questions: ['Do your helmets meet safety standards?'], answer: 'All meet EN 1078.' },
        { id: 'payment', questions: ['Do you take PayPal?', 'What payment methods do you accept?'], answer: 'Cards, PayPal and Apple Pay.' },
        { id: 'finance', questions: ['Do you offer finance?'], answer: '0% over 12 months.' },
      ],
    });
    const e = createEngine(kb);
    expect(answerAfter(e, 'and a helmet for her?', 'what size kids bike for a 6 year old')).not.toBe('kids-bike-size');
    expect(answerAfter(e, 'what about bitcoin?', 'do you take paypal?')).toBe('payment');
  });

  it('resolves 这个呢? to the previous question about the product mentioned last', () => {
    const history: HistoryTurn[] = [
      { role: 'customer', text: '保温杯多少钱?' },
      { role: 'agent', text: '保温杯99元,也可以看看我们的电热水壶。' },
    ];
    const u = engine.understand('这个呢?', { history });
    expect(u.resolved).toBe('电热水壶多少钱?');
    expect(u.answer?.id).toBe('kettle_price');
  });

  it('replaces a pronoun with the product mentioned earlier', () => {
    const history: HistoryTurn[] = [{ role: 'customer', text: '电热水壶有现货吗' }];
    const u = engine.understand('这个多少钱', { history });
    expect(u.resolved).toBe('电热水壶多少钱');
    expect(u.answer?.id).toBe('kettle_price');
  });

  it('leaves standalone questions alone', () => {
    const history: HistoryTurn[] = [{ role: 'customer', text: '多久发货?' }];
    const u = engine.understand('能开发票吗', { history });
    expect(u.resolved).toBe(u.normalized);
    expect(u.answer?.id).toBe('invoice');
  });

  it('keeps to entries about the new topic, not ones that mention it in passing', () => {
    const kb = shopKb({
      faq: [
        { id: 'ship_when', questions: ['什么时候发货', '几天发货'], answer: '48小时内。' },
        { id: 'return_how', questions: ['怎么退货', '退货流程', '退货地址是哪里'], answer: '订单页申请。' },
        { id: 'refund_when', questions: ['退款什么时候到', '钱什么时候退回来', '退货以后多久退款'], answer: '三天内。' },
      ],
    });
    const u = createEngine(kb).understand('那退货呢', { history: [{ role: 'customer', text: '什么时候发货' }] });
    expect(u.answer?.id).toBe('return_how');
  });

  it('answers a new topic that is a question of its own, not the earlier question again (那退货呢 after 啥时候能送来啊)', () => {
    const kb = shopKb({
      faq: [
        { id: 'arrival', questions: ['几天能到', '什么时候能送到', '快递多久到'], answer: '两三天。' },
        { id: 'return_how', questions: ['可以退货吗', '怎么退货'], answer: '七天无理由。' },
        { id: 'return_fee', questions: ['退货运费谁出'], answer: '质量问题我们出。' },
      ],
    });
    const u = createEngine(kb).understand('那退货呢?', { history: [{ role: 'customer', text: '啥时候能送来啊' }] });
    expect(u.answer?.id).toBe('return_how');
  });

  it('asks the earlier question of the new thing when it applies to it, though the entry does not name it (那白茶呢 after a question about sleep)', () => {
    const kb = shopKb({
      faq: [
        { id: 'sleep', questions: ['晚上喝茶会失眠吗', '睡前能喝茶吗'], answer: '绿茶咖啡因多些，白茶和熟普少些。' },
        { id: 'brew_white', questions: ['白茶怎么泡', '白茶能煮吗'], answer: '90度水。' },
        { id: 'white_age', questions: ['白茶能放多久', '白茶越陈越好吗'], answer: '可以存很多年。' },
        { id: 'storage', questions: ['茶叶怎么保存', '茶叶要放冰箱吗'], answer: '密封避光。' },
      ],
    });
    const engine = createEngine(kb);
    expect(engine.understand('那白茶呢', { history: [{ role: 'customer', text: '晚上喝茶会失眠吗' }] }).answer?.id).toBe('sleep');
    expect(engine.understand('那白茶呢', { history: [{ role: 'customer', text: '普洱怎么保存' }] }).answer?.id).toBe('storage');
    // …and the entries about the new thing where the earlier question fits one of them.
    expect(engine.understand('那白茶呢', { history: [{ role: 'customer', text: '普洱怎么泡' }] }).answer?.id).toBe('brew_white');
  });

  it('asks the earlier question of a thing whose only entry is about something else (那熟普呢 after a storage question)', () => {
    const kb = shopKb({
      faq: [
        { id: 'storage', questions: ['茶叶怎么保存', '要放冰箱吗'], answer: '绿茶密封冷藏；红茶、普洱、白茶常温密封避光。' },
        { id: 'sheng_vs_shu', questions: ['生普和熟普有什么区别', '生茶熟茶哪个好'], answer: '生普清苦回甘，熟普醇厚温和。' },
        { id: 'brewing', questions: ['用多少度的水泡', '水温要多少'], answer: '绿茶80度，乌龙普洱用沸水。' },
      ],
    });
    const engine = createEngine(kb);
    // Among the 熟普 entries only the comparison is left, and it explains nothing of 怎么保存: the
    // storage entry, which covers 普洱, answers the earlier question asked of 熟普.
    expect(engine.understand('那熟普呢', { history: [{ role: 'customer', text: '龙井买回去怎么保存' }] }).answer?.id).toBe('storage');
    // The comparison still answers 熟普 alone, and a follow-up that asks about it.
    expect(engine.understand('熟普').answer?.id).toBe('sheng_vs_shu');
    expect(engine.understand('那熟普和生普的区别呢', { history: [{ role: 'customer', text: '龙井买回去怎么保存' }] }).answer?.id).toBe('sheng_vs_shu');
  });

  it('reads a topic follow-up with more said after it (那凉拖呢 我平时穿39) as the earlier question about the topic', () => {
    const kb = shopKb({
      faq: [
        { id: 'fit', questions: ['鞋子偏大还是偏小', '码数准不准'], answer: '运动鞋标准码，凉拖偏小建议拍大一码。' },
        { id: 'size_advice', questions: ['尺码怎么选', '平时穿多大码买多大'], answer: '平时穿多大拍多大。' },
        { id: 'shelf', questions: ['保质期多久', '茶叶能放多久'], answer: '绿茶18个月，白茶可以长期存放。' },
        { id: 'brew', questions: ['用多少度的水泡', '水温要多少'], answer: '绿茶80度。' },
      ],
    });
    const engine = createEngine(kb);
    const fit = engine.understand('那凉拖呢 我平时穿39', { history: [{ role: 'customer', text: '这款偏码吗' }] });
    expect(fit.answer?.id).toBe('fit');
    expect(engine.understand('那龙井呢 能放几年', { history: [{ role: 'customer', text: '寿眉能放多久' }] }).answer?.id).toBe('shelf');
    // What is said after the topic is read too, when no reading of the topic answers.
    expect(engine.understand('那白茶呢 水温要多少', { history: [{ role: 'customer', text: '哪款好喝' }] }).answer?.id).toBe('brew');
    // …and it is the question a later follow-up asks again (那红茶呢: 红茶水温要多少).
    const history = [
      { role: 'customer' as const, text: '哪款好喝' },
      { role: 'customer' as const, text: '那白茶呢 水温要多少' },
    ];
    expect(engine.understand('那绿茶呢', { history }).answer?.id).toBe('brew');
  });

  it('follows a chain of follow-ups as long as it goes: each asks the first question again', () => {
    const tools = ['电钻', '电锯', '电刨', '角磨机', '热风枪', '电锤'];
    const kb = shopKb({
      faq: tools.flatMap((t, i) => [
        { id: `use_${i}`, questions: [`${t}怎么用`, `${t}使用方法`], answer: '…' },
        { id: `price_${i}`, questions: [`${t}多少钱`], answer: '…' },
      ]),
    });
    const e = createEngine(kb);
    const history: HistoryTurn[] = [{ role: 'customer', text: '电钻怎么用' }, { role: 'bot', text: '…', faq: 'use_0' }];
    for (let i = 1; i < tools.length; i++) {
      const u = e.understand(`那${tools[i]}呢`, { history });
      expect(u.answer?.id, tools[i]).toBe(`use_${i}`);
      history.push({ role: 'customer', text: `那${tools[i]}呢` }, { role: 'bot', text: '…', faq: u.answer!.id });
    }
  });

  it('reads a short Chinese question that answers nothing alone with the earlier one (怎么领 after 有优惠券吗), never one that answers alone', () => {
    const shop = createEngine(kbOf([['coupons', ['有优惠券吗', '满减怎么用']], ['returns', ['怎么退货', '退货流程']], ['fee', ['运费多少', '包邮吗']]]));
    const after = (question: string) => [{ role: 'customer' as const, text: question }, { role: 'bot' as const, text: '……', faq: null }];
    expect(shop.understand('怎么领', { history: after('有优惠券吗') }).answer?.id).toBe('coupons');
    expect(shop.understand('怎么领').answer).toBeNull();
    // 怎么退货 answers on its own: the earlier shipping-fee question does not pull it back.
    expect(shop.understand('怎么退货', { history: after('运费多少') }).answer?.id).toBe('returns');
    // One saying 也 (is that also all right?) leans on the earlier one, whatever it finds alone.
    const returns = createEngine(kbOf([['returns', ['支持七天无理由退货吗', '怎么退货']], ['urge', ['怎么还不发货']]]));
    expect(returns.understand('穿过的也行吗').answer).toBeNull();
    expect(returns.understand('穿过的也行吗', { history: after('支持七天无理由退货吗') }).answer?.id).toBe('returns');
  });

  it('looks back only over the last turns', () => {
    const old: HistoryTurn[] = [{ role: 'customer', text: '多久发货?' }];
    for (let i = 0; i < 8; i++) old.push({ role: i % 2 ? 'customer' : 'bot', text: '好的' });
    const u = engine.understand('那退货呢?', { history: old });
    expect(u.resolved).not.toContain('发货');
  });
});
