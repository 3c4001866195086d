// Built-in English lexicon: chat spellings, contractions and near-synonyms of online-shop customer
// service in general. Admins extend it with knowledge/lexicon.yaml.

/** Spellings rewritten before matching (chat shorthand and contractions → words). Whole words only. */
export const enRewrites: Record<string, string> = {
  // A table, not an object with a shape: the keys after the first spread below are added one at a
  // time, and a shaped object takes a new hidden class for each (some 5 MB and 30 ms of every start
  // for the English table). The prototype is no key (`as never`: TypeScript reads it as one).
  __proto__: null as never,
  // Idioms, whose words mean nothing of what they say apart: read as what they mean, or not at all.
  'changed my mind': 'no longer want',
  'change my mind': 'no longer want',
  'change of mind': 'no longer want',
  'second thoughts': 'no longer want',
  'never mind': '',
  'no worries': '',
  'no problem': '',
  // Missing out (on the points, on a deal) is not getting a benefit, no item missing from a parcel.
  'missing out': '',
  'miss out': '',
  'missed out': '',
  // Sending something back is returning it, not shipping it (`*`: the one to three words between).
  'send * back': 'return *',
  'send back': 'return',
  // …however it is sent (sending back a skirt, I sent it back).
  'sending * back': 'returning *',
  'sending back': 'returning',
  'sent * back': 'returned *',
  'sent back': 'returned',
  'sends * back': 'returns *',
  'mailing * back': 'returning *',
  'mailing back': 'returning',
  'posting * back': 'returning *',
  'posting back': 'returning',
  'post * back': 'return *',
  'ship * back': 'return *',
  'mail * back': 'return *',
  // Giving something back is returning it, as non-native customers often say it (not "give me my
  // money back": only the words side by side, or it and them between).
  'give back': 'return',
  'giving back': 'returning',
  'gave back': 'returned',
  'give it back': 'return it',
  'give them back': 'return them',
  // Putting something together is assembling it, whatever is put together (the bike, my desk).
  'put * together': 'assemble *',
  'put together': 'assemble',
  // Getting here is arriving (not getting something, like a refund); charging for something is its cost.
  // A delivery or shipping time is how long it takes, not a delivery to change or skip.
  'delivery time': 'how long delivery takes',
  'delivery times': 'how long delivery takes',
  'shipping time': 'how long shipping takes',
  'shipping times': 'how long shipping takes',
  'get here': 'arrive',
  'gets here': 'arrives',
  'get to me': 'arrive',
  'gets to me': 'arrives',
  'get to you': 'arrive',
  // (and there, to us, to her: how long would it take to get there? is no question about getting a refund)
  'get there': 'arrive',
  'gets there': 'arrives',
  'get to us': 'arrive',
  'get to her': 'arrive',
  'get to him': 'arrive',
  // …and so is something reaching the customer (how long for a box to reach me in Texas?).
  'reach me': 'arrive',
  'reaches me': 'arrives',
  'charge for': 'cost for',
  'charged for': 'cost for',
  'charge to': 'cost to',
  // Not paying for the delivery is free delivery (what's the least I need to spend so I'm not paying
  // for delivery?): not a question of paying, nor of the return postage.
  ...Object.fromEntries(
    ['not pay for', 'not paying for', 'not have to pay for', 'not pay', 'avoid paying for', 'avoid paying', 'no need to pay for', 'never pay for'].flatMap((not) =>
      ['delivery', 'shipping', 'postage'].map((fee) => [`${not} ${fee}`, `free ${fee}`]),
    ),
  ),
  // (…but "I'd rather not pay postage" tells why, in a story of collecting or adding to an order.)
  ...Object.fromEntries(['delivery', 'shipping', 'postage'].flatMap((fee) => [`rather not pay ${fee}`, `rather not pay for ${fee}`].map((said) => [said, said]))),
  // Splitting or spreading the cost is paying in instalments, not a question of what it costs.
  'split the cost': 'pay in installments',
  'spread the cost': 'pay in installments',
  'spreading the cost': 'paying in installments',
  'splitting the cost': 'paying in installments',
  'split the payment': 'pay in installments',
  'split the payments': 'pay in installments',
  'pay it off': 'pay in installments',
  // Reaching someone is contacting them (not reaching a place: delivery).
  'reach you': 'contact you',
  'reach someone': 'contact someone',
  'reach a real': 'contact a real',
  'reach an actual': 'contact an actual',
  // Ringing the shop is calling it (not a ring, a jeweller's; ring you is below); its helpline is its
  // customer service line.
  'ring your': 'call your',
  'ring the shop': 'call the shop',
  'give you a ring': 'call you',
  'give you a call': 'call you',
  helpline: 'customer service line',
  // A number to call is the shop's phone number (is there a number i can actually call?): the call kept,
  // which asks for a person.
  'number i can call': 'phone number i can call',
  'number to call': 'phone number to call',
  'number i can ring': 'phone number i can call',
  'at the mo': 'at the moment',
  'help line': 'customer service line',
  hotline: 'customer service line',
  // Support is customer service (the support line, your support team), and when it can be reached is its hours.
  'support line': 'customer service line',
  'support number': 'customer service phone number',
  'support team': 'customer service team',
  'what times can i call': 'what hours can i call',
  'at what times': 'at what hours',
  'team available': 'team open',
  'reach somebody': 'contact somebody',
  'reach anyone': 'contact anyone',
  'reach anybody': 'contact anybody',
  'reach a person': 'contact a person',
  'reach a human': 'contact a human',
  'reach us': 'contact us',
  'reach your team': 'contact your team',
  'reach customer service': 'contact customer service',
  'reach support': 'contact support',
  'reach * human': 'contact * human',
  'reach * person': 'contact * person',
  'pay for delivery': 'delivery cost',
  'pay for shipping': 'shipping cost',
  'pay for postage': 'postage cost',
  'pay extra for delivery': 'delivery cost',
  'pay extra for shipping': 'shipping cost',
  'pay extra for postage': 'postage cost',
  'get hold of': 'contact',
  // Asking for the steps, the process, the procedure is asking how (I need to send back a dress. What are the steps?).
  // (As normalised: what's is what is. Not "whats": a rewrite's words join the speller's, and "that's" became it.)
  ...Object.fromEntries(
    ['what are the steps', 'what steps do i', 'what is the process', 'what is the procedure'].map((said) => [said, 'how do i']),
  ),
  // Paying at the checkout with something is paying with it.
  'check out with': 'pay with',
  'check out using': 'pay with',
  'check out via': 'pay with',
  'checkout using': 'pay with',
  'pay using': 'pay with',
  // A shop that "takes" a way to pay accepts it: paying with it (also asked whole, "do you take paypal?",
  // which would otherwise read as "do you accept", below, and meet "do you take trade-ins?" as much).
  // Using one is paying with it too (can I use paypal? is no question of how to use a coupon code).
  ...Object.fromEntries(
    [['paypal'], ['apple pay'], ['google pay'], ['credit cards', 'credit card'], ['credit card'], ['debit cards', 'debit card'], ['amex'], ['klarna'], ['cash']].flatMap(([way, as = way]) => [
      [`take ${way}`, `pay with ${as}`],
      [`use ${way}`, `pay with ${as}`],
      [`using ${way}`, `pay with ${as}`],
      [`do you take ${way}`, `do you accept payment with ${as}`],
      [`do u take ${way}`, `do you accept payment with ${as}`],
    ]),
  ),
  // Hauling the old one away is taking it away.
  // Still in its packaging: an item not opened is unopened (returning an opened one is another question).
  ...Object.fromEntries(['not opened', 'never opened', 'not been opened', 'not even opened', 'not open it', 'not opened it', 'still sealed'].map((said) => [said, 'unopened'])),
  // A subscription, shortened (not a substitute: only with my or the before it).
  'my sub': 'my subscription',
  'the sub': 'the subscription',
  'haul away': 'take away',
  'haul * away': 'take * away',
  'haul off': 'take away',
  'cart away': 'take away',
  'settle the bill': 'pay',
  'settle up': 'pay',
  'checkout with': 'pay with',
  'pay at checkout with': 'pay with',
  'make sense of': 'understand',
  'around the house': 'at home',
  // Calling the shop is contacting it.
  'call you': 'contact you',
  'phone you': 'contact you',
  'ring you': 'contact you',
  // Keeping something fresh is storing it (how to keep beans fresh after opening).
  'keep * fresh': 'store * fresh',
  // Stopping something for good is cancelling it, not pausing it ("I want to stop it altogether").
  'stop * altogether': 'cancel *',
  'stop * completely': 'cancel *',
  'stop * for good': 'cancel *',
  'stop * entirely': 'cancel *',
  'new place': 'new address',
  // Moving house is a new address to deliver to.
  'moving house': 'changing address',
  'move house': 'change address',
  'moved house': 'changed address',
  'new flat': 'new address',
  'new house': 'new address',
  'new home': 'new address',
  // Someone else's parcel delivered to you is the wrong one.
  ...Object.fromEntries(['someone', 'somebody'].flatMap((who) => ["else's", 'elses'].flatMap((whose) => ['order', 'parcel', 'package', 'item', 'items', 'stuff'].map((what) => [`${who} ${whose} ${what}`, `wrong ${what}`])))),
  // A voucher given to someone is a gift card (get her a voucher), not a discount code.
  ...Object.fromEntries(['her', 'him', 'them', 'someone', 'somebody'].flatMap((who) => [`${who} a voucher`, `${who} vouchers`, `${who} a gift voucher`].map((what) => [what, `${who} a gift card`]))),
  // Taking a way of paying is accepting it ("do you take amex": not how long something takes).
  'do you take': 'do you accept',
  'do u take': 'do you accept',
  // Ordering one thing and getting another is receiving the wrong item.
  ...Object.fromEntries(
    ['got', 'and got', 'but got', 'received', 'and received', 'but received', 'instead got', 'and i got', 'but i got', 'and i received', 'but i received', 'and was sent', 'but was sent']
      .concat(['and', 'but'].flatMap((and) => ['you sent me', "you've sent me", 'you have sent me', 'they sent me'].map((sent) => `${and} ${sent}`)))
      .map((tail) => [`ordered * ${tail}`, 'received wrong']),
  ),
  'sent me * but i ordered': 'received wrong',
  // Something else than was ordered is the wrong item (a completely different mouse than what I ordered).
  ...Object.fromEntries(['than what i ordered', 'then what i ordered', 'from what i ordered', 'than i ordered', 'then i ordered', 'not what i ordered', "isn't what i ordered", 'is not what i ordered'].map((said) => [said, 'wrong item'])),
  ...Object.fromEntries(['got', 'received'].flatMap((verb) => ['ordered', 'but ordered', 'but i ordered', 'when i ordered', 'instead of'].map((tail) => [`${verb} * ${tail}`, 'received wrong']))),
  // Australian rashies are rash vests (not rashes, which the speller would make of them: a harm).
  rashie: 'rash vest',
  rashies: 'rash vests',
  // The phone's wallet is Apple Pay (can I check out using my iPhone wallet?).
  'iphone wallet': 'apple pay',
  'apple wallet': 'apple pay',
  // What it sets someone back is what it costs.
  'set me back': 'cost me',
  'set you back': 'cost you',
  // Trading one in for another is an exchange (trading in an old phone for credit is no swap: "for" tells).
  'trade * in for': 'exchange * for',
  'post to @place': 'ship to @place',
  'send to @place': 'ship to @place',
  ...Object.fromEntries(['sending', 'send also', 'sending also', 'also send', 'also sending', 'posting', 'shipping', 'ship also', 'also ship', 'deliver also', 'also deliver', 'delivering', 'delivering also'].map((verb) => [`${verb} to @place`, 'ship to @place'])),
  // What is sent is no matter when the question is where to ("can you post parcels to Portugal?", "do
  // you send orders abroad?"): a parcel is otherwise the word of tracking and lost-parcel questions.
  ...Object.fromEntries(
    ['post', 'send', 'ship', 'deliver', 'mail'].flatMap((verb) =>
      ['parcels', 'packages', 'orders', 'stuff', 'things', 'items', 'a parcel', 'a package', 'an order', 'it', 'them'].flatMap((what) => [
        [`${verb} ${what} to @place`, 'ship to @place'],
        ...['abroad', 'overseas', 'internationally'].map((where) => [`${verb} ${what} ${where}`, `ship ${where}`]),
      ]),
    ),
  ),
  // Buying from a place is being sent there: "can I order from Canada?" asks whether the shop ships to
  // Canada (`@place`: one place name, see places.ts, carried to the rewrite).
  'order from @place': 'ship to @place',
  'buy from @place': 'ship to @place',
  'purchase from @place': 'ship to @place',
  'shop from @place': 'ship to @place',
  'order from the @place': 'ship to @place',
  'buy from the @place': 'ship to @place',
  'purchase from the @place': 'ship to @place',
  'shop from the @place': 'ship to @place',
  // A mistake of the customer's own (I entered the wrong address, chose a wrong size) is a change to make.
  ...Object.fromEntries(
    ['entered', 'typed', 'put', 'gave', 'submitted', 'chose', 'picked', 'selected', 'ordered', 'used', 'filled'].flatMap((verb) => [
      [`${verb} * wrong`, 'change'],
      [`${verb} wrong`, 'change'],
    ]),
  ),
  'how many hours': 'how long',
  'how quick': 'how long',
  'how quickly': 'how long',
  'how soon': 'how long',
  zipper: 'zip',
  'how many days': 'how long',
  'how many day': 'how long',
  'how many weeks': 'how long',
  'how many business days': 'how long',
  'how many working days': 'how long',
  // (How non-native speakers ask it: "how much days you need".)
  'how much days': 'how long',
  'how much weeks': 'how long',
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
  pts: 'points',
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
  hasnt: 'has not',
  "hasn't": 'has not',
  hadnt: 'had not',
  "hadn't": 'had not',
  arent: 'are not',
  "aren't": 'are not',
  werent: 'were not',
  "weren't": 'were not',
  couldnt: 'could not',
  "couldn't": 'could not',
  wouldnt: 'would not',
  "wouldn't": 'would not',
  shouldnt: 'should not',
  "shouldn't": 'should not',
  "it's": 'it is',
  "what's": 'what is',
  "where's": 'where is',
  wheres: 'where is',
  // The irregular past of get, as the present (the stemmer only knows regular endings): "I haven't
  // got my money back" meets "when will I get my refund". (Not other verbs wholesale: "you sent me
  // the wrong one" is no "send me a receipt"; measured, they cost as much as they gained.)
  got: 'get',
  gotten: 'get',
  // What the tracking said is what it says ("it said delivered", "tracking showed delivered").
  ...Object.fromEntries(['said', "it's said", 'showed', 'shows', 'showing', 'shown as', 'showed as', 'shows as', 'marked', 'marked as', 'is marked as', 'was marked as'].map((verb) => [`${verb} delivered`, 'says delivered'])),
  whats: 'what is',
  "how's": 'how is',
  hows: 'how is',
  "when's": 'when is',
  whens: 'when is',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'have to',
  hafta: 'have to',
  wat: 'what',
  wht: 'what',
  hw: 'how',
  abt: 'about',
  bak: 'back',
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
  n: 'and',
  thru: 'through',
  nite: 'night',
  tonite: 'tonight',
  overnite: 'overnight',
  ppl: 'people',
  msg: 'message',
  cos: 'because',
  pic: 'picture',
  pics: 'pictures',
  xmas: 'christmas',
  bday: 'birthday',
  approx: 'approximately',
  'e-mail': 'email',
  // A contact lens is no contact with the shop (do you sell contact lenses? is no question of how to reach it).
  'contact lens': 'contactlens',
  'contact lenses': 'contactlenses',
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
  ['refund', 'reimbursement', 'reimburse', 'rebate', 'restitution', 'repayment', 'compensation', 'compensate', 'money back', 'money to come back', 'money comes back', 'money is back', 'money be back', 'money will be back', 'money show up', 'money shows up', 'money to show up', 'see the money', 'see my money', 'seen the money', 'seen my money', 'get my money', 'come back on my card', 'back on my card', 'back to my card', 'back into my account', 'back in my account', 'back on my account'],
  ['invoice', 'bill', 'receipt', 'paperwork'],
  ['cancel', 'withdraw', 'revoke', 'kill the order', 'kill my order', 'stop my order', 'stop the order', 'call * off', 'call off', 'annul', 'annulate', 'back out of', 'back out'],
  ['delete', 'remove', 'close', 'terminate', 'erase'],
  ['change', 'edit', 'modify', 'update', 'correct', 'alter', 'amend'],
  ['switch', 'change', 'swap', 'replace', 'exchange'],
  ['report', 'notify', 'inform', 'tell', 'let know', 'give me a shout', 'drop me a line'],
  ['person', 'human', 'agent', 'representative', 'operator', 'someone', 'somebody', 'assistant', 'rep', 'staff'],
  ['complaint', 'claim', 'reclamation', 'grievance', 'complain'],
  ['password', 'pin', 'passcode', 'passwd'],
  ['register', 'registration', 'signup', 'sign up', 'signing up', 'signed up', 'enroll', 'enrol'],
  ['subscribe', 'subscription', 'unsubscribe', 'newsletter', 'mailing list', 'marketing emails', 'promo emails', 'promotional emails', 'opt out', 'stop emailing', 'stop sending me emails', 'stop sending emails', 'too many emails', 'so many emails'],
  ['location', 'located', 'based', 'situated'],
  ['delivery', 'deliver', 'shipping', 'ship', 'shipment', 'dispatch', 'send', 'courier', 'postage'],
  ['express', 'expedited', 'next day', 'overnight', 'priority', 'fast delivery', 'fast shipping', 'faster delivery', 'faster shipping', 'quicker shipping', 'quicker delivery', 'speedier shipping', 'need it by', 'need them by', 'need this by', 'need these by', 'by tomorrow', 'need it urgently', 'need it asap', 'in a hurry', 'in a rush', 'anything quicker', 'anything faster', 'quicker than', 'faster than', 'get it faster', 'get them faster', 'get it any faster', 'get it quicker', 'get them quicker', 'get it any quicker', 'get it sooner', 'get them sooner', 'get it any sooner', 'arrive faster', 'arrive quicker', 'arrive sooner', 'speed it up', 'speed up delivery', 'speed up shipping', 'faster option', 'quicker option'],
  // Using two offers at once ("can I stack my newsletter code on top of that?").
  ['combine', 'combined', 'combining', 'stack', 'stacked', 'stacking', 'stackable', 'on top of', 'use both', 'use two', 'in conjunction with', 'together with'],
  // A note in the parcel is a message with it.
  // Having words put on a thing (initials on the back of a watch, a name on a mug).
  ['engrave', 'engraving', 'engraved', 'personalise', 'personalize', 'personalised', 'personalized', 'personalisation', 'personalization', 'monogram', 'monogrammed', 'initials'],
  ['message', 'note', 'card message', 'handwritten note', 'little note', 'personal note', 'gift note'],
  ['warranty', 'guarantee', 'covered', 'coverage'],
  // Whether it is genuine, asked either way (are they genuine, are they fakes).
  ['genuine', 'authentic', 'original', 'fake', 'fakes', 'counterfeit', 'replica', 'knockoff', 'knockoffs', 'legit', 'dupe', 'dupes'],
  ['account', 'profile', 'user'],
  ['problem', 'issue', 'trouble', 'error', 'bug', 'fault'],
  ['help', 'assist', 'assistance', 'support', 'aid'],
  ['see', 'check', 'view', 'look', 'find', 'locate', 'show'],
  ['payment', 'pay', 'paying', 'charge', 'debit card', 'credit card', 'card payment', 'visa', 'mastercard', 'amex', 'american express', 'apple pay', 'google pay', 'bank transfer'],
  ['fee', 'charge', 'penalty', 'cost', 'price', 'fine'],
  ['get', 'receive', 'obtain', 'download'],
  ['review', 'feedback', 'opinion', 'rating', 'comment'],
  ['talk', 'speak', 'chat', 'contact', 'reach', 'call', 'in touch'],
  ['item', 'product', 'article', 'goods', 'thing', 'stuff'],
  ['damaged', 'broken', 'smashed', 'snapped', 'cracked', 'shattered', 'crushed', 'dented', 'scratched', 'torn', 'ripped', 'scratch', 'scratches', 'dent', 'crack', 'chipped', 'stained', 'hole', 'holes', 'broke', 'fell apart', 'come apart', 'comes apart', 'came apart', 'falling apart', 'coming apart', 'in pieces', 'in two pieces', 'in bits', 'broken in half', 'snapped in half', 'cracked in half', 'split in half', 'split in two', 'bent', 'snapped', 'busted', 'peeling', 'peeled', 'peels', 'peel off', 'frayed', 'fraying', 'unglued', 'delaminating'],
  // The price falling after the purchase (the shop refunds the difference: price adjustment, protection).
  ['price adjustment', 'price adjustments', 'price protection', 'price drop', 'price drops', 'price dropped', 'drops in price', 'dropped in price', 'drop in price', 'price went down', 'price go down', 'price goes down', 'price has gone down', 'went down in price', 'gone down in price', 'goes down in price', 'marked down', 'went on sale', 'gone on sale', 'goes on sale', 'go on sale'],
  ['price match', 'match the price', 'match that price', 'cheaper elsewhere', 'cheaper somewhere else', 'found it cheaper', 'saw it cheaper', 'lower price elsewhere', 'for less', 'have it for less', 'selling it for less', 'will you match', 'will u match', 'can you match', 'do you match'],
  ['sofa', 'couch', 'settee'],
  ['reschedule', 'postpone', 'rearrange', 'push back', 'push * back', 'push * to'],
  ['showroom', 'physical store', 'in person', 'retail store', 'brick and mortar', 'visit your store', 'visit the store'],
  ['sustainable', 'sustainability', 'eco friendly', 'eco', 'environmentally friendly', 'recycled'],
  ['faulty', 'defective', 'not working', 'does not work', 'will not work', 'rejected', 'invalid', 'stopped working', 'stop working', 'stop to work', 'stopped to work', 'malfunction', 'malfunctioning', 'broken', 'went black', 'gone black', 'went dead', 'gone dead', 'black screen', 'will not start', 'does not start', 'did not start', 'will not turn on', 'does not turn on', 'pack * in', 'packs * in', 'packed * in', 'conked out', 'conks out', 'conk out'],
  ['wattage', 'watts', 'watt'],
  ['weigh', 'weight', 'weighs', 'heavy', 'lightweight', 'how light'],
  ['backpack', 'rucksack', 'daypack'],
  ['bulk', 'wholesale', 'large order', 'in bulk'],
  ['status', 'progress', 'update', 'tracking', 'track', 'ship yet', 'dispatch yet', 'where is my order', 'where my order', 'where is my parcel', 'where my parcel', 'where is my package', 'where my package', 'where is my stuff', 'where my stuff', 'shipped yet', 'dispatched yet', 'sent yet', 'has it shipped', 'been shipped', 'been dispatched', 'follow my parcel', 'follow my order', 'keep an eye on', 'keep track of', 'follow my package', 'follow the parcel', 'follow the package', 'see where', 'check where', 'find out where'],
  ['arrive', 'arrival', 'come', 'reach', 'eta', 'arrives', 'arriving', 'delivered', 'get here', 'turn up', 'turns up', 'turned up', 'show up', 'shows up', 'showed up', 'showing up', 'get to me', 'gets to me', 'reach me', 'be delivered', 'expect it', 'on my doorstep', 'at my door', 'lands on my doorstep', 'land on my doorstep'],
  // Not wanted any more (see the idioms among enRewrites: "I changed my mind" is no change to make).
  ['no longer want', 'no longer need', 'do not want it', 'do not need it', 'do not want them', 'do not need them', 'do not want anymore', 'not for me'],
  ['long', 'soon', 'when', 'time', 'days', 'day', 'period', 'timeframe', 'time frame', 'timeline', 'duration', 'turnaround', 'lead time', 'eta'],
  ['recover', 'reset', 'restore', 'retrieve', 'forgot', 'forgotten', 'lost'],
  ['company', 'business', 'organization', 'organisation', 'firm', 'store', 'shop'],
  ['method', 'option', 'way', 'modality'],
  ['create', 'open', 'make', 'new', 'set up', 'setup'],
  ['free', 'free of charge', 'no charge', 'complimentary', 'at no cost', 'not cost me anything', 'not cost anything', 'cost nothing', 'costs nothing', 'cost me nothing'],
  ['return', 'send * back', 'give back', 'give * back', 'bring * back', 'take * back', 'returns', 'returning'],
  ['wear', 'wore', 'worn', 'tried on', 'used'],
  // (A size table is a size chart; a table alone is furniture.)
  ['chart', 'guide', 'size table', 'sizing table', 'measurement table'],
  ['information', 'details', 'data'],
  ['package', 'parcel', 'box'],
  ['discount', 'coupon', 'voucher', 'promo', 'promotion', 'deal', 'sale'],
  // Pricing for students, as schools and software houses call it.
  ['student', 'students', 'academic'],
  // A code or key someone already used.
  ['already used', 'already been used', 'already redeemed', 'already been redeemed', 'been redeemed', 'used already', 'redeemed already'],
  ['stock', 'available', 'availability', 'in stock', 'out of stock', 'sold out', 'restock', 'come back', 'comes back', 'coming back', 'be back', 'back in stock'],
  ['size', 'sizes', 'sizing', 'fit'],
  // How a garment's size turns out.
  ['true to size', 'come up big', 'come up small', 'comes up big', 'comes up small', 'run small', 'runs small', 'run big', 'runs big', 'run large', 'runs large', 'fits small', 'fits big', 'fits large', 'size up', 'size down', 'sizes accurate', 'sizing accurate'],
  ['color', 'colour', 'colors', 'colours'],
  ['wash', 'washing', 'clean', 'laundry', 'machine wash', 'dryer', 'tumble dry', 'tumble dryer', 'dry clean', 'dry cleaning', 'iron it', 'ironing'],
  ['points', 'rewards', 'reward points', 'loyalty', 'loyalty points', 'membership', 'earn', 'cashback', 'cash back'],
  // How wide a shoe or a foot is.
  ['width', 'widths', 'wide', 'wider', 'broad', 'narrow', 'narrower', 'wide fit', 'wide feet', 'wide foot'],
  // What goes inside a shoe.
  ['insole', 'insoles', 'footbed', 'footbeds', 'orthotic', 'orthotics', 'shoe inserts'],
  ['pickup', 'pick * up', 'swing by', 'pop in', 'pop by', 'drop by', 'collect', 'collection', 'click and collect', 'in store'],
  ['installments', 'instalments', 'pay later', 'pay in installments', 'split payment', 'afterpay', 'klarna', 'financing', 'spread the cost', 'spread * payments', 'spread it over', 'spread it out', 'spread the payment over', 'spread the price over', 'spreading the cost', 'split the cost', 'split the payment', 'split the payments', 'split payments', 'spread payments', 'monthly payments', 'split * into payments', 'clearpay', 'affirm', 'sezzle', 'laybuy', 'paypal credit', 'into a few payments', 'in a few payments', 'split the bill', 'pay in parts', 'in chunks', 'smaller chunks', 'in three times', 'in 3 times', 'in two times', 'in several times', 'smaller payments'],
  ['material', 'fabric', 'made of', 'made from'],
  ['gift card', 'gift voucher', 'gift certificate', 'e-gift card'],
  ['thin', 'thinner', 'thinnest', 'slim', 'slimmer', 'slimmest', 'slender'],
  ['understand', 'interpret', 'decipher', 'decode'],
  ['international', 'internationally', 'abroad', 'overseas', 'worldwide', 'outside the us', 'other countries'],
  ['customs', 'duties', 'duty', 'import tax', 'import fees', 'vat'],
  ['sales tax', 'tax', 'taxes', 'levy', 'levies', 'gst'],
  // Selling a brand with its maker's leave.
  ['authorised', 'authorized', 'official', 'officially', 'licensed', 'stockist', 'authorised dealer', 'authorized dealer', 'authorised retailer', 'authorized retailer'],
  ['missing', 'never arrived', 'never turned up', 'never showed up', 'never came', 'never got here', 'never received', 'not received', 'never got', 'not turned up', 'not shown up', 'not showed up', 'never get', 'did not get', 'did not arrive', 'not arrived', 'not included', 'did not come with', 'did not include', 'not in the box', 'not in the parcel', 'not in the package', 'not in it', 'not in there', 'not inside'],
  // A bottle or a tube that lost what it held.
  ['leak', 'leaked', 'leaking', 'leaky', 'leaks', 'spill', 'spilled', 'spilt', 'seeped', 'oozed'],
  // What a product does to skin that does not take it.
  ['reaction', 'rash', 'irritation', 'irritated', 'itchy', 'itching', 'itch', 'hives', 'breakout', 'broke out', 'break out', 'breaking out', 'redness', 'stinging'],
  ['pregnant', 'pregnancy', 'preggo', 'preggers', 'expecting a baby'],
  ['breastfeeding', 'breast feeding', 'nursing', 'lactating'],
  ['coeliac', 'celiac', 'gluten intolerance', 'gluten intolerant'],
  ['late', 'delayed', 'delay', 'overdue', 'taking forever', 'taking so long'],
  ['assemble', 'assembly', 'put * together', 'install', 'installation', 'build'],
  ['instructions', 'manual', 'user guide'],
  ['parts', 'screws', 'bolts', 'fittings', 'fixings', 'hardware'],
  ['lint', 'fluff', 'fuzz', 'shedding', 'sheds'],
  ['repair', 'repairs', 'fix', 'mend', 'patch'],
  ['waterproof', 'water resistant', 'rainproof', 'keep * dry', 'keeps * dry', 'in the rain', 'in heavy rain', 'reproof', 'downpour', 'rainy'],
  ['pitch', 'put * up', 'set * up'],
  ['warm', 'warmth', 'cold', 'temperature', 'sub zero', 'below zero', 'freezing', 'degrees'],
  ['gas', 'fuel', 'canister', 'canisters'],
  ['hours', 'opening hours', 'opening times', 'closing time', 'business hours', 'what time do you close', 'what time do you open', 'open today', 'close today', 'open until', 'open on', 'open til', 'open till', 'are you open', 'r u open', 'open sundays', 'open saturdays', 'open weekends', 'open sunday', 'open saturday', 'open weekend', 'open at weekends', 'open on weekends', 'open late'],
  ['sample', 'samples', 'swatch', 'swatches', 'tester', 'testers', 'freebie', 'freebies', 'sachet', 'sachets'],
  ['gift wrap', 'gift wrapping', 'wrap', 'wrapping', 'gift box', 'gift package', 'gift packaging', 'as a present', 'as a gift'],
  // Scale in a kettle or a coffee machine, and taking it out.
  ['descale', 'descaling', 'decalcify', 'decalcifying', 'decalcification', 'limescale', 'lime scale', 'scale buildup', 'scale build up', 'mineral buildup', 'mineral build up', 'calcium buildup', 'calcium build up'],
  // Discounts for those who serve, and addresses that are military post.
  ['military', 'veteran', 'veterans', 'vets', 'armed forces', 'service members', 'servicemen'],
  ['po box', 'p o box', 'pobox', 'apo', 'fpo'],
  // Coffee or tea without its caffeine.
  ['decaf', 'decaffeinated', 'caffeine free', 'caffeine-free', 'no caffeine', 'without caffeine', 'without the caffeine'],
  // A regular delivery left out once or for a while (a subscription's).
  ['pause', 'skip', 'on hold', 'suspend', 'take a break'],
  // Eating no meat, however it is put.
  ['vegetarian', 'veggie', 'meat free', 'meatless', 'no meat', 'not eat meat', 'without meat', 'plant based'],
  // What the recycling bin takes.
  ['recycle', 'recycling', 'recyclable', 'blue bin', 'recycling bin'],
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
  ['unopened', 'opened'],
];

/** Words that carry no meaning for matching. Question words and negations are kept: they do. */
export const enStopwords: string[] = [
  'a', 'an', 'the', 'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'you', 'your', 'yours', 'it', 'its',
  'this', 'that', 'these', 'those', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'as',
  'into', 'and', 'or', 'but', 'so', 'they', 'them', 'their', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does',
  'did', 'have', 'has', 'had', 'having', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', 'please', 'hi', 'hello', 'hey', 'thanks', 'thank', 'there', 'here', 'some', 'any', 'just', 'also',
  'too', 'very', 'really', 'then', 'than', 'if', 'up', 'out', 'ok', 'okay', 'yes', 'well', 'oh', 'dear',
  'sir', 'madam', 'kindly', 'need', 'want', 'like', 'trying', 'going', 'know', 'tell', 'let', 'able',
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
  // Said before a question, of the answer before it (great. can I put a message in too?).
  'great', 'brilliant', 'awesome', 'lovely', 'ugh', 'wow', 'yay', 'oh', 'ooh', 'ah',
  // Fillers inside a phrase (when would the money actually show up?): the phrase without them.
  'actually', 'honestly', 'basically', 'literally',
];

/**
 * Words naming what a shop does or how, rather than a thing it sells: after "what is your returns
 * policy?", "what about headphones?" asks that policy of headphones, while after "are your mugs
 * dishwasher safe?", "and the blankets?" asks about blankets, and the mugs' entry no longer answers.
 * (Send and back too: "same for a clematis?" after "can I send back a trowel?" asks to return one.)
 */
export const enServiceWords: string[] = [
  'return', 'returns', 'refund', 'exchange', 'swap', 'send', 'back', 'delivery', 'deliver', 'shipping', 'ship', 'postage', 'post', 'dispatch', 'courier',
  'warranty', 'guarantee', 'repair', 'payment', 'pay', 'invoice', 'receipt', 'discount', 'code', 'coupon', 'voucher', 'sale', 'promo',
  'order', 'cancel', 'cancellation', 'tracking', 'track', 'policy', 'price', 'cost', 'fee', 'charge', 'size', 'sizing', 'stock',
  'account', 'subscription', 'membership', 'points', 'reward', 'gift', 'wrapping', 'engraving', 'personalisation', 'personalization',
  'assembly', 'installation', 'collection', 'pickup', 'store', 'shop', 'showroom',
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

