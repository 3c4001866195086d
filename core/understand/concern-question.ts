// A worry told in the customer's words, which the knowledge answers under a name the message seldom
// says: whether it is genuine (r these legit or dupes?, 不会是莆田的吧), an allergy (my lad's got a latex
// allergy, 吃完嘴巴周围起了红疹子), the same thing cheaper elsewhere (walmart has it for 30 bucks less,
// will u match it?), or the price dropped after buying (昨天刚买今天就降了十几块). Read as the knowledge
// asks it (see asKnowledgeAsks in the engine).
import { inLanguage, type AskedIn, type KnowledgeAsks } from './knowledge-asks.js';

export type Concern = 'genuine' | 'allergy' | 'price-match' | 'price-drop';

/** (Real and original only asked of the thing, or against a fake: real leather, the original packaging, a copy of the invoice are no such worry.) */
const GENUINE_EN = /\b(?:genuine|authentic|legit|fakes?|knock-?offs?|counterfeits?|dupes?|replicas?|grey imports?)\b|\b(?:is|are|it's|they're|be)\s+(?:\w+\s+)?(?:real|original)\b(?!\s+(?:leather|wood|gold|silver|size|price|packaging|box))|\b(?:real|original) or\b/u;
/** (Not 真的 as "really": 真的很好用, 我真的很生气.) */
const GENUINE_ZH = /是(?:不是)?真(?:的|货)|真货|假的|假货|正品|正货|水货|山寨|莆田|保真|是(?:不是)?原装|专柜货|正经货|正规渠道|验真|鉴定|仿的|高仿/u;

/** (Not a diet: coeliac, lactose intolerant are the gluten-free or dairy-free questions.) */
const ALLERGY_EN = /\ballerg\w*|\bsensitive skin\b|\brash\b|\basthma\b|\beczema\b/u;
const ALLERGY_ZH = /过敏|红疹|起疹|疹子|发痒|起红点/u;

/** Lower elsewhere: cheaper, $30 less, for less; at another shop, on another site, or a rival named as having the same. */
const LOWER_EN = /\b(?:cheaper|for less|more cheap|lower price|better price|a tenner less|(?:\d+(?:\.\d+)?|a few) (?:bucks |quid |dollars |pounds |euros? |dollar |pound )?less)\b/u;
const ELSEWHERE_EN = /\b(?:elsewhere|somewhere else|another (?:\w+ )?(?:shop|store|site|website|retailer|seller)|other (?:shops?|stores?|sites?|websites?|retailers?)|competitors?|(?:has|have|had|sells?|selling) (?:the )?(?:exact )?same)\b/u;
const MATCH_EN = /\b(?:match|equal|beat|lower yours|same price|the difference)\b/u;
/** The price fell after buying: bought it last week and now it's cheaper on your site; 买完就降价, 昨天刚买今天便宜了二十. */
const DROP_EN = /\b(?:bought|buy|ordered|purchased|paid)\b[^.!?]{0,60}\b(?:now|since|today|this week)\b[^.!?]{0,40}\b(?:cheaper|more cheap|on sale|reduced|marked down|lower|less)\b|\b(?:price|it)\b[^.!?]{0,10}\b(?:dropped|went down|has gone down|fell)\b/u;
const DROP_ZH = /(?:买|拍|付款|下单|入手)[^,.!?;，。！？]{0,12}(?:便宜了|降价|降了|跌了|价格低了|优惠了)|(?:便宜了|降价了|降了)[^,.!?;，。！？]{0,12}(?:补|差价|退点|还给我|还我)/u;

/** The worry a message tells, if it is one of these. */
export function concernOf(text: string, english: boolean): Concern | undefined {
  if (english) {
    const elsewhere = ELSEWHERE_EN.test(text);
    if (!elsewhere && DROP_EN.test(text)) return 'price-drop';
    if (LOWER_EN.test(text) ? elsewhere || MATCH_EN.test(text) : MATCH_EN.test(text) && elsewhere) return 'price-match';
    if (ALLERGY_EN.test(text)) return 'allergy';
    if (GENUINE_EN.test(text)) return 'genuine';
    return undefined;
  }
  if (DROP_ZH.test(text)) return 'price-drop';
  if (ALLERGY_ZH.test(text)) return 'allergy';
  if (GENUINE_ZH.test(text)) return 'genuine';
  return undefined;
}

/** How the knowledge asks about each, and a word its entry says: in English, in Chinese. */
const ASKED: Record<Concern, AskedIn> = {
  genuine: [
    { question: 'are your products genuine and authentic', word: 'genuine authentic' },
    { question: '是正品吗 保证是真的吗', word: '正品 假货 真品 正货' },
  ],
  allergy: [
    { question: 'is it safe with allergies, what allergens does it contain', word: 'allergy allergies allergen allergic' },
    { question: '过敏怎么办', word: '过敏' },
  ],
  'price-match': [
    { question: 'do you price match if it is cheaper elsewhere', word: 'match' },
    { question: '别家更便宜 能便宜点吗', word: '比价 别家' },
  ],
  'price-drop': [
    { question: 'if the price drops after i buy can i get the difference back', word: 'difference' },
    { question: '买完降价了能补差价吗', word: '差价 价保' },
  ],
};

/** The worry a message tells, as the knowledge asks about it. */
export function concernAsked(text: string, english: boolean): KnowledgeAsks | undefined {
  const concern = concernOf(text, english);
  return inLanguage(concern && ASKED[concern], english);
}
