import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/understand/engine.js';
import type { HistoryTurn } from '../../core/understand/types.js';
import { kbOf, shopKb } from './kb.js';

const engine = createEngine(shopKb());
const kinds = (text: string, history?: HistoryTurn[]) => engine.understand(text, { history }).signals.map((s) => s.kind);

describe('escalation signals', () => {
  it('hears requests for a person, in Chinese and English', () => {
    for (const text of ['转人工', '我要找人工客服', '叫你们经理出来', 'I want to talk to a real person', 'can I speak with an agent?', 'human please']) {
      const u = engine.understand(text);
      expect(u.signals.map((s) => s.kind), text).toContain('human_request');
      expect(u.escalate).toBe(true);
      expect(u.reason).toBe('human_request');
    }
  });

  it('hears complaints and threats', () => {
    expect(kinds('我要投诉你们')).toContain('complaint');
    expect(kinds('再不处理我就打12315')).toContain('threat');
    expect(kinds('不退款就给差评')).toContain('threat');
    expect(kinds('我要找律师起诉你们')).toContain('threat');
    expect(kinds('I want to file a complaint against your company')).toContain('complaint');
    expect(kinds('i will contact my lawyer')).toContain('threat');
    expect(kinds('this is a scam')).toContain('anger');
    // Kept on hold is a complaint; putting deliveries on hold is a request.
    expect(kinds('I was on hold for 40 minutes and nobody answered')).toContain('complaint');
    expect(kinds('I need to put my coffee deliveries on hold for a couple of months')).toEqual([]);
  });

  it('tolerates typos in English cues', () => {
    expect(kinds('how do I file a complant')).toContain('complaint');
    expect(kinds('let me talk to an asisstant')).toContain('human_request');
  });

  it('hears anger and compensation demands', () => {
    expect(kinds('你们就是骗子!!!')).toContain('anger');
    expect(kinds('东西坏了必须赔偿我的损失')).toContain('compensation');
    // Insults and rhetorical questions typed without a single mark.
    expect(kinds('你们是不是有病 收了钱不发货')).toContain('anger');
    expect(kinds('你们到底还想不想做生意了')).toContain('anger');
    expect(kinds('你们有病历本吗')).toEqual([]);
    expect(kinds('你们有病吗')).toContain('anger');
    const u = engine.understand('等了一个星期还没发货,客服一直不回复,太过分了!!!');
    expect(u.escalate).toBe(true);
    expect(u.sentiment).toBeLessThan(0);
  });

  it('treats playbook triggers as complaints', () => {
    const u = engine.understand('收到的杯子碎了');
    expect(u.signals.map((s) => s.kind)).toContain('complaint');
    expect(u.playbook).toBe('broken');
    expect(u.escalate).toBe(true);
    // A trigger that is also a cue word (差评) counts where the cue does, not in the uses it leaves
    // alone: the bad reviews read before buying.
    const reviews = createEngine(shopKb({ playbooks: [{ id: 'review', title: '差评', triggers: ['差评'], reply: '非常抱歉……', escalate: true }] }));
    expect(reviews.understand('不处理就给差评').escalate).toBe(true);
    expect(reviews.understand('看了差评有点犹豫 质量到底怎么样').escalate).toBe(false);
    expect(reviews.understand('差评里有人说有色差 实物偏什么颜色').escalate).toBe(false);
  });

  it('stays quiet on ordinary questions', () => {
    for (const text of [
      '多久发货', '怎么退货', '能开发票吗', '工商银行卡能付款吗', '我操作了半天也没找到入口', '滚筒洗衣机有货吗',
      'how do I get a refund', 'add a damn item to my order', 'I expect a compensation of $20, was it processed?',
      'contact customer service hours',
    ]) {
      const u = engine.understand(text);
      expect(u.escalate, text).toBe(false);
      expect(u.signals, text).toEqual([]);
    }
  });

  it('reads how a cue is framed: denied counts nothing, asked about or supposed counts half', () => {
    for (const text of ['不是要投诉哈，就是想问下什么时候发货', '不会给差评的，就是想问问能不能换个颜色', '差评能删吗', '如果收到有质量问题怎么赔', '人工客服几点上班', "I don't want to complain, just asking"]) {
      expect(engine.understand(text).escalate, text).toBe(false);
    }
    // A question that asks for a person is a request; a rhetorical one still counts.
    expect(kinds('能不能让个活人跟我说话')).toContain('human_request');
    expect(engine.understand('你TM能不能说句人话').escalate).toBe(true);
  });

  it('does not hand over a customer who declines a person, even through the entry for asking for one', () => {
    const kb = shopKb({ faq: [...shopKb().faq, { id: 'human', questions: ['转人工', '人工客服'], answer: '正在转接', action: 'handoff' }] });
    const e = createEngine(kb);
    expect(e.understand('转人工').escalate).toBe(true);
    const u = e.understand('不用转人工，我自己看看就行');
    expect(u).toMatchObject({ escalate: false, answer: null, reason: 'declined_person' });
  });

  it('hears complaint words typed by sound (头诉, 退宽, 转仁工), and not look-alikes that share no character', () => {
    expect(kinds('我要头诉你们')).toContain('complaint');
    expect(kinds('转仁工')).toContain('human_request');
    expect(engine.understand('东西是坏的，快点给我退宽！！').escalate).toBe(true);
  });

  it('hears what customers tell in one first message: asked again and again, harm done, fakes, sarcasm with a failure', () => {
    for (const text of [
      '这已经是我第三次问了，到底什么时候退款', '同样的问题我已经说了五遍了', '充电器冒烟了', '孩子吃了拉肚子', '饼干里吃出一根头发',
      '你们卖的是高仿', '呵呵，又发错货了，你们是真厉害', '气得我手都在抖，鞋子穿了两天就开胶', 'Third time asking. Where is my order??',
      'The charger melted', "refund me or I'll dispute the charge with my bank", 'worst shop ever, never buying from you again',
      '眼霜抹完眼皮红肿 还火辣辣的', '每换一个客服都要我重新说一遍 已经换了三个人了', '我真的累了 退个货折腾了一个星期',
    ]) {
      expect(engine.understand(text).escalate, text).toBe(true);
    }
    for (const text of ['敏感肌会过敏吗', '第二次买了，很喜欢', '你们客服真厉害，一下就解决了，谢谢', '用了有点刺痛正常吗', '能再说一遍吗', '能发红色的吗',
      '你们有病床卖吗', '你们发红枣还要另付运费吗', '你们发红茶到底用什么快递', '狗狗皮肤发红痒了用什么沐浴露',
      // 电到 is a shock, not a battery charged from empty (没电到充满) or up to a level (充电到80%).
      '新买的电池从没电到充满要几个小时', '充电到80%就拔掉行吗',
      '不好意思 你们能再解释一遍吗 我到底要怎么退货', '我累了 你们有没有安神的茶 到底哪款好']) expect(engine.understand(text).escalate, text).toBe(false);
  });


  it('hears the other ways people say it: ultimatums, contempt, rote replies, sarcasm beside a failure, harm, a person by another name', () => {
    for (const text of [
      '东西坏了 必须给我换新的 不然我就去平台申诉', '再不处理我就打消费者热线了', '我已经很生气了 别再给我发自动回复', '订单被无故取消 钱也没退 耍我呢',
      '退款拖了十几天了 你们是想吞我的钱吗', '收到的是二手货 包装都被拆过 你们必须解释清楚', '机器人听不懂人话 给我换人', '能不能有点诚信 页面写的顺丰结果发的邮政',
      '真是谢谢你们了 等了二十天等来一个空盒子', '给你们点个赞 发货速度堪比蜗牛', '这么快就坏了 真是佩服', '这个损失你们得给我补上', '延误这么久 总得有点表示吧',
      '你们偷偷给我开通了会员自动扣费', '宝宝吃了你们的米粉吐了一晚上', '电热毯用着用着一股焦糊味', '充电宝鼓起来了 还发烫', '刀具包装没封好 拆的时候划了手',
      '同一个问题问了一上午了', '你做不了主就换个能做主的', '帮我接一下售后主管', '我不想跟自动回复聊天',
      'stop sending me canned replies and fix it', "I've emailed four times and got nothing back", 'Can you put me through to someone who can actually help?',
      "I'll be contacting my credit card company to reverse the payment", 'Expect a call from my solicitor', 'lovely, the jacket fell apart after one wash',
      '果断投诉工信部', '卖假货 必须假一赔十', "I'm calling the police", 'I will post this on instagram',
      'Brilliant service as always... still no refund after a month', 'the kettle started sparking when I plugged it in', 'there was mould in the bread I received',
      'I expect you to cover the cost of the damage to my floor', 'you sold me a refurbished phone as new', "Honestly I'm furious",
    ]) {
      expect(engine.understand(text).escalate, text).toBe(true);
    }
    for (const text of [
      '怎么申诉', '宝宝生气了怎么哄 有没有安抚玩具', '会员有专员服务吗', '至少买几件包邮', '是翻新机吗', '好好好 谢谢', '恭喜发财 新年有活动吗', '一如既往的好 回购了',
      '666 好用', '补点钱可以换大号吗', '我想跟客服说一下地址改了', '快递员说要我电话联系他', '我哭了 客服居然记得我上次说的尺码 好感动', '衣服洗了会缩水吗',
      'can I get a human-readable invoice?', 'are there any hidden fees?', 'is the phone new or refurbished?', 'wonderful, thank you for your help', 'my son was furious, he loved that mug',
      // A guarantee or a rule asked about, a collaboration offered, the shop's own post, a product's name, the customer's own pick.
      '上牌得带啥玩意儿', '你们家的车在工信部目录里吗', '假一赔十？', '你们支持假一赔十吗', "I've got 50k followers on TikTok, would you be up for a collab?",
      'Where do I put the code I got from your Instagram post?', 'Is it ok to use it here or can the police give me a problem?', 'Do you sell rash vests?',
      'i ordered the wrong colour by accident, can i change it',
      'i try to demand a compensation', 'i paid with paypal, how do i get a refund?', 'my mum was ill so i missed the delivery', '客厅摆设推荐一下', '能发成都吗',
    ]) {
      expect(engine.understand(text).escalate, text).toBe(false);
    }
  });

  it('hears English customers who are fed up, sarcastic or taking it elsewhere, and not those reporting a fault politely', () => {
    for (const text of [
      "great job guys, 3 weeks and my parcel still hasn't arrived", 'no response to my emails for a week, whats going on', 'can you escalate this please',
      'your support is a joke', 'absolutely shocking service', 'thanks for nothing', "I'll be leaving a 1 star review on trustpilot", 'wow. just wow. wrong item AGAIN',
    ]) {
      expect(engine.understand(text).escalate, text).toBe(true);
    }
    for (const text of [
      'Great service, thanks so much!', 'the parcel arrived damaged, what do I do?', 'the lamp stopped working after a week, can I get a replacement?',
      'I had a great experience, will give you 5 stars',
    ]) {
      expect(engine.understand(text).escalate, text).toBe(false);
    }
  });
  it('hears complaints said sideways (a vow, a bill for the trouble, a review held hostage, someone posing as the shop), and not their look-alikes', () => {
    for (const text of [
      '我真的会谢 包装连个泡沫都没有',
      '再来你们家买东西我就是猪',
      '你们自己掂量着办',
      '差评先不写 看你们怎么处理',
      '跟真人说话 别再发自动回复了',
      '充电宝烧黑了 差点着火',
      '这批货跟官网的对不上 走线歪歪扭扭 别装了',
      'my credit card company can deal with you',
      'the bottle leaked all over my bag, who is paying for that?',
      'AGENT. AGENT.',
      'is there anyone real there or is it all automated',
      'got a text that looks exactly like yours asking for my card number',
      'i see two payments on my statement for one order',
      'the toy eye came off and my baby nearly swallowed it',
    ]) {
      expect(engine.understand(text).escalate, text).toBe(true);
    }
    for (const text of [
      '投诉电话多少 我想表扬一下你们的客服',
      '烟雾报警器是装电池的吗',
      '照片曝光过度了 实物是什么颜色',
      '烦死了 选择困难 黑的白的哪个好看',
      '气死我了这么好看 没我的码了',
      'will i be charged twice if i pay with two cards?',
      'ordered for the third time, love it',
      '我还欠你们钱吗 分期还完了没',
      '到货的鱼有活着的吗',
      'is it safe during pregnancy?',
      '发货快的话我会谢谢你们的',
      '等了半天差点着急了',
      '包装能不能别让别人看到里面是什么',
      '运输中的损失要买保险吗',
      'is it a robot vacuum or a normal one?',
      "let's see what happens with the tracking tomorrow",
      'can my bank handle the payment in euros?',
      'who is paying for the return shipping?',
      'can each person get a different design?',
      'can i split it into two payments for one order?',
      'i nearly ate the whole box, so good',
      'the website looks like you changed the menu',
    ]) {
      expect(engine.understand(text).escalate, text).toBe(false);
    }
  });

  it('hears someone who can decide asked for sideways, the platform or the bank brought in, money taken for nothing, harm told calmly; not their look-alikes', () => {
    for (const text of [
      '叫个能做主的人来',
      '别让机器人回了 我不想和机器人说话',
      '是不是非得我去小红书上说你们才管',
      '你们给过我好几个说法了',
      '差点划到我儿子的手',
      '卡上扣了两次钱 我根本没下单',
      "who's above you in there?",
      "I'll just talk to my bank about it then",
      'somebody logged into my account and ordered stuff',
      'I will never be shopping here again',
      'the heater burned my hand',
      'the stroller rolled off with my toddler in it',
      'cheers for the empty parcel, really made my day',
    ]) {
      expect(engine.understand(text).escalate, text).toBe(true);
    }
    for (const text of [
      '我以后还会再来买的',
      'everyone I know uses your app, do you have a referral code?',
      'do you sell magnets that come off easily for the fridge?',
      'can I talk to my bank about splitting the payment?',
      'is the bundle great value compared to buying separately?',
      'this jacket really made my week, do you have it in red?',
    ]) {
      expect(engine.understand(text).escalate, text).toBe(false);
    }
  });

  it('reads the tone of the whole message: in jest, only asking or about someone else halves it; resignation and irony count', () => {
    for (const text of ['律师函警告 哈哈开玩笑的 有没有加大码', '退一赔三是啥意思 好奇问一下', '12315电话多少来着 不是找你们', '气死我了😂 下次什么时候补货', 'Not a complaint, just feedback: the box was a bit big']) {
      expect(engine.understand(text).escalate, text).toBe(false);
    }
    expect(engine.understand('又发错货了[发怒][发怒]').escalate).toBe(true);
    // Irony counts only beside a failure: the same words are sincere thanks.
    for (const text of ['谢谢你们啊 这茶绝了 永远的神', 'Perfect, much appreciated. Wow!', 'Lovely, cheers for that!', '需要你们出具发票吗', 'do you sell rg6 coax cable']) {
      expect(engine.understand(text).escalate, text).toBe(false);
    }
    // Harm is heard whatever the tone.
    expect(engine.understand('孩子误吞了零件 窒息了 哈哈都不知道怎么办').escalate).toBe(true);
    for (const text of ['算了不想说了 你们看着办吧', '不愧是大品牌 新买的冰箱插上电就跳闸', '同一个问题我说了八百遍了', '这破手机又卡死了😡😡', '用了你们的面霜脸红肿起疹子，现在在看皮肤科']) {
      expect(engine.understand(text).escalate, text).toBe(true);
    }
  });

  it('hands over a message nearly a complaint when the knowledge has no answer, and answers it when it has', () => {
    // 你们 太慢了: two weak cues, short of a complaint on their own.
    const unanswered = engine.understand('你们客服回复太慢了');
    expect(unanswered.answer).toBeNull();
    expect(unanswered.escalate).toBe(true);
    expect(unanswered.reason).toBe('complaint');
    expect(unanswered.signals[0]?.evidence).toContain('你们');
    // As unhappy, but a question the knowledge answers: the answer it is.
    const answered = createEngine(kbOf([['urge', ['怎么还没发货', '能快点发货吗']]])).understand('都三天了怎么还没发货啊');
    expect(answered.answer?.id).toBe('urge');
    expect(answered.escalate).toBe(false);
    // A plain unanswered question is no complaint.
    expect(engine.understand('你们仓库在哪里').escalate).toBe(false);
    // A long story of something gone wrong needs less; not when it also praises or apologises.
    const story = '上周五就寄回去了 快递显示你们周一签收了 今天都周四了钱还没回来 到底什么时候能退';
    expect(engine.understand(story).escalate).toBe(true);
    for (const report of ['水果有两个坏了 其他都挺好 要拍照给你们看吗', '不好意思 你们能再解释一遍吗 我到底要怎么退货']) expect(engine.understand(report).escalate, report).toBe(false);
  });

  it('is positive on thanks', () => {
    expect(engine.understand('谢谢亲,服务很好').sentiment).toBeGreaterThan(0);
  });

  it('escalates the third unresolved question in a row', () => {
    const history: HistoryTurn[] = [
      { role: 'customer', text: '你们的仓库在哪里' },
      { role: 'bot', text: '抱歉没找到', faq: null },
      { role: 'customer', text: '能用微信支付吗' },
      { role: 'bot', text: '抱歉没找到', faq: null },
    ];
    const u = engine.understand('包装是什么颜色', { history });
    expect(u.answer).toBeNull();
    expect(u.signals.map((s) => s.kind)).toContain('unresolved');
    expect(u.escalate).toBe(true);
    expect(u.reason).toBe('unresolved');
    // Without the bot's record the earlier turns are re-matched.
    const bare = engine.understand('包装是什么颜色', { history: history.filter((t) => t.role === 'customer') });
    expect(bare.reason).toBe('unresolved');
    // An answered turn in between resets the count.
    const reset = engine.understand('包装是什么颜色', {
      history: [...history.slice(0, 2), { role: 'customer', text: '多久发货' }, { role: 'bot', text: '48小时', faq: 'shipping_time' }],
    });
    expect(reset.escalate).toBe(false);
  });
});
