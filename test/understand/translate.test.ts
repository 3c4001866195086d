import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/text/normalize.js';
import { createEngine } from '../../core/understand/engine.js';
import { CompiledLexicon } from '../../core/understand/lexicon.js';
import { translateEnglish } from '../../core/understand/translate.js';
import { faq, shopKb } from './kb.js';

describe('English against knowledge written in Chinese', () => {
  const spellings = new CompiledLexicon().enRewrite;
  const translate = (text: string) => translateEnglish(normalize(text), spellings)?.text;
  it('puts the shop words of a message the way Chinese knowledge says them, longest phrase first, and leaves the Chinese', () => {
    expect(translate('is shipping free')).toBe('发货 免费');
    expect(translate('tracking number在哪里看')).toBe('快递单号在哪里看');
    expect(translate('有没有coupon可以用')).toBe('有没有优惠券可以用');
    // Written into the Chinese around it, the pairs it makes meet the knowledge's (开发票).
    expect(translate('能开invoice吗')).toBe('能开发票吗');
    expect(translate('能不能same day送')).toBe('能不能当天送');
    // Pinyin initials Taobao customers type for their most used words.
    expect(translate('kf在吗 yhq能叠加吗')).toBe('客服在吗 优惠券能叠加吗');
    expect(translate('能开fp吗')).toBe('能开发票吗');
    expect(translate('收到的是black的')).toBe('收到的是黑色的');
    // What came and what is wrong with it, what it is made of, who may use it.
    expect(translate('被子上有一块stain')).toBe('被子上有一块污渍');
    expect(translate('不粘锅可以放dishwasher吗')).toBe('不粘锅可以放洗碗机吗');
    expect(translate('我现在pregnant三个月')).toBe('我现在孕妇三个月');
    expect(translate('下单时能选delivery time吗')).toBe('下单时能选送达时间吗');
    expect(translate('想trade in一台旧iPad，流程是啥')).toBe('想以旧换新一台旧 ,流程是啥');
    expect(translate('收到的sim卡要怎么active啊')).toBe('收到的 卡要怎么激活啊');
    // A hyphenated word is its words: pre-order is the phrase pre order.
    expect(translate('拍了pre-order的那个 啥时候ship')).toBe('拍了预售的那个 啥时候发货');
    // An English word the knowledge itself writes stays as typed; other words go.
    expect(translateEnglish(normalize('你们的diamond有GIA certificate吗'), spellings, new Set(['gia']))?.text).toBe('你们的 有gia 证书吗');
    expect(translate('hello there')).toBeUndefined();
    expect(translate('多久发货')).toBeUndefined();
    expect(translate("what's the shelf life")).toContain('保质期');
    // Contractions are read as their words: hasnt moved is has not moved.
    expect(translate('my parcel hasnt moved')).toBe('包裹 没动');
    expect(translate('do you do gift wrapping')).toBe('礼盒包装');
    // Remote is done without coming in, but a remote area is 偏远地区 and a remote control 遥控.
    expect(translate('选片能不能remote搞定')).toBe('选片能不能线上搞定');
    expect(translate('do you ship to remote areas')).toBe('发货 偏远地区');
    expect(translate('remote control坏了')).toBe('遥控坏了');
    // Places in China typed in pinyin or English are the Chinese names the knowledge says.
    expect(translate('我在xinjiang,shipping要多久')).toBe('我在新疆 , 发货要多久');
    expect(translate('能ship到hk吗')).toBe('能发货到香港吗');
    expect(translate('ship to hong kong')).toBe('发货 香港');
    // A beginner's kit is what shops call an 入门套装.
    expect(translate('有没有beginner kit')).toBe('有没有入门 套装');
    // The shop's own spellings are read first, like the built-in ones.
    expect(translateEnglish(normalize('is shiping free'), new CompiledLexicon({ synonyms: [], typos: { shiping: 'shipping' }, stopwords: [] }).enRewrite)?.text).toBe('发货 免费');
    // Words that are property names of a plain object are words like any other.
    expect(translate('constructor toString refund')).toBe('退款');
  });

  it('answers an English or mixed question from Chinese entries, and leaves English knowledge to match as written', () => {
    const chinese = createEngine(shopKb({ faq: faq.filter((e) => !e.id.startsWith('en_')) }));
    expect(chinese.understand('can I get an invoice?').answer?.id).toBe('invoice');
    expect(chinese.understand('能开invoice吗').answer?.id).toBe('invoice');
    // Read in Chinese even when the Chinese alone leads somewhere with confidence: 公司 is no question.
    const office = createEngine(
      shopKb({
        faq: [
          ...faq.filter((e) => !e.id.startsWith('en_')),
          { id: 'company', questions: ['公司批量订购有优惠吗', '公司团购怎么买'], answer: '满十件九折。' },
        ],
      }),
    );
    expect(office.understand('可以开invoice吗 公司要报销').answer?.id).toBe('invoice');
    // …and even when the Chinese alone is sure of an entry that never asks of the English word (报销 of
    // the insurance claims, whose answer keeps the receipts), but not over one that does.
    const travel = createEngine(
      shopKb({
        faq: [
          ...faq.filter((e) => !e.id.startsWith('en_')),
          { id: 'claims', questions: ['保险怎么报销', '出险了找谁'], answer: '保留病历、发票和费用清单，回国后30天内交给客服。' },
          { id: 'card-warranty', questions: ['存储卡坏了保修吗', '卡的质保多久'], answer: '存储卡享受10年有限保修。' },
        ],
      }),
    );
    expect(travel.understand('能不能开个fp，公司报销要用').answer?.id).toBe('invoice');
    expect(travel.understand('存储卡的warranty多久').answer?.id).toBe('card-warranty');
    expect(chinese.understand('how do I return it').answer?.id).toBe('returns');
    // Knowledge with English of its own: English messages meet it as typed.
    const english = createEngine(shopKb({ faq: [...faq.filter((e) => e.id.startsWith('en_')), { id: 'en_invoice', questions: ['can I get an invoice'], answer: 'Yes.' }] }));
    expect(english.understand('can I get an invoice?').answer?.id).toBe('en_invoice');
  });
});
