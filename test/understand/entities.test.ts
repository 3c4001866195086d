import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/text/normalize.js';
import { buildCatalogue, extractEntities, parseCount } from '../../core/understand/entities.js';
import { products } from './kb.js';

const catalogue = buildCatalogue(products);
const find = (text: string) => extractEntities(normalize(text), catalogue).map((e) => [e.kind, e.value]);

describe('entities', () => {
  it('finds order numbers, after an order word or as long numbers', () => {
    expect(find('订单号:2024051812345678 还没发货')).toContainEqual(['order_id', '2024051812345678']);
    expect(find('help me cancel order 00123842')).toContainEqual(['order_id', '00123842']);
    expect(find('单号 4387 2345 6789')).not.toContainEqual(['order_id', '4387']);
    // 订单号是 names an order, not a parcel (单号是 alone does).
    expect(find('我的订单号是427497498005631587到哪了')).toEqual([['order_id', '427497498005631587']]);
    expect(find('订单是 20240518123 怎么还没发')).toContainEqual(['order_id', '20240518123']);
    expect(find('my order number is 00123842')).toContainEqual(['order_id', '00123842']);
    expect(find('单号是 YT1234567890')).toContainEqual(['tracking_no', 'YT1234567890']);
  });

  it('finds phone numbers and does not take them for orders', () => {
    const found = find('我的手机 138-1234-5678,电话改成+86 13912345678');
    expect(found).toContainEqual(['phone', '13812345678']);
    expect(found).toContainEqual(['phone', '+8613912345678']);
    expect(found.filter(([k]) => k === 'order_id')).toEqual([]);
  });

  it('finds e-mail addresses and tracking numbers', () => {
    expect(find('发到 Li.Ming@example.com')).toContainEqual(['email', 'li.ming@example.com']);
    expect(find('顺丰单号 SF1234567890123')).toContainEqual(['tracking_no', 'SF1234567890123']);
    expect(find('tracking number 9400110898825022579493')).toContainEqual(['tracking_no', '9400110898825022579493']);
  });

  it('finds products by name, alias and variant (with the SKU)', () => {
    expect(find('保温杯还有货吗')).toContainEqual(['product', 'cup']);
    expect(find('水杯能装热水吗')).toContainEqual(['product', 'cup']);
    const variant = find('黑色保温杯要两个');
    expect(variant).toContainEqual(['product', 'cup']);
    expect(variant).toContainEqual(['sku', 'CUP-BLK']);
    expect(find('is the tee cotton?')).toContainEqual(['product', 'tee']);
    expect(find('what is the best product?')).toEqual([]);
  });

  it('finds sizes', () => {
    expect(find('XL码有吗')).toContainEqual(['size', 'XL']);
    expect(find('我平时穿38码')).toContainEqual(['size', '38']);
    expect(find('do you have size 9?')).toContainEqual(['size', '9']);
    expect(find('M')).toContainEqual(['size', 'M']);
  });

  it('finds quantities in Chinese and English', () => {
    expect(find('我要两盒')).toContainEqual(['quantity', '2']);
    expect(find('买3件')).toContainEqual(['quantity', '3']);
    expect(find('十二瓶有优惠吗')).toContainEqual(['quantity', '12']);
    expect(find('I need two boxes')).toContainEqual(['quantity', '2']);
    expect(parseCount('二十五')).toBe(25);
  });

  it('keeps the first 64 entities of a text that holds thousands', () => {
    const found = extractEntities('1个'.repeat(100_000));
    expect(found).toHaveLength(64);
    expect(found[0]).toMatchObject({ kind: 'quantity', value: '1' });
  });
});
