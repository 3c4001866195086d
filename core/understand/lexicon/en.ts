// Built-in English lexicon: chat spellings, contractions and near-synonyms of online-shop customer
// service in general. Admins extend it with knowledge/lexicon.yaml.

/** Spellings rewritten before matching (chat shorthand and contractions → words). Whole words only. */
export const enRewrites: Record<string, string> = {
  u: 'you',
  ya: 'you',
  yu: 'you',
  ur: 'your',
  yr: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  plse: 'please',
  thx: 'thanks',
  thanx: 'thanks',
  ty: 'thank you',
  im: 'i am',
  "i'm": 'i am',
  ive: 'i have',
  "i've": 'i have',
  "i'd": 'i would',
  "i'll": 'i will',
  dont: 'do not',
  "don't": 'do not',
  doesnt: 'does not',
  "doesn't": 'does not',
  didnt: 'did not',
  "didn't": 'did not',
  cant: 'can not',
  "can't": 'can not',
  cannot: 'can not',
  wont: 'will not',
  "won't": 'will not',
  isnt: 'is not',
  "isn't": 'is not',
  wasnt: 'was not',
  "wasn't": 'was not',
  havent: 'have not',
  "haven't": 'have not',
  "it's": 'it is',
  "what's": 'what is',
  "where's": 'where is',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'have to',
  hafta: 'have to',
  wat: 'what',
  wht: 'what',
  hw: 'how',
  abt: 'about',
  b4: 'before',
  acct: 'account',
  acc: 'account',
  addr: 'address',
  pw: 'password',
  pwd: 'password',
  info: 'information',
  asap: 'as soon as possible',
  yall: 'you',
  "y'all": 'you',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrow: 'tomorrow',
  cuz: 'because',
  coz: 'because',
  pkg: 'package',
  qty: 'quantity',
  'e-mail': 'email',
  'sign-up': 'signup',
  'log-in': 'login',
  'e-mails': 'emails',
};

/**
 * Near-synonyms: members of a group meet in matching, more weakly than the same word. A `*` stands for
 * the object a phrasal verb may hold inside (send * back: send back, send it back, send them back).
 */
export const enSynonyms: string[][] = [
  ['order', 'purchase', 'buy', 'acquire', 'shop'],
  ['refund', 'reimbursement', 'reimburse', 'rebate', 'restitution', 'repayment', 'compensation', 'compensate', 'money back'],
  ['invoice', 'bill', 'receipt'],
  ['cancel', 'withdraw', 'revoke', 'call * off'],
  ['delete', 'remove', 'close', 'terminate', 'erase'],
  ['change', 'edit', 'modify', 'update', 'correct', 'alter', 'amend'],
  ['switch', 'change', 'swap', 'replace', 'exchange'],
  ['report', 'notify', 'inform', 'tell', 'let know'],
  ['person', 'human', 'agent', 'representative', 'operator', 'someone', 'somebody', 'assistant', 'rep', 'staff'],
  ['complaint', 'claim', 'reclamation', 'grievance', 'complain'],
  ['password', 'pin', 'passcode', 'passwd'],
  ['register', 'registration', 'signup', 'sign up', 'enroll', 'enrol'],
  ['subscribe', 'subscription', 'unsubscribe', 'newsletter', 'mailing list', 'marketing emails'],
  ['location', 'located', 'based', 'situated'],
  ['delivery', 'deliver', 'shipping', 'ship', 'shipment', 'dispatch', 'send', 'courier', 'postage'],
  ['express', 'expedited', 'next day', 'overnight', 'priority', 'fast delivery', 'fast shipping', 'faster delivery'],
  ['warranty', 'guarantee', 'covered', 'coverage'],
  // Whether it is genuine, asked either way (are they genuine, are they fakes).
  ['genuine', 'authentic', 'original', 'fake', 'fakes', 'counterfeit', 'replica', 'knockoff'],
  ['account', 'profile', 'user'],
  ['problem', 'issue', 'trouble', 'error', 'bug', 'fault'],
  ['help', 'assist', 'assistance', 'support', 'aid'],
  ['see', 'check', 'view', 'look', 'find', 'locate', 'show'],
  ['payment', 'pay', 'paying', 'charge'],
  ['fee', 'charge', 'penalty', 'cost', 'price', 'fine'],
  ['get', 'receive', 'obtain', 'download'],
  ['review', 'feedback', 'opinion', 'rating', 'comment'],
  ['talk', 'speak', 'chat', 'contact', 'reach', 'call', 'in touch'],
  ['item', 'product', 'article', 'goods', 'thing', 'stuff'],
  ['damaged', 'broken', 'smashed', 'cracked', 'shattered', 'crushed', 'dented', 'scratched', 'torn', 'ripped'],
  ['faulty', 'defective', 'not working', 'stopped working', 'malfunction', 'malfunctioning', 'broken'],
  ['bulk', 'wholesale', 'large order', 'in bulk'],
  ['status', 'progress', 'update', 'tracking', 'track'],
  ['arrive', 'arrival', 'come', 'reach', 'eta', 'arrives', 'arriving', 'delivered', 'get here', 'turn up', 'show up'],
  ['long', 'soon', 'when', 'time', 'days', 'day', 'period', 'timeframe', 'duration'],
  ['recover', 'reset', 'restore', 'retrieve', 'forgot', 'forgotten', 'lost'],
  ['company', 'business', 'organization', 'organisation', 'firm', 'store', 'shop'],
  ['method', 'option', 'way', 'modality'],
  ['create', 'open', 'make', 'new', 'set up', 'setup'],
  ['free', 'free of charge', 'no charge', 'complimentary', 'at no cost'],
  ['return', 'send * back', 'give * back', 'bring * back', 'take * back', 'returns', 'returning'],
  ['wear', 'wore', 'worn', 'tried on', 'used'],
  ['chart', 'guide', 'table'],
  ['information', 'details', 'data'],
  ['package', 'parcel', 'box'],
  ['discount', 'coupon', 'voucher', 'promo', 'promotion', 'deal', 'sale'],
  ['stock', 'available', 'availability', 'in stock', 'out of stock', 'sold out', 'restock'],
  ['size', 'sizes', 'sizing', 'fit'],
  ['color', 'colour', 'colors', 'colours'],
  ['wash', 'washing', 'clean', 'laundry', 'machine wash'],
  ['points', 'rewards', 'reward points', 'loyalty', 'loyalty points', 'membership'],
  ['pickup', 'pick * up', 'collect', 'collection', 'click and collect', 'in store'],
  ['installments', 'instalments', 'pay later', 'pay in installments', 'split payment', 'afterpay', 'klarna', 'financing'],
  ['material', 'fabric', 'made of', 'made from'],
  ['gift card', 'gift voucher', 'gift certificate', 'e-gift card'],
  ['international', 'internationally', 'abroad', 'overseas', 'worldwide', 'outside the us', 'other countries'],
  ['customs', 'duties', 'duty', 'import tax', 'import fees', 'vat'],
  ['missing', 'never arrived', 'never received', 'not received', 'never got', 'did not get', 'did not arrive', 'not arrived'],
  ['late', 'delayed', 'delay', 'overdue', 'taking forever', 'taking so long'],
  ['assemble', 'assembly', 'put * together', 'install', 'installation', 'build'],
  ['instructions', 'manual', 'user guide'],
  ['hours', 'opening hours', 'opening times', 'closing time', 'business hours'],
  ['sample', 'samples', 'swatch', 'swatches', 'tester', 'testers'],
  ['gift wrap', 'gift wrapping', 'wrap', 'wrapping', 'gift box'],
  ['allergy', 'allergic', 'allergies', 'allergen', 'allergens', 'sensitive skin'],
];

/**
 * Opposite actions: a question about one is not about the other (close an account is no open an
 * account, however alike the rest of the words). A word stands for its synonym group when it has one.
 */
export const enOpposites: [string, string][] = [
  ['create', 'delete'],
  ['create', 'cancel'],
  ['add', 'delete'],
  ['start', 'stop'],
  ['enable', 'disable'],
  ['activate', 'deactivate'],
  ['lock', 'unlock'],
  ['login', 'logout'],
  ['upgrade', 'downgrade'],
  ['accept', 'reject'],
  ['increase', 'decrease'],
  ['before', 'after'],
];

/** Words that carry no meaning for matching. Question words and negations are kept: they do. */
export const enStopwords: string[] = [
  'a', 'an', 'the', 'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'you', 'your', 'yours', 'it', 'its',
  'this', 'that', 'these', 'those', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'as',
  'into', 'and', 'or', 'but', 'so', 'they', 'them', 'their', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does',
  'did', 'have', 'has', 'had', 'having', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', 'please', 'hi', 'hello', 'hey', 'thanks', 'thank', 'there', 'here', 'some', 'any', 'just', 'also',
  'too', 'very', 'really', 'then', 'than', 'if', 'up', 'out', 'ok', 'okay', 'yes', 'well', 'oh', 'dear',
  'sir', 'madam', 'kindly', 'need', 'want', 'like', 'try', 'trying', 'going', 'know', 'tell', 'let', 'able',
  'possible', 'way', 'guys', 'folks', 'actually', 'basically', 'honestly', 'lol', 'tbh', 'btw', 'damn', 'fucking', 'fuck', 'shit', 'bloody', 'freaking', 'goddamn',
];

/**
 * Greetings, thanks, politeness and fillers: said around a question, never what it asks. They are
 * left out of the words altogether, so that they do not pair with their neighbours either ("…the
 * white ones thx", "cheers" after a question).
 */
export const enCourtesy: string[] = [
  'hi', 'hello', 'hey', 'hiya', 'thanks', 'thank', 'cheers', 'please', 'kindly', 'dear', 'sir', 'madam',
  'um', 'umm', 'uh', 'uhh', 'hmm', 'hmmm', 'er', 'erm', 'lol', 'tbh', 'btw',
];

/**
 * Common English words of two and three letters: real words, never read as a typo of another short
 * word (no is not on, saw is not was), however few of them the shop's knowledge uses.
 */
export const enShortWords: string[] = [
  'ad', 'ah', 'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'hi', 'id', 'if', 'in', 'is', 'it', 'me',
  'my', 'no', 'of', 'oh', 'ok', 'on', 'or', 'pc', 'so', 'to', 'tv', 'up', 'us', 'we',
  'act', 'add', 'age', 'ago', 'aid', 'aim', 'air', 'all', 'and', 'any', 'app', 'are', 'arm', 'art', 'ask',
  'ate', 'bad', 'bag', 'bar', 'bed', 'bet', 'big', 'bit', 'box', 'boy', 'bug', 'bus', 'but', 'buy', 'can',
  'cap', 'car', 'cat', 'cup', 'cut', 'day', 'did', 'die', 'dog', 'dry', 'due', 'eat', 'egg', 'end', 'era',
  'eye', 'fan', 'far', 'fat', 'fee', 'few', 'fit', 'fix', 'fly', 'for', 'fun', 'gas', 'get', 'god', 'got',
  'gun', 'guy', 'had', 'has', 'hat', 'her', 'hey', 'him', 'his', 'hit', 'hot', 'how', 'ice', 'ill', 'its',
  'job', 'joy', 'key', 'kid', 'law', 'lay', 'led', 'leg', 'let', 'lie', 'lit', 'log', 'lot', 'low', 'mad',
  'man', 'map', 'may', 'men', 'met', 'mix', 'mom', 'net', 'new', 'nor', 'not', 'now', 'odd', 'off', 'oil',
  'old', 'one', 'opt', 'our', 'out', 'owe', 'own', 'pay', 'pen', 'per', 'pet', 'pin', 'pop', 'pot', 'put',
  'ran', 'raw', 'red', 'rid', 'row', 'run', 'sad', 'sat', 'saw', 'say', 'sea', 'see', 'set', 'she', 'shy',
  'sit', 'six', 'sky', 'son', 'sum', 'sun', 'tax', 'tea', 'ten', 'the', 'tie', 'tip', 'too', 'top', 'toy',
  'try', 'two', 'use', 'van', 'via', 'war', 'was', 'way', 'web', 'wet', 'who', 'why', 'win', 'won', 'yes',
  'yet', 'you',
];

