// The demo shop's data: about fifty customers with phone numbers, their orders of the sample shop's
// products across every status, couriers (中通, 顺丰, 京东), tracking numbers and scan histories from the
// Hangzhou warehouse to the customer's city. Generated from a fixed seed, so the same catalogue and the
// same moment always give the same shop — order numbers and statuses are stable, which lets the README
// and the tests name them; only the clock times move with `now`.
//
// The phone numbers are generated, not anyone's: 11 digits on real-looking prefixes.
import type { Product } from '../knowledge/schema.js';
import { vipLevelForSpend } from '../customers/vip-tiers.js';
import type { OrderItem, OrderStatus, TrackingEvent } from './shop-connector.js';
import { seededRandom as random } from '../reports/seeded-random.js';

export const DEMO_SEED = 20261111;
export const DEMO_DATA_VERSION = 1;

export interface DemoCustomer {
  id: string;
  name: string;
  phone: string;
  vipLevel: number;
  since: number;
  /** Chat accounts the shop's CRM has bound to this member (`channel:userId`). */
  accounts: string[];
}

export interface DemoOrder {
  id: string;
  customerId: string;
  status: OrderStatus;
  createdAt: number;
  paidAt: number;
  items: OrderItem[];
  total: number;
  currency: string;
  recipient: string;
  phone: string;
  address: string;
  /** Set on shipping. */
  courier?: string;
  shippedAt?: number;
  deliveredAt?: number;
  cancelledAt?: number;
  /** Changes performed through the connector, newest last. */
  changes?: { at: number; kind: 'address' | 'cancel'; detail?: string }[];
}

export interface DemoParcel {
  orderId: string;
  courier: string;
  trackingNo: string;
  /** When the parcel is due (the plan; for a delivered one, when it was delivered). */
  estimatedDelivery: number;
  /** Scans up to the moment of seeding, newest first. */
  events: TrackingEvent[];
}

export interface DemoShopData {
  version: number;
  seed: number;
  /** All times below are as of this moment; readers shift them to their own `now`. */
  seededAt: number;
  customers: DemoCustomer[];
  orders: DemoOrder[];
  parcels: DemoParcel[];
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;


interface Courier {
  name: string;
  trackingNo: (digits: (n: number) => string) => string;
}

export const demoCouriers: Record<'zto' | 'sf' | 'jd', Courier> = {
  zto: { name: '中通快递', trackingNo: (d) => `75${d(13)}` },
  sf: { name: '顺丰速运', trackingNo: (d) => `SF${d(13)}` },
  jd: { name: '京东快递', trackingNo: (d) => `JDVA${d(11)}` },
};

interface Destination {
  province: string;
  city: string;
  districts: string[];
  hub: string;
  /** The transfer hub on the way, for trips of two days or more. */
  via?: string;
  days: number;
}

// Where the sample shop's parcels go, and how long from Hangzhou (knowledge/faq/logistics.yaml).
const DESTINATIONS: Destination[] = [
  { province: '浙江省', city: '杭州市', districts: ['西湖区', '拱墅区', '滨江区'], hub: '杭州转运中心', days: 1 },
  { province: '上海市', city: '上海市', districts: ['浦东新区', '徐汇区', '静安区'], hub: '上海浦东转运中心', days: 1 },
  { province: '江苏省', city: '南京市', districts: ['鼓楼区', '建邺区'], hub: '南京转运中心', days: 1 },
  { province: '江苏省', city: '苏州市', districts: ['姑苏区', '工业园区'], hub: '苏州转运中心', days: 1 },
  { province: '北京市', city: '北京市', districts: ['朝阳区', '海淀区', '丰台区'], hub: '北京顺义转运中心', via: '济南', days: 2 },
  { province: '广东省', city: '广州市', districts: ['天河区', '越秀区'], hub: '广州白云转运中心', via: '赣州', days: 2 },
  { province: '广东省', city: '深圳市', districts: ['南山区', '福田区'], hub: '深圳转运中心', via: '赣州', days: 2 },
  { province: '湖北省', city: '武汉市', districts: ['洪山区', '武昌区'], hub: '武汉转运中心', via: '合肥', days: 2 },
  { province: '山东省', city: '青岛市', districts: ['市南区', '崂山区'], hub: '青岛转运中心', via: '徐州', days: 2 },
  { province: '福建省', city: '厦门市', districts: ['思明区', '湖里区'], hub: '厦门转运中心', via: '温州', days: 2 },
  { province: '天津市', city: '天津市', districts: ['南开区', '和平区'], hub: '天津转运中心', via: '济南', days: 2 },
  { province: '湖南省', city: '长沙市', districts: ['岳麓区', '芙蓉区'], hub: '长沙转运中心', via: '南昌', days: 2 },
  { province: '四川省', city: '成都市', districts: ['武侯区', '高新区'], hub: '成都双流转运中心', via: '武汉', days: 3 },
  { province: '陕西省', city: '西安市', districts: ['雁塔区', '碑林区'], hub: '西安转运中心', via: '郑州', days: 3 },
  { province: '辽宁省', city: '沈阳市', districts: ['和平区', '浑南区'], hub: '沈阳转运中心', via: '天津', days: 3 },
  { province: '新疆维吾尔自治区', city: '乌鲁木齐市', districts: ['天山区', '沙依巴克区'], hub: '乌鲁木齐转运中心', via: '兰州', days: 5 },
];
const ROADS = ['文三路', '学院路', '人民路', '中山路', '建设路', '解放路', '长江路', '和平路', '新华路', '青年路', '滨江大道', '花园路'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢';
const GIVEN = ['晓', '静', '伟', '芳', '娜', '敏', '磊', '洋', '婷', '杰', '涛', '明', '欣', '悦', '宇', '浩', '琳', '雪', '佳', '子', '雨', '思', '嘉', '文', '一', '可', '安', '宁'];
const PHONE_PREFIXES = ['138', '139', '135', '136', '150', '151', '158', '186', '187', '177', '199'];
const SIGNERS = ['本人', '家门口', '快递柜', '菜鸟驿站', '公司前台'];

/** What a customer can buy: each variant of a product, or the product itself. */
function buyables(products: readonly Product[]): { productId: string; sku?: string; name: string; price: number }[] {
  const out = products.flatMap((p) =>
    p.variants?.length
      ? p.variants.map((v) => ({ productId: p.id, sku: v.sku, name: `${p.name} ${v.name}`, price: v.price ?? p.price }))
      : [{ productId: p.id, name: p.name, price: p.price }],
  );
  return out.length ? out : [{ productId: 'demo-item', name: '店铺商品', price: 99 }];
}

interface Journey {
  status: OrderStatus;
  shippedAt: number;
  deliveredAt: number;
  events: TrackingEvent[];
}

/** A parcel's trip from the Hangzhou warehouse, and where it is at `now`. */
function journey(courier: string, dest: Destination, district: string, shippedAt: number, deliveredAt: number, signer: string, now: number): Journey {
  const days = (deliveredAt - shippedAt) / DAY;
  const city = dest.city;
  const planned: TrackingEvent[] = [
    { at: shippedAt, location: '杭州市', text: `【杭州市】${courier} 杭州余杭仓储营业部 已揽收` },
    { at: shippedAt + 3 * HOUR, location: '杭州市', text: '【杭州市】快件已到达 杭州转运中心' },
  ];
  if (dest.hub !== '杭州转运中心') {
    planned.push({ at: shippedAt + 5 * HOUR, location: '杭州市', text: `【杭州市】快件已从 杭州转运中心 发出，准备发往 ${dest.hub}` });
    if (dest.via && days >= 1.5) {
      const mid = shippedAt + Math.round((deliveredAt - 10 * HOUR - shippedAt) / 2);
      const via = `${dest.via}市`;
      planned.push({ at: mid, location: via, text: `【${via}】快件已到达 ${dest.via}转运中心` });
      planned.push({ at: mid + 2 * HOUR, location: via, text: `【${via}】快件已从 ${dest.via}转运中心 发出，准备发往 ${dest.hub}` });
    }
    planned.push({ at: deliveredAt - 10 * HOUR, location: city, text: `【${city}】快件已到达 ${dest.hub}` });
  }
  planned.push(
    { at: deliveredAt - 8 * HOUR, location: city, text: `【${city}】快件已从 ${dest.hub} 发出，准备发往 ${district}营业部` },
    { at: deliveredAt - 5 * HOUR, location: city, text: `【${city}】快件已到达 ${city}${district}营业部` },
    { at: deliveredAt - 3 * HOUR, location: city, text: `【${city}】快递员正在为您派件，请保持电话畅通` },
    { at: deliveredAt, location: city, text: `【${city}】已签收，签收人：${signer}。感谢使用${courier}，期待再次为您服务` },
  );
  const status: OrderStatus =
    now < shippedAt ? 'pending' : now < shippedAt + 3 * HOUR ? 'shipped' : now < deliveredAt - 3 * HOUR ? 'in_transit' : now < deliveredAt ? 'out_for_delivery' : 'delivered';
  return { status, shippedAt, deliveredAt, events: planned.filter((e) => e.at <= now).sort((a, b) => b.at - a.at) };
}

interface OrderPlan {
  /** Hours before `now` the order was placed. */
  ageHours: number;
  courier?: keyof typeof demoCouriers;
  cancelled?: boolean;
  /** Hours from payment to shipping. */
  shipAfterHours?: number;
  /** Hours from `now` to delivery (negative: delivered that long ago); default: the destination's time. */
  dueInHours?: number;
}

/**
 * The orders the demo and the README rely on (the first customers' latest orders): one of every
 * status, a parcel on its way by 顺丰, a pending one, one out for delivery, one just picked up.
 */
const SCRIPTED: Record<number, OrderPlan[]> = {
  0: [
    { ageHours: 50, courier: 'sf', shipAfterHours: 6, dueInHours: 20 },
    { ageHours: 3, courier: 'sf', shipAfterHours: 20 },
    { ageHours: 24 * 21, courier: 'zto' },
    { ageHours: 24 * 75, courier: 'zto' },
    { ageHours: 24 * 160, courier: 'jd' },
  ],
  1: [{ ageHours: 40, courier: 'zto', shipAfterHours: 8, dueInHours: 14 }, { ageHours: 24 * 45, courier: 'zto' }],
  2: [{ ageHours: 68, courier: 'jd', shipAfterHours: 4, dueInHours: 1.5 }],
  3: [{ ageHours: 10, courier: 'zto', shipAfterHours: 8.5, dueInHours: 40 }],
  4: [{ ageHours: 30, cancelled: true }, { ageHours: 24 * 12, courier: 'sf' }],
};

export function seedDemoShop(products: readonly Product[], now: number, seed = DEMO_SEED): DemoShopData {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');
  const units = buyables(products);
  const usedIds = new Set<string>();
  const unique = (make: () => string) => {
    for (;;) {
      const id = make();
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };

  const customers: DemoCustomer[] = [];
  const orders: DemoOrder[] = [];
  const parcels: DemoParcel[] = [];

  for (let i = 0; i < 50; i++) {
    const name = i === 0 ? '林晓' : i === 1 ? '陈亚历' : pick([...SURNAMES]) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : '');
    const phone = unique(() => pick(PHONE_PREFIXES) + digits(8));
    const dest = pick(DESTINATIONS);
    const district = pick(dest.districts);
    const address = `${dest.province}${dest.city === dest.province ? '' : dest.city}${district}${pick(ROADS)}${int(1, 399)}号${int(1, 30)}栋${int(1, 4)}单元${int(1, 28)}0${int(1, 4)}室`;
    const id = `C${String(i + 1).padStart(4, '0')}`;

    // The kind of buyer decides how many orders and how long ago: loyal, regular, new, or gone quiet.
    const kind = rnd();
    const plans: OrderPlan[] = SCRIPTED[i] ?? [];
    if (!SCRIPTED[i]) {
      const [count, minDays, maxDays] = kind < 0.15 ? [int(6, 14), 0.2, 400] : kind < 0.55 ? [int(2, 5), 0.2, 365] : kind < 0.75 ? [1, 0.2, 30] : [int(2, 6), 120, 400];
      for (let n = 0; n < count; n++) {
        const courierRoll = rnd();
        plans.push({
          ageHours: (minDays + rnd() * (maxDays - minDays)) * 24,
          courier: courierRoll < 0.6 ? 'zto' : courierRoll < 0.85 ? 'sf' : 'jd',
          cancelled: rnd() < 0.06,
        });
      }
      // Some of the active buyers have a parcel on its way right now.
      if (kind < 0.55 && rnd() < 0.3) plans.push({ ageHours: 2 + rnd() * 96, courier: rnd() < 0.6 ? 'zto' : 'sf' });
    }

    let spend12m = 0;
    let earliest = now;
    for (const plan of plans) {
      const createdAt = Math.round(now - plan.ageHours * HOUR);
      earliest = Math.min(earliest, createdAt);
      const items: OrderItem[] = [];
      for (let k = int(1, 3); k > 0; k--) {
        const unit = pick(units);
        if (items.some((it) => it.name === unit.name)) continue;
        items.push({ productId: unit.productId, sku: unit.sku, name: unit.name, quantity: rnd() < 0.75 ? 1 : 2, price: unit.price });
      }
      const goods = items.reduce((sum, it) => sum + it.price * it.quantity, 0);
      const total = Math.round((goods + (goods < 99 ? 8 : 0)) * 100) / 100;
      const order: DemoOrder = {
        id: unique(() => `42${digits(16)}`),
        customerId: id,
        status: 'pending',
        createdAt,
        paidAt: createdAt + int(1, 10) * 60_000,
        items,
        total,
        currency: 'CNY',
        recipient: name,
        phone,
        address,
      };
      if (plan.cancelled) {
        order.status = 'cancelled';
        order.cancelledAt = Math.min(now, createdAt + int(1, 6) * HOUR);
      } else {
        const courier = demoCouriers[plan.courier ?? 'zto'];
        // Paid before 16:00 ships the same evening, else the next day (knowledge/faq/logistics.yaml).
        const shippedAt = order.paidAt + (plan.shipAfterHours ?? int(5, 26)) * HOUR;
        // 顺丰 and 京东 are about a day faster than 中通 beyond the nearby provinces.
        const days = dest.days + (plan.courier === 'zto' && dest.days > 1 ? 1 : 0);
        const deliveredAt = plan.dueInHours === undefined ? shippedAt + days * DAY + 2 * HOUR : Math.round(now + plan.dueInHours * HOUR);
        const trip = journey(courier.name, dest, district, shippedAt, deliveredAt, pick(SIGNERS), now);
        order.status = trip.status;
        if (trip.status !== 'pending') {
          order.courier = courier.name;
          order.shippedAt = trip.shippedAt;
          if (trip.status === 'delivered') order.deliveredAt = trip.deliveredAt;
          parcels.push({ orderId: order.id, courier: courier.name, trackingNo: unique(() => courier.trackingNo(digits)), estimatedDelivery: trip.deliveredAt, events: trip.events });
        }
        if (now - createdAt <= 365 * DAY) spend12m += total;
      }
      orders.push(order);
    }
    customers.push({
      id,
      name,
      phone,
      vipLevel: vipLevelForSpend(spend12m),
      since: earliest - int(0, 30) * DAY,
      // The first two members bound a chat account to their membership (the console and the demo's Telegram customer).
      accounts: i === 0 ? ['console:xiaolin'] : i === 1 ? ['telegram:5550001'] : [],
    });
  }
  orders.sort((a, b) => b.createdAt - a.createdAt);
  return { version: DEMO_DATA_VERSION, seed, seededAt: now, customers, orders, parcels };
}
