// 还有货吗 / 多少钱 / 规格 through the pipeline: catalogue or live stock, variants, follow-ups, promotions.
import { describe, expect, it } from 'vitest';
import { productQuestionIn, variantsNamed } from '../../core/orders/product-answers.js';
import type { ShopConnector } from '../../core/shop/shop-connector.js';
import { ShopUnavailableError } from '../../core/shop/shop-errors.js';
import { createEngine } from '../../core/understand/engine.js';
import { shopKb, shopRuntime, teaProducts } from './shop-fixtures.js';

describe('product answers', () => {
  it('answers stock for a named variant', async () => {
    const t = shopRuntime();
    const turn = await t.bot.receive(t.message('铁观音浓香型有货吗'));
    expect(t.sender.texts()).toEqual(['安溪铁观音 浓香型：¥128 · 有现货']);
    expect(turn?.decision).toMatchObject({ action: 'answer', reason: 'product_info' });
  });

  it('recognises sizes the engine did not tag (100克 → 100g罐装), and warns when few are left', async () => {
    const t = shopRuntime();
    await t.bot.receive(t.message('明前龙井100克还有吗'));
    expect(t.sender.texts().at(-1)).toBe('明前西湖龙井 100g罐装：¥318 · 仅剩8件');
  });

  it('lists every variant when none is named, and says which are out of stock', async () => {
    const t = shopRuntime();
    await t.bot.receive(t.message('龙井有货吗'));
    const reply = t.sender.texts().at(-1)!;
    expect(reply).toContain('• 50g罐装：有现货');
    expect(reply).toContain('• 250g罐装：暂时缺货');
    expect(reply).toContain('到货提醒');
  });

  it('follows up on the product just discussed: 这个多少钱, 250g的呢', async () => {
    const t = shopRuntime();
    await t.bot.receive(t.message('龙井有货吗'));
    await t.bot.receive(t.message('这个多少钱'));
    expect(t.sender.texts().at(-1)).toBe('明前西湖龙井 有3个规格：\n• 50g罐装：¥168\n• 100g罐装：¥318\n• 250g罐装：¥758');
    await t.bot.receive(t.message('250g的呢'));
    expect(t.sender.texts().at(-1)).toMatch(/^明前西湖龙井 250g罐装：¥758 · 暂时缺货/u);
  });

  it('那铁观音呢 asks the last question again about another product', async () => {
    const t = shopRuntime();
    await t.bot.receive(t.message('金骏眉有货吗'));
    await t.bot.receive(t.message('那铁观音呢'));
    expect(t.sender.texts().at(-1)).toBe('安溪铁观音 有2个规格：\n• 清香型：有现货\n• 浓香型：有现货');
  });

  it('adds the promotions running for the product now, and not after they end', async () => {
    const t = shopRuntime();
    await t.bot.receive(t.message('金骏眉多少钱'));
    expect(t.sender.texts().at(-1)).toBe('武夷山金骏眉：¥198/罐\n🎁 冬日暖茶节：金骏眉满199减30');
    t.advance(30 * 86_400_000);
    await t.bot.receive(t.message('金骏眉多少钱', { address: 'test:bob', userId: 'bob' }));
    expect(t.sender.texts().at(-1)).toBe('武夷山金骏眉：¥198/罐');
  });

  it('answers specs from the catalogue', async () => {
    const t = shopRuntime();
    await t.bot.receive(t.message('龙井的产地和保质期'));
    expect(t.sender.texts().at(-1)).toBe('明前西湖龙井：\n• 产地：杭州西湖\n• 保质期：18个月\n规格：50g罐装 ¥168、100g罐装 ¥318、250g罐装 ¥758');
  });

  it('takes live stock and prices from the shop system over the catalogue', async () => {
    const t = shopRuntime();
    t.demo.product = async () => ({ id: 'longjing', name: '明前西湖龙井', price: 168, currency: 'CNY', variants: [{ sku: 'lj-250g', name: '250g罐装', price: 699, stock: 12 }] });
    await t.bot.receive(t.message('龙井250g罐装有货吗'));
    expect(t.sender.texts().at(-1)).toBe('明前西湖龙井 250g罐装：¥699 · 有现货');
  });

  it('falls back to the catalogue when the shop system is down, and says the stock may be stale', async () => {
    const fail = () => Promise.reject(new ShopUnavailableError('server', '503'));
    const down: ShopConnector = { name: 'down', getOrder: fail, recentOrders: fail, tracking: fail, product: fail, customer: fail, requestChange: fail };
    const t = shopRuntime({ shop: down });
    await t.bot.receive(t.message('金骏眉有货吗'));
    expect(t.sender.texts().at(-1)).toContain('武夷山金骏眉：有现货');
    expect(t.sender.texts().at(-1)).toContain('库存系统暂时连不上');
  });

  it('works from the catalogue alone when no shop system is connected', async () => {
    const t = shopRuntime({ shop: undefined });
    await t.bot.receive(t.message('铁观音清香型多少钱'));
    expect(t.sender.texts().at(-1)).toBe('安溪铁观音 清香型：¥128 · 有现货');
  });

  it('names every product a shared part of their names calls (红茶多少钱), and asks it again of another part', async () => {
    const t = shopRuntime();
    await t.bot.receive(t.message('红茶多少钱'));
    expect(t.sender.texts().at(-1)).toBe('「红茶」有2款：\n• 正山小种红茶：¥88/罐\n• 云南滇红红茶：¥66/罐\n想看哪款的规格和库存，告诉我名字就好～');
    await t.bot.receive(t.message('有货吗 红茶'));
    expect(t.sender.texts().at(-1)).toContain('• 云南滇红红茶：暂时缺货');
    await t.bot.receive(t.message('那铁观音呢'));
    expect(t.sender.texts().at(-1)).toBe('安溪铁观音 有2个规格：\n• 清香型：有现货\n• 浓香型：有现货');
    await t.bot.receive(t.message('滇红呢'));
    expect(t.sender.texts().at(-1)).toMatch(/^云南滇红红茶：暂时缺货\n缺货的款补货后/u);
  });

  it('asks the same question again of a product named bare, whatever entry the name alone meets', async () => {
    // The real engine, and entries that name the teas: 金骏眉 alone meets the price entry, 红茶 the
    // brewing one. After a spec question 那金骏眉呢 asks its specs, and 那红茶呢 after a stock question
    // the stock of every tea the part names.
    const kb = shopKb();
    kb.faq = kb.faq.map((e) => (e.id === 'price-inquiry' ? { ...e, questions: [...e.questions, '金骏眉250克什么价'] } : e));
    kb.faq.push({ id: 'brew-black', questions: ['红茶怎么泡'], answer: '90度水' });
    const t = shopRuntime({ engineFactory: createEngine, knowledge: kb });
    await t.bot.receive(t.message('龙井保质期多久'));
    await t.bot.receive(t.message('那金骏眉呢'));
    expect(t.sender.texts().at(-1)).toMatch(/^武夷山金骏眉：\n• /u);
    await t.bot.receive(t.message('铁观音有货吗'));
    await t.bot.receive(t.message('那红茶呢'));
    expect(t.sender.texts().at(-1)).toContain('• 云南滇红红茶：暂时缺货');
  });

  it('asks a question again only of the turn just before (金骏眉多少钱, 怎么退货, 铁观音呢 is not a price)', async () => {
    const t = shopRuntime();
    await t.bot.receive(t.message('金骏眉多少钱'));
    await t.bot.receive(t.message('怎么退货'));
    const turn = await t.bot.receive(t.message('那铁观音呢'));
    expect(turn?.decision?.reason).not.toBe('product_info');
  });

  it('leaves other questions about a product to the knowledge', async () => {
    const t = shopRuntime();
    await t.bot.receive(t.message('龙井怎么退货'));
    expect(t.sender.texts().at(-1)).toBe('7天无理由退货');
  });
});

describe('variant names', () => {
  const longjing = teaProducts[0]!.variants!;
  const cups = [
    { sku: 'g500', name: '500ml 雾灰' },
    { sku: 'w500', name: '500ml 月白' },
    { sku: 'g900', name: '900ml 雾灰' },
  ];
  const bags = [
    { sku: 'can', name: '罐装250g（约20颗）' },
    { sku: 'bag', name: '独立袋装10颗' },
  ];

  it('reads sizes, colours and packaging as customers write them', () => {
    expect(variantsNamed('半斤装的', longjing)).toEqual(['lj-250g']);
    expect(variantsNamed('５０Ｇ', longjing)).toEqual(['lj-50g']);
    expect(variantsNamed('250g的', longjing)).toEqual(['lj-250g']); // not 50g inside 250g
    expect(variantsNamed('900毫升', cups)).toEqual(['g900']);
    expect(variantsNamed('500ml的', cups)).toEqual(['g500', 'w500']); // ambiguous: both
    expect(variantsNamed('月白色', cups)).toEqual(['w500']);
    expect(variantsNamed('袋装的有吗', bags)).toEqual(['bag']);
    expect(variantsNamed('有货吗', longjing)).toEqual([]);
    expect(variantsNamed('x', longjing, ['lj-100g'])).toEqual(['lj-100g']);
  });

  it('tells stock, price and spec questions apart', () => {
    expect(productQuestionIn('还有货吗')).toBe('stock');
    expect(productQuestionIn('多少钱一罐')).toBe('price');
    expect(productQuestionIn('有货吗多少钱')).toBe('summary');
    expect(productQuestionIn('保质期多久')).toBe('specs');
    expect(productQuestionIn('怎么泡')).toBeUndefined();
  });
});
