// A 3,000-entry knowledge base for the pipeline bench, generated deterministically from templates over
// the sample shop's own vocabulary (its products and their aliases, its topics): the sample shop's FAQ
// plus generated entries (product × topic × facet), and messages customers would send about them, worded
// differently from the entries' questions. Written as a knowledge folder (the sample shop's other files
// copied) so it loads through the real loader.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { seededRandom as seeded } from '../../core/reports/seeded-random.js';

export const KB_ENTRIES = 3000;

interface Topic {
  id: string;
  category: string;
  /** Question templates: {p} the product, {f} the facet. */
  questions: string[];
  /** How customers ask it in the bench's messages. */
  asked: string[];
  answer: string;
}

const TOPICS: Topic[] = [
  { id: 'price', category: '售前', questions: ['{p}{f}多少钱', '{p}{f}什么价格', '{p}{f}的价格是多少'], asked: ['请问{p}{f}卖多少钱呀', '{p}{f}啥价'], answer: '{p}{f}的价格以商品页为准，不同规格价格不同，满199减20。' },
  { id: 'stock', category: '售前', questions: ['{p}{f}还有货吗', '{p}{f}有现货吗', '{p}{f}缺货了吗'], asked: ['亲，{p}{f}现在还有没有货', '{p}{f}啥时候补货'], answer: '{p}{f}页面能选中的规格都有现货，缺货的一般7–15天补货。' },
  { id: 'brew', category: '使用', questions: ['{p}{f}怎么泡', '{p}{f}冲泡方法', '{p}{f}泡几分钟'], asked: ['{p}{f}要怎么冲泡才好喝', '请教下{p}{f}的泡法'], answer: '{p}{f}建议投茶量3–5克，水温按茶类调整，第一泡30秒左右，之后逐泡延长。' },
  { id: 'water', category: '使用', questions: ['{p}{f}用多少度的水', '{p}{f}水温多少', '{p}{f}能用开水泡吗'], asked: ['泡{p}{f}水要多烫', '{p}{f}适合几度水'], answer: '{p}{f}的水温：绿茶80–85℃，红茶、白茶90℃左右，普洱、岩茶用沸水。' },
  { id: 'store', category: '使用', questions: ['{p}{f}怎么保存', '{p}{f}要放冰箱吗', '{p}{f}怎么储存'], asked: ['{p}{f}买回去放哪里存比较好', '{p}{f}开封后怎么放'], answer: '{p}{f}请密封、避光、防潮、防异味保存，绿茶建议冷藏。' },
  { id: 'shelf', category: '售前', questions: ['{p}{f}保质期多久', '{p}{f}能放多久', '{p}{f}过期了还能喝吗'], asked: ['{p}{f}可以存几年', '{p}{f}保质期是多长时间'], answer: '{p}{f}的保质期见包装，未开封密封保存即可。' },
  { id: 'origin', category: '售前', questions: ['{p}{f}产地是哪里', '{p}{f}是哪里产的', '{p}{f}是正宗产区的吗'], asked: ['{p}{f}出自哪个产区', '{p}{f}原产地在哪'], answer: '{p}{f}由产区合作茶园直采，产地写在商品详情页。' },
  { id: 'taste', category: '售前', questions: ['{p}{f}口感怎么样', '{p}{f}好喝吗', '{p}{f}苦不苦'], asked: ['{p}{f}喝起来什么味道', '{p}{f}会不会很涩'], answer: '{p}{f}滋味醇和，回甘明显，详细风味见商品页的品鉴笔记。' },
  { id: 'gift', category: '售前', questions: ['{p}{f}适合送礼吗', '{p}{f}有礼盒包装吗', '{p}{f}能送长辈吗'], asked: ['想买{p}{f}送人，体面吗', '{p}{f}送礼有包装吗'], answer: '{p}{f}可选礼盒包装并附手提袋，下单备注即可免费包装。' },
  { id: 'grade', category: '售前', questions: ['{p}{f}是什么等级', '{p}{f}是特级的吗', '{p}{f}等级怎么分'], asked: ['{p}{f}属于几级茶', '{p}{f}的等级高吗'], answer: '{p}{f}的等级标在商品名和详情页里，按国家标准分级。' },
  { id: 'pregnant', category: '使用', questions: ['孕妇能喝{p}{f}吗', '{p}{f}孕期可以喝吗', '哺乳期能喝{p}{f}吗'], asked: ['怀孕了还能不能喝{p}{f}', '{p}{f}孕妇适合喝不'], answer: '{p}{f}含咖啡因，孕期和哺乳期建议少量、淡饮，并遵医嘱。' },
  { id: 'sleep', category: '使用', questions: ['晚上喝{p}{f}睡得着吗', '{p}{f}影响睡眠吗', '{p}{f}咖啡因高吗'], asked: ['{p}{f}喝了会失眠吗', '睡前能来一杯{p}{f}吗'], answer: '{p}{f}含咖啡因，对咖啡因敏感的朋友建议下午四点后少喝。' },
  { id: 'fake', category: '售前', questions: ['{p}{f}是正品吗', '{p}{f}有防伪吗', '{p}{f}会是假货吗'], asked: ['{p}{f}保真不', '怎么证明{p}{f}不是假的'], answer: '{p}{f}罐身贴有防伪标，扫码可查验，每批都有第三方检测报告。' },
  { id: 'report', category: '售前', questions: ['{p}{f}有检测报告吗', '{p}{f}农残超标吗', '{p}{f}有质检报告吗'], asked: ['能看下{p}{f}的检测报告吗', '{p}{f}农药残留合格吗'], answer: '{p}{f}每批都有第三方检测报告，可以找客服索取电子版。' },
  { id: 'bulk', category: '售前', questions: ['{p}{f}批发价多少', '{p}{f}团购有优惠吗', '{p}{f}大量采购怎么算'], asked: ['{p}{f}要一百份，能便宜吗', '公司团购{p}{f}有折扣吗'], answer: '{p}{f}团购满20件可享企业价，请留下数量和联系方式，客服会报价。' },
  { id: 'sample', category: '售前', questions: ['{p}{f}有小样吗', '{p}{f}能先试喝吗', '{p}{f}有试饮装吗'], asked: ['{p}{f}想先买点尝尝', '{p}{f}可以寄个样品吗'], answer: '{p}{f}可以先买六大茶类试饮装，满意再买正装。' },
  { id: 'weight', category: '售前', questions: ['{p}{f}净含量多少', '{p}{f}一罐多少克', '{p}{f}有多重'], asked: ['{p}{f}一盒有几克', '{p}{f}分量足不足'], answer: '{p}{f}的净含量写在规格里，50g、100g、250g可选。' },
  { id: 'year', category: '售前', questions: ['{p}{f}是今年的新茶吗', '{p}{f}是哪一年的', '{p}{f}生产日期是什么时候'], asked: ['{p}{f}新不新', '{p}{f}是陈茶还是新茶'], answer: '{p}{f}的年份写在商品名里，生产日期印在包装底部。' },
  { id: 'return', category: '售后', questions: ['{p}{f}能退货吗', '{p}{f}不喜欢可以退吗', '{p}{f}拆封了还能退吗'], asked: ['{p}{f}买了不合口味想退', '{p}{f}支持七天无理由吗'], answer: '{p}{f}未拆封支持7天无理由退货，食品拆封后不影响二次销售的除外。' },
  { id: 'invoice', category: '支付', questions: ['{p}{f}能开发票吗', '{p}{f}发票怎么开', '{p}{f}可以开专票吗'], asked: ['买{p}{f}要报销，能开票不', '{p}{f}的发票抬头怎么填'], answer: '{p}{f}可开电子普票，下单时填写抬头和税号，专票请联系客服。' },
  { id: 'ship', category: '物流', questions: ['{p}{f}什么时候发货', '{p}{f}多久能到', '{p}{f}发什么快递'], asked: ['{p}{f}今天拍能发吗', '{p}{f}几天能收到'], answer: '{p}{f}付款后48小时内发货，默认顺丰或中通，一般2–4天到。' },
  { id: 'packing', category: '物流', questions: ['{p}{f}包装结实吗', '{p}{f}会压坏吗', '{p}{f}怎么打包'], asked: ['{p}{f}路上会不会碎', '{p}{f}寄过来包装好吗'], answer: '{p}{f}用加厚纸箱和气泡柱包装，运输破损包赔。' },
  { id: 'member', category: '会员', questions: ['{p}{f}会员有折扣吗', '{p}{f}能用积分吗', '{p}{f}会员价多少'], asked: ['我是会员，{p}{f}能打折不', '{p}{f}可以积分抵扣吗'], answer: '{p}{f}参加会员折扣，V2及以上享9.5折，积分可抵现。' },
  { id: 'coupon', category: '支付', questions: ['{p}{f}能用优惠券吗', '{p}{f}有满减吗', '{p}{f}有什么活动'], asked: ['{p}{f}现在有啥优惠', '{p}{f}能叠加券吗'], answer: '{p}{f}可用店铺满减券（满199减20、满399减50），以结算页为准。' },
  { id: 'pair', category: '使用', questions: ['{p}{f}配什么茶点', '{p}{f}搭配什么好', '{p}{f}和什么一起喝'], asked: ['喝{p}{f}配点啥吃', '{p}{f}适合配哪种点心'], answer: '{p}{f}推荐搭配绿豆糕或桂花糕，清甜不抢茶味。' },
  { id: 'diff', category: '售前', questions: ['{p}{f}和别家有什么区别', '{p}{f}为什么比别家贵', '{p}{f}值这个价吗'], asked: ['{p}{f}凭啥卖这么贵', '你家{p}{f}比淘宝其他店好在哪'], answer: '{p}{f}产区直采、批批检测，品质稳定，支持先试饮再买。' },
  { id: 'custom', category: '售前', questions: ['{p}{f}能定制包装吗', '{p}{f}可以印logo吗', '{p}{f}能刻字吗'], asked: ['{p}{f}想做企业定制', '{p}{f}包装上能印公司名吗'], answer: '{p}{f}支持企业定制，50份起订，请联系客服沟通设计。' },
  { id: 'abroad', category: '物流', questions: ['{p}{f}能寄到国外吗', '{p}{f}能发香港吗', '{p}{f}海外包邮吗'], asked: ['{p}{f}可以寄去新加坡吗', '{p}{f}发不发海外'], answer: '{p}{f}可寄港澳台和部分海外地区，运费按重量另计。' },
  { id: 'kid', category: '使用', questions: ['小孩能喝{p}{f}吗', '{p}{f}老人适合喝吗', '{p}{f}胃不好能喝吗'], asked: ['{p}{f}给小朋友喝可以吗', '胃寒喝{p}{f}行不行'], answer: '{p}{f}老少皆宜，儿童和肠胃敏感者建议淡饮，不空腹喝。' },
  { id: 'cook', category: '使用', questions: ['{p}{f}能煮着喝吗', '{p}{f}可以冷泡吗', '{p}{f}能做奶茶吗'], asked: ['{p}{f}冷泡好喝不', '{p}{f}适合拿来煮茶吗'], answer: '{p}{f}可冷泡：冷水浸泡4–6小时冷藏饮用，也可煮饮。' },
];

const FACETS = ['小罐装', '礼盒装', '散装', '袋装', '旅行装'];
const WRAPS = ['{q}', '亲，{q}', '请问{q}？', '{q}呀', '你好，{q}'];


const fill = (template: string, p: string, f: string) => template.replace(/\{p\}/gu, p).replace(/\{f\}/gu, f);

/**
 * Writes the knowledge folder into `dir` and returns the messages customers send about the generated
 * entries (one per entry, different wording and alias from its questions).
 */
export async function writeKb3000(dir: string, sampleDir = path.resolve('knowledge')): Promise<{ entries: number; messages: string[] }> {
  mkdirSync(path.join(dir, 'faq'), { recursive: true });
  for (const name of readdirSync(sampleDir)) {
    if (name.endsWith('.yaml')) cpSync(path.join(sampleDir, name), path.join(dir, name));
  }
  cpSync(path.join(sampleDir, 'faq'), path.join(dir, 'faq'), { recursive: true });
  const sample = await loadKnowledge(sampleDir);
  const wanted = KB_ENTRIES - sample.faq.length;
  const entries: object[] = [];
  const messages: string[] = [];
  const random = seeded(3000);
  outer: for (const facet of FACETS) {
    for (const topic of TOPICS) {
      for (const product of sample.products) {
        if (entries.length >= wanted) break outer;
        const names = [product.aliases?.[0] ?? product.name, ...(product.aliases?.slice(1) ?? []), product.name];
        const alias = (i: number) => names[i % names.length]!;
        entries.push({
          id: `gen-${product.id}-${topic.id}${facet ? `-f${FACETS.indexOf(facet)}` : ''}`,
          questions: topic.questions.map((q, i) => fill(q, alias(i), facet)),
          answer: fill(topic.answer, product.name, facet),
          category: topic.category,
          tags: ['generated', topic.id],
        });
        // Half the customers ask nearly as the entry puts it, half in their own words.
        if (random() < 0.5) {
          const question = fill(topic.questions[Math.floor(random() * topic.questions.length)]!, alias(Math.floor(random() * names.length)), facet);
          messages.push(WRAPS[Math.floor(random() * WRAPS.length)]!.replace('{q}', question));
        } else {
          messages.push(fill(topic.asked[Math.floor(random() * topic.asked.length)]!, alias(Math.floor(random() * names.length)), facet));
        }
      }
    }
  }
  writeFileSync(path.join(dir, 'faq', 'generated.yaml'), `# Generated by test/bench/kb-3000.ts: do not edit.\n${dump(entries, { lineWidth: -1 })}`);
  return { entries: sample.faq.length + entries.length, messages };
}

/** A seeded PRNG: same seed, same knowledge base and messages. */
export { seeded };
