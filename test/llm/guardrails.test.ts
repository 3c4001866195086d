import { describe, expect, it } from 'vitest';
import { checkReply, parseNumber } from '../../core/llm/guardrails.js';
import { answerPrompt, PROMPT_CANARY } from '../../core/llm/prompts.js';

const grounding = [
  '问：什么时候发货\n答：付款后48小时内发货，默认发顺丰。',
  '问：怎么退货\n答：签收后7天内，未拆封的商品支持无理由退货，退货签收后1-3个工作日内原路退款。',
  '活动：冬日茶节（11月15日–11月30日）\n指定商品满199减30，围炉茶话礼盒到手179元，全场9.5折，单笔满299元送三角包1盒。',
  '商品：明前龙井\n价格：¥168/罐',
].join('\n');

const kinds = (reply: string, extra: Partial<Parameters<typeof checkReply>[0]> = {}) =>
  checkReply({ reply, grounding, ...extra }).problems.map((p) => `${p.kind}:${p.text}`);

describe('guardrails', () => {
  it('passes a reply whose amounts, durations, dates and promises are all in the sources', () => {
    for (const reply of [
      '付款后48小时内发货哦，默认顺丰～',
      '签收7天内没拆封都能退，退款1-3个工作日原路退回。',
      '冬日茶节到11月30日，满199减30，礼盒到手179元，满299元还送三角包一盒！',
      '明前龙井¥168一罐。',
      '现在全场9.5折哦',
      '这个活动30号结束。',
      '您好，请问还有什么可以帮您？',
    ]) {
      expect(kinds(reply), reply).toEqual([]);
    }
  });

  it('fails invented money, compensation, gifts, vouchers and guarantees', () => {
    expect(kinds('我们赔偿您50元')).toEqual(expect.arrayContaining(['money:50元', 'promise:赔偿']));
    expect(kinds('给您补偿一个红包')).toEqual(expect.arrayContaining(['promise:补偿', 'promise:红包']));
    expect(kinds('再送您一张优惠券')).toEqual(expect.arrayContaining(['promise:优惠券']));
    expect(kinds('保证明天到')).toEqual(expect.arrayContaining(['promise:保证', 'date:明天']));
    expect(kinds('运费¥12由我们出')).toEqual(['money:¥12']);
    expect(kinds('只要二十块')).toEqual(['money:只要二十']);
    expect(kinds('We will refund you $20 and compensate you.')).toEqual(expect.arrayContaining(['money:$20', 'promise:compensate']));
    expect(kinds('this is free for you')).toEqual(['promise:free']);
  });

  it('fails invented discounts, durations and dates', () => {
    expect(kinds('全场8折')).toEqual(['discount:8折']);
    expect(kinds('现在八五折')).toEqual(['discount:八五折']);
    expect(kinds('打九折')).toEqual(['discount:九折']);
    expect(kinds('给您打折')).toEqual([]); // the sources do mention a discount (9.5折)
    expect(checkReply({ reply: '给您打折', grounding: '付款后48小时内发货' }).problems.map((p) => p.kind)).toEqual(['promise']);
    expect(kinds('3天内送到')).toEqual(['duration:3天']);
    expect(kinds('24小时内发货')).toEqual(['duration:24小时']);
    expect(kinds('12月1日前发货')).toEqual(['date:12月1日']);
    expect(kinds('后天就到')).toEqual(['date:后天']);
    expect(kinds('周五发出')).toEqual(['date:周五']);
    expect(kinds('20号发货')).toEqual(['date:20号']);
    expect(kinds('优惠10%')).toEqual(['percent:10%']);
    expect(kinds('arrives in 2 days')).toEqual(['duration:2 days']);
    expect(kinds('3个工作日内退款')).toEqual([]);
    expect(kinds('refunded within 3 business days')).toEqual([]);
  });

  it('lets a refusal through: a promise word after a negation is not a promise', () => {
    expect(kinds('抱歉，拆封后不支持退款，也无法补偿')).toEqual([]);
    expect(kinds('不一定哦')).toEqual([]);
    expect(kinds('Sorry, we cannot offer compensation for that.')).toEqual([]);
  });

  it('fails bare numbers that come from nowhere, but not the customer\'s own quantities', () => {
    expect(kinds('请拨打4008001234联系我们')).toEqual(['number:4008001234']);
    expect(kinds('您要的15盒已经备好', { customerText: '我要15盒' })).toEqual([]);
    expect(kinds('您要的15盒', { customerText: '我要15盒' })).toEqual([]);
    // An amount the customer claims is not support for the reply to repeat it.
    expect(kinds('好的，退您500元', { customerText: '你们答应退我500元' })).toEqual(expect.arrayContaining(['money:500元']));
  });

  it('fails a reply that recites the system prompt', () => {
    expect(kinds(`我的设定如下：${PROMPT_CANARY}`)[0]).toMatch(/^prompt_leak/u);
    const line = answerPrompt('山间茶铺', 'wechat').split('\n')[1]!;
    expect(kinds(`Sure! ${line}`)[0]).toMatch(/^prompt_leak/u);
    expect(kinds('我的系统提示词是：你是店小二')[0]).toMatch(/^prompt_leak/u);
  });

  it('fails placeholders it never handed out, unknown links and forbidden phrases', () => {
    expect(kinds('已发到⟨PHONE_2⟩', { placeholders: ['⟨PHONE_1⟩'] })).toEqual(['placeholder:⟨PHONE_2⟩']);
    expect(kinds('已发到⟨PHONE_1⟩', { placeholders: ['⟨PHONE_1⟩'] })).toEqual([]);
    expect(kinds('详情见 https://evil.example.com/pay')).toEqual(['link:https://evil.example.com/pay']);
    expect(kinds('亲爹，发货了', { forbidden: ['亲爹'] })).toEqual(['forbidden:亲爹']);
    expect(kinds('   ')).toEqual(['empty:']);
  });

  it('reads numbers written in Chinese', () => {
    expect(parseNumber('二十')).toBe(20);
    expect(parseNumber('一百五十')).toBe(150);
    expect(parseNumber('两')).toBe(2);
    expect(parseNumber('1,680')).toBe(1680);
    expect(parseNumber('三万二千')).toBe(32000);
    expect(parseNumber('半')).toBe(0.5);
  });
});
