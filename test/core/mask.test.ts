import { describe, expect, it } from 'vitest';
import { pseudonymize, redact, redactDeep } from '../../core/privacy/mask.js';
import { createLogger } from '../../core/log.js';

describe('masking personal data', () => {
  it('masks phone numbers, order numbers, e-mails and addresses', () => {
    expect(redact('手机13812345678')).toBe('手机138****5678');
    expect(redact('电话 +86 138-1234-5678 谢谢')).toBe('电话 138****5678 谢谢');
    expect(redact('订单号 4201234567890123 没到')).toBe('订单号 ************0123 没到');
    expect(redact('mail me: zhang.san@example.com')).toBe('mail me: z***@example.com');
    expect(redact('寄到浙江省杭州市西湖区文三路88号3栋')).toBe('寄到[地址]');
    expect(redact('什么时候发货')).toBe('什么时候发货');
    expect(redact('买2盒 共198元')).toBe('买2盒 共198元');
  });

  it('masks English street addresses, postcodes and phone numbers written the ways people write them', () => {
    expect(redact('please send it to 12 High Street, Flat 3, London SW1A 1AA instead')).toBe('please send it to [address] instead');
    expect(redact('new address: 1600 Amphitheatre Pkwy, Mountain View, CA 94043')).toBe('new address: [address]');
    expect(redact('my address is 45 oak avenue apt 7b')).toBe('my address is [address]');
    expect(redact('postcode is EC1A 1BB')).toBe('postcode is [address]');
    expect(redact('call me on +44 20 7946 0958 or (415) 555-0132')).toBe('call me on *********0958 or ******0132');
    expect(redact('座机0571-88886666')).toBe('座机********6666');
    // Numbers and everyday words that only look like the start of an address.
    for (const text of ['I bought 3 of them on the way home', 'it took 2 days by the way', 'I have 2 chairs close to the wall', 'the 21 st century design', 'model A12 B34 size 10']) {
      expect(redact(text)).toBe(text);
    }
  });

  it('masks inside nested log objects', () => {
    expect(redactDeep({ a: ['13812345678'], b: { c: 'x 13912345678' }, n: 3 })).toEqual({ a: ['138****5678'], b: { c: 'x 139****5678' }, n: 3 });
  });

  it('pseudonymizes for an LLM and restores the reply', () => {
    const p = pseudonymize('我的手机13812345678，订单4201234567890123');
    expect(p.text).toBe('我的手机⟨PHONE_1⟩，订单⟨ORDER_1⟩');
    expect(p.restore('已为 ⟨PHONE_1⟩ 查询 ⟨ORDER_1⟩')).toBe('已为 13812345678 查询 4201234567890123');
    const again = pseudonymize('还是13812345678', p);
    expect(again.text).toBe('还是⟨PHONE_1⟩');
  });

  it('masks names where the text says it is a name, and the customer\'s known display name', () => {
    const p = pseudonymize('收件人张三电话13812345678，我叫小明，my name is Ann Lee', undefined, { names: ['Alice'] });
    expect(p.text).toBe('收件人⟨NAME_1⟩电话⟨PHONE_1⟩，我叫⟨NAME_2⟩，my name is ⟨NAME_3⟩');
    expect(p.restore('⟨NAME_1⟩您好')).toBe('张三您好');
    expect(pseudonymize('联系人：王小明，地址浙江省杭州市西湖区文三路88号').text).toBe('联系人：⟨NAME_1⟩，地址⟨ADDRESS_1⟩');
    expect(pseudonymize('Alice想问发货', undefined, { names: ['Alice'] }).text).toBe('⟨NAME_1⟩想问发货');
    expect(redact('收件人：王小明')).toBe('收件人：王**');
    // Not names: a label followed by an ordinary word, a question.
    for (const text of ['收件人写错了', '收件人是谁', '名字写错了', '联系人电话多少', '我是老板']) expect(pseudonymize(text).text).toBe(text);
  });

  it('never writes a phone number to the log', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', destination: { write: (s: string) => void lines.push(s) } });
    log.info({ text: '我的电话13812345678' }, 'customer said 13912345678');
    expect(lines.join('')).not.toMatch(/1[39]812345678|13912345678/u);
    expect(JSON.parse(lines[0]!)).toMatchObject({ text: '我的电话138****5678', msg: 'customer said 139****5678' });
  });
});
