// Place names, so that "do you ship to Norway?" meets "shipping to Canada" and 新疆包邮吗 meets
// 西藏发货吗: what matters to matching is that a place is named, not which one. General geography:
// countries, large cities of the world, Chinese provinces and large cities, regions shops talk about.

const COUNTRIES_EN = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
burkina burundi cambodia cameroon canada chile china colombia comoros congo croatia cuba cyprus czechia
czech denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia
georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
iraq ireland israel italy jamaica japan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia
lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru
nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia
slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
trinidad tunisia turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen
zambia zimbabwe usa uk america england scotland wales britain europe asia africa australia oceania
emirates uae`;

const CITIES_EN = `london paris berlin madrid barcelona valencia seville lisbon porto rome milan naples turin venice
florence amsterdam rotterdam brussels antwerp vienna zurich geneva munich hamburg frankfurt cologne stuttgart
prague warsaw krakow budapest bucharest sofia athens istanbul ankara moscow kiev kyiv dublin edinburgh
glasgow manchester liverpool birmingham leeds bristol oslo stockholm copenhagen helsinki reykjavik tallinn riga
vilnius belgrade zagreb ljubljana marseille lyon toulouse bordeaux lille york boston chicago detroit seattle
portland houston dallas austin denver phoenix atlanta miami orlando tampa philadelphia pittsburgh baltimore
washington nashville memphis minneapolis cleveland columbus indianapolis milwaukee kansas louis vegas
angeles francisco diego jose sacramento honolulu anchorage toronto montreal vancouver calgary ottawa edmonton
winnipeg quebec mexico guadalajara monterrey havana bogota lima santiago quito caracas aires montevideo
paulo rio brasilia tokyo osaka kyoto yokohama nagoya sapporo seoul busan beijing shanghai shenzhen guangzhou
hangzhou chengdu wuhan tianjin chongqing nanjing xian hong kong macau macao taipei singapore bangkok hanoi
saigon manila jakarta kuala lumpur delhi mumbai bangalore chennai kolkata karachi lahore dhaka dubai doha riyadh
jeddah tehran baghdad cairo alexandria casablanca lagos nairobi johannesburg  sydney melbourne
brisbane perth adelaide auckland wellington zealand arabia lanka rica salvador hawaii alaska puerto rico
california texas florida arizona nevada oregon utah ohio iowa idaho alabama arkansas colorado connecticut delaware
illinois kentucky louisiana maryland massachusetts michigan minnesota mississippi missouri nebraska oklahoma
pennsylvania tennessee vermont virginia wisconsin wyoming dakota carolina montana ontario alberta manitoba
saskatchewan newfoundland yukon queensland tasmania`;

const PLACES_ZH = `北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南
陕西 甘肃 青海 台湾 内蒙古 内蒙 广西 西藏 宁夏 新疆 香港 澳门 港澳台 港澳 广州 深圳 杭州 南京 苏州 成都 武汉 西安 长沙 郑州 济南
青岛 沈阳 大连 哈尔滨 长春 石家庄 太原 合肥 福州 厦门 南昌 南宁 昆明 贵阳 海口 三亚 兰州 西宁 银川 乌鲁木齐 拉萨 呼和浩特 宁波
温州 无锡 东莞 佛山 珠海 中山 汕头 泉州 烟台 潍坊 徐州 常州 南通 嘉兴 金华 绍兴 台州 洛阳 唐山 保定 国外 海外 美国 英国 日本 韩国
加拿大 澳大利亚 新加坡 马来西亚 泰国 德国 法国 意大利 西班牙 俄罗斯 偏远地区 偏远 农村 乡镇`;

/**
 * Where a place is, in the words shops use for the areas they deliver to: a city's country, a
 * country's union or continent (Lyon is in France, France in the EU and Europe; Belfast in Northern
 * Ireland; Guernsey in the Channel Islands). One line per area: its words, then its places. Northern
 * Ireland and the Highlands are not "mainland UK", as British shops deliver there: areas of their own.
 * Cities whose name is also a common word (Nice, Cork, Reading, Bath) are left out. An area's name of
 * two words is written with _ between them when its last word is a place of its own (northern_ireland).
 */
const WITHIN_EN = `
france: paris marseille lyon toulouse bordeaux lille nantes strasbourg
germany: berlin munich hamburg frankfurt cologne stuttgart dusseldorf dresden leipzig
spain: madrid barcelona valencia seville malaga bilbao
portugal: lisbon porto
italy: rome milan naples turin venice florence
netherlands: amsterdam rotterdam utrecht hague eindhoven
belgium: brussels antwerp ghent bruges
austria: vienna salzburg
ireland: dublin galway limerick
eu europe: austria belgium bulgaria croatia cyprus czechia czech denmark estonia finland france germany greece hungary ireland italy latvia lithuania luxembourg malta netherlands holland poland portugal romania slovakia slovenia spain sweden
eu europe: prague warsaw krakow budapest bucharest sofia athens copenhagen stockholm helsinki tallinn riga vilnius zagreb ljubljana
europe: norway switzerland iceland albania serbia bosnia montenegro moldova ukraine belarus oslo zurich geneva reykjavik belgrade kiev kyiv
northern_ireland: belfast derry
uk: northern_ireland
scottish highlands scotland: inverness
scotland uk: edinburgh glasgow aberdeen dundee
wales uk: cardiff swansea newport
england uk: london manchester liverpool birmingham leeds bristol sheffield nottingham leicester southampton brighton oxford plymouth norwich exeter coventry newcastle
channel islands: guernsey
canada: toronto montreal vancouver calgary ottawa edmonton winnipeg quebec ontario alberta manitoba saskatchewan newfoundland yukon
tasmania tas: hobart launceston
wa: perth fremantle broome
queensland qld: brisbane cairns townsville
victoria vic: melbourne geelong ballarat
nsw: sydney wollongong
nt: darwin
sa: adelaide
zealand: nz auckland wellington christchurch queenstown
australia: queensland tasmania victoria sydney melbourne brisbane perth adelaide hobart darwin canberra cairns
hawaii: honolulu maui oahu kauai hilo
alaska: anchorage fairbanks juneau
usa america: california texas florida arizona nevada oregon utah ohio iowa idaho alabama arkansas colorado connecticut delaware illinois kentucky louisiana maryland massachusetts michigan minnesota mississippi missouri nebraska oklahoma pennsylvania tennessee vermont virginia wisconsin wyoming dakota carolina montana hawaii alaska boston chicago detroit seattle houston dallas austin denver phoenix atlanta miami orlando tampa philadelphia pittsburgh baltimore nashville memphis minneapolis cleveland indianapolis milwaukee`;

/**
 * English place → the words of the areas it lies in ("lyon" → france, eu, europe). A city lies in the
 * areas of its country too, when the country has a line of its own (Lyon, in France, is in the EU).
 */
export const placeAreasEn: ReadonlyMap<string, readonly string[]> = readAreas(WITHIN_EN);

/**
 * The same for Chinese: a city's province, and the groupings shops deliver by (江浙沪 包邮, 港澳台 另计,
 * and 偏远地区, which in a Chinese shop's terms are the far west and north: 新疆 西藏 青海 内蒙古 宁夏
 * 甘肃). 乌鲁木齐 meets "新疆、西藏等偏远地区不发活鲜".
 */
const WITHIN_ZH = `
偏远地区: 新疆 西藏 青海 内蒙古 内蒙 宁夏 甘肃
新疆: 乌鲁木齐 喀什 伊犁 克拉玛依 吐鲁番
西藏: 拉萨 林芝 日喀则
青海: 西宁
内蒙古: 呼和浩特 包头 鄂尔多斯 赤峰
宁夏: 银川
甘肃: 兰州 敦煌
江浙沪: 上海 江苏 浙江
江苏: 南京 苏州 无锡 常州 南通 徐州 扬州
浙江: 杭州 宁波 温州 嘉兴 金华 绍兴 台州 湖州
港澳台: 香港 澳门 台湾
广东: 广州 深圳 东莞 佛山 珠海 中山 汕头
福建: 福州 厦门 泉州
山东: 济南 青岛 烟台 潍坊
河南: 郑州 洛阳
河北: 石家庄 唐山 保定
辽宁: 沈阳 大连
吉林: 长春
黑龙江: 哈尔滨
湖北: 武汉
湖南: 长沙
四川: 成都
陕西: 西安
山西: 太原
安徽: 合肥
江西: 南昌
广西: 南宁
云南: 昆明
贵州: 贵阳
海南: 海口 三亚`;

/** Chinese place → the areas it lies in (乌鲁木齐 → 新疆, 偏远地区; 嘉兴 → 浙江, 江浙沪). */
export const placeAreasZh: ReadonlyMap<string, readonly string[]> = readAreas(WITHIN_ZH);

/**
 * Place → the areas its lines give it, and their areas in turn (a city in France is in the EU). An
 * area's name of two words (northern ireland) is an area of its own, not within its last word's.
 */
function readAreas(lines: string): ReadonlyMap<string, readonly string[]> {
  const within = new Map<string, string[]>();
  for (const line of lines.trim().split('\n')) {
    const [area, places] = line.split(':') as [string, string];
    // (A place of two words is written with _ between them: northern_ireland.)
    for (const place of words(places).map((p) => p.replace('_', ' '))) within.set(place, [...(within.get(place) ?? []), area.trim()]);
  }
  const out = new Map<string, readonly string[]>();
  for (const [place, areas] of within) {
    const all = areas.flatMap((area) => [area, ...(/[ _]/u.test(area) ? [] : (within.get(area) ?? []))]);
    out.set(place, [...new Set(all.flatMap(words).map((a) => a.replace('_', ' ')))]);
  }
  return out;
}

function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}

/** English country names (and the continents and nations listed with them). */
export const countriesEn: ReadonlySet<string> = new Set(words(COUNTRIES_EN));

/** English place names (one word each; two-word names are matched by their distinctive word). */
export const placesEn: ReadonlySet<string> = new Set([...countriesEn, ...words(CITIES_EN), ...[...placeAreasEn.keys()].filter((p) => !p.includes(' '))]);

/**
 * The place English words name at word i (a place name): the whole two-word name when it is one
 * (northern ireland: not Ireland, which is in the EU), else the word.
 */
export function placeNameAt(words: readonly string[], i: number): string {
  const whole = i > 0 ? `${words[i - 1]} ${words[i]}` : '';
  return whole && placeAreasEn.has(whole) ? whole : words[i]!;
}

/** Whether English text names a place: one of its words is a place name. */
export function namesEnglishPlace(text: string): boolean {
  return text.split(/[^a-z]+/u).some((w) => placesEn.has(w));
}

/** Chinese place names. */
export const placesZh: readonly string[] = [...new Set([...words(PLACES_ZH), ...placeAreasZh.keys()])];

/** Of those, the kinds of place rather than names of one (abroad, remote areas): what they say counts in full. */
export const placeKindsZh: ReadonlySet<string> = new Set(words('国外 海外 偏远地区 偏远 农村 乡镇'));
