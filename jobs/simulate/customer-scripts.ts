// Synthetic customers for `xiaoer simulate`: what each one says and when, drawn from the shop's own
// knowledge the way real buyers type — typos from the lexicon, colloquial openings (亲/在吗/老板),
// follow-ups that lean on context (那…呢), questions the shop never wrote down, complaints in the words
// the playbooks listen for, requests for a person. Pure and seeded: the same seed, the same day.
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { dayStart, DAY_MS } from '../../core/reports/days.js';
import { pick, type Random } from '../../core/reports/seeded-random.js';

export type Persona = 'asker' | 'follow_up' | 'lost' | 'complainer' | 'human' | 'product';

export interface CustomerScript {
  id: number;
  channel: 'wechat' | 'telegram';
  userId: string;
  userName: string;
  startAt: number;
  persona: Persona;
  /** Messages in order; each after `pauseMs` since the bot's previous reply. */
  messages: { text: string; pauseMs: number }[];
  /** What the customer writes after an agent's first reply, if anything. */
  toAgent?: string;
  /** 1–5 when asked after a ticket closes, or null to ignore the question. */
  rating: number | null;
}

/** Customers starting per hour of the day, relative (a tea shop: mornings, after lunch, evenings). */
export const HOURLY_PROFILE = [3, 2, 1, 1, 1, 2, 4, 9, 20, 34, 45, 48, 40, 36, 42, 46, 43, 37, 35, 47, 58, 56, 34, 12];

const PERSONAS: [Persona, number][] = [
  ['asker', 52],
  ['follow_up', 12],
  ['product', 8],
  ['lost', 10],
  ['complainer', 11],
  ['human', 7],
];

const OPENINGS = ['', '', '', '亲，', '你好，', '在吗 ', '请问', '老板，', '您好 ', '哈喽，', '亲亲 ', 'hi '];
const ENDINGS = ['', '', '？', '?', '啊', '呀', '呢', '~', '？？', '哈'];
const THANKS = ['谢谢', '好的谢谢', '明白了，谢谢', '好嘞', 'ok', '谢啦'];
const HUMAN = ['转人工', '人工客服', '我要找真人', '转人功', '能不能让人工来回答', '叫你们客服来'];
const COMPLAINT_FORMS = ['收到货发现{t}，怎么回事？', '{t}，你们必须给我个说法！', '我买的茶{t}了，怎么处理', '太气人了，{t}', '你好，{t}，能退吗'];
const PRODUCT_FORMS = ['{p}多少钱', '{p}还有货吗', '{p}怎么泡', '{p}有优惠吗', '{p}保质期多久'];

/**
 * Questions the sample shop never wrote down, with what an agent answers — so a simulated week gives
 * knowledge-gaps real material to suggest entries from.
 */
export const UNKNOWN_QUESTIONS: [string, string][] = [
  ['可以刻字吗', '可以的，茶罐和茶具支持激光刻字，每件加收20元，下单时备注刻字内容即可；定制商品不支持7天无理由退货。'],
  ['茶叶能寄到国外吗', '目前只发中国大陆地区，港澳台和海外暂时不发货，很抱歉。'],
  ['你们有实体店吗', '我们在杭州西湖区龙井村有一家茶室，地址是龙井路18号，每天10:00-18:00营业，欢迎来喝茶。'],
  ['可以用数字人民币付款吗', '淘宝下单支持数字人民币，在支付页选择数字人民币就可以。'],
  ['买茶送茶杯吗', '满299元送一只品茗杯，数量有限送完即止，下单时系统自动赠送。'],
  ['茶叶可以放冰箱吗', '绿茶建议密封后冷藏（0-5度），取出后等回到室温再开封，防止受潮；红茶和普洱常温避光保存即可。'],
  ['孕妇可以喝茶吗', '孕期建议少量饮用淡茶，咖啡因敏感的话可以选我们的花草茶，具体请遵医嘱。'],
  ['你们招兼职吗', '目前客服岗位暂不招兼职，招聘信息会发在店铺首页公告里。'],
  ['可以开收据吗', '可以的，收据和电子发票都能开，在订单里备注需要收据，随货寄出。'],
  ['送礼用什么茶好', '送长辈推荐明前龙井礼盒或金骏眉礼盒，包装大气，可以加购手提袋和贺卡。'],
];

function weighted<T>(items: [T, number][], random: Random): T {
  const total = items.reduce((n, [, w]) => n + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return items[items.length - 1]![0];
}

/** A start time in the day, following the hourly profile. */
function startTime(day: string, random: Random): number {
  const hour = weighted(HOURLY_PROFILE.map((w, h) => [h, w] as [number, number]), random);
  return dayStart(day) + hour * 3600_000 + Math.floor(random() * 3600_000);
}

/** A pause a person takes before writing again: seconds to a couple of minutes. */
const pause = (random: Random) => Math.round(5_000 + random() ** 2 * 120_000);

export class ScriptWriter {
  private readonly questions: { text: string; weight: number }[];
  private readonly typos: [string, string][];
  private readonly triggers: string[];
  private readonly products: string[];

  constructor(
    kb: KnowledgeBase,
    private readonly random: Random,
  ) {
    // Popularity falls off with rank (a few questions are most of the traffic), in a seeded order.
    const entries = [...kb.faq].sort((a, b) => (a.id < b.id ? -1 : 1));
    const order = entries.map((e) => ({ e, k: random() })).sort((a, b) => a.k - b.k);
    this.questions = order.flatMap(({ e }, rank) => e.questions.map((text) => ({ text, weight: 1 / (rank + 1) ** 0.9 / e.questions.length })));
    this.typos = Object.entries(kb.lexicon.typos).map(([wrong, right]) => [right, wrong]);
    this.triggers = kb.playbooks.flatMap((p) => p.triggers).filter((t) => !/^\d+$/u.test(t));
    this.products = kb.products.flatMap((p) => [p.name, ...(p.aliases ?? [])]).filter((n) => n.length <= 8);
  }

  /** A customer's wording of a question: maybe a typo, a colloquial opening, a particle at the end. */
  private typed(text: string): string {
    let out = text;
    if (this.random() < 0.3) {
      const typo = this.typos.find(([right]) => out.includes(right));
      if (typo) out = out.replace(typo[0], typo[1]);
    }
    if (/^[\x20-\x7e]+$/u.test(out)) return out; // English stays English
    // A question already ending in a particle (吗, 呢) takes punctuation at most, not a second particle.
    const endings = /[吗呢吧啊呀不]$/u.test(out) ? ENDINGS.filter((e) => !/[\p{Script=Han}]/u.test(e)) : ENDINGS;
    return `${pick(OPENINGS, this.random)}${out}${pick(endings, this.random)}`;
  }

  private question(): string {
    if (!this.questions.length) return pick(UNKNOWN_QUESTIONS, this.random)[0];
    return weighted(this.questions.map((q) => [q.text, q.weight] as [string, number]), this.random);
  }

  write(id: number, day: string, runId: string): CustomerScript {
    const r = this.random;
    const persona = weighted(PERSONAS, r);
    const channel = r() < 0.65 ? 'wechat' : 'telegram';
    const messages: { text: string; pauseMs: number }[] = [];
    const say = (text: string) => messages.push({ text, pauseMs: messages.length ? pause(r) : 0 });
    switch (persona) {
      case 'asker': {
        const n = 1 + Math.floor(r() ** 2 * 3);
        for (let i = 0; i < n; i++) say(this.typed(this.question()));
        if (r() < 0.35) say(pick(THANKS, r));
        break;
      }
      case 'follow_up': {
        say(this.typed(this.question()));
        const next = this.question().replace(/[？?。！!~～]+$/u, '');
        say(`那${next.replace(/^(?:请问|亲|你好)/u, '')}呢`);
        if (r() < 0.3) say(pick(THANKS, r));
        break;
      }
      case 'product': {
        const p = this.products.length ? pick(this.products, r) : '龙井';
        say(pick(PRODUCT_FORMS, r).replace('{p}', p));
        if (r() < 0.5) say(this.typed(this.question()));
        break;
      }
      case 'lost': {
        const [q] = pick(UNKNOWN_QUESTIONS, r);
        say(this.typed(q));
        // Some rephrase until the bot gives up and hands over, some leave.
        if (r() < 0.6) say(this.typed(q.replace(/吗$/u, '不')));
        if (r() < 0.4) say(`${q}？到底行不行`);
        break;
      }
      case 'complainer': {
        const t = this.triggers.length ? pick(this.triggers, r) : '坏了';
        say(r() < 0.2 ? '我要投诉，你们发错货了' : pick(COMPLAINT_FORMS, r).replace('{t}', t));
        break;
      }
      case 'human':
        if (r() < 0.5) say(this.typed(this.question()));
        say(pick(HUMAN, r));
        break;
    }
    const ratingRoll = r();
    const unhappy = persona === 'complainer' ? 0.25 : 0.1;
    const rating = r() < 0.3 ? null : ratingRoll < unhappy ? 1 + Math.floor(r() * 2) : ratingRoll < unhappy + 0.15 ? 3 : r() < 0.6 ? 5 : 4;
    return {
      id,
      channel,
      userId: `sim-${runId}-${id}`,
      userName: `顾客${id}`,
      startAt: startTime(day, r),
      persona,
      messages,
      toAgent: r() < 0.5 ? pick(['好的', '好的，谢谢', '嗯嗯', '那我等你们消息', '照片发你们了'], r) : undefined,
      rating,
    };
  }

  /** A day's customers, by start time; about 7 % come back later the same day (a repeat contact). */
  day(day: string, count: number, runId: string): CustomerScript[] {
    const scripts: CustomerScript[] = [];
    for (let i = 0; i < count; i++) {
      const script = this.write(i + 1, day, runId);
      const earlier = scripts.length && this.random() < 0.07 ? pick(scripts, this.random) : undefined;
      const later = earlier ? earlier.startAt + 3600_000 + Math.floor(this.random() * 5 * 3600_000) : 0;
      if (earlier && later < dayStart(day) + DAY_MS) {
        script.userId = earlier.userId;
        script.userName = earlier.userName;
        script.channel = earlier.channel;
        script.startAt = later;
      }
      scripts.push(script);
    }
    return scripts.sort((a, b) => a.startAt - b.startAt || a.id - b.id);
  }
}
