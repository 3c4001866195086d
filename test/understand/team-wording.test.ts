// Questions and complaints the team wrote in its own words (test/understand/team-wording/cases), each
// set against a shop's knowledge: the sample shop's, the held-out shops' (apparel, baby, cosmetics,
// snack, gadget, homeware), and two hundred and twenty-five small FAQs written for this (team-wording/kbs), in Chinese
// and in English, from appliances, tea and hanfu to a pharmacy, tickets, meal kits and software licences.
// They were written to find what customers type that the engine missed — colloquial and dialect
// wording, emoji, non-native English, other kinds
// of things than the knowledge names, complaints said sideways — and the lexicons were extended in
// general terms until they were read; so these are regression floors, not an unseen measure (the
// blind shops are that). Floors sit a case or two under each set's figures when it was added.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreShop, storedQuestionAnswers } from './shop-score.js';

const here = import.meta.dirname;
const shop = (name: string) => path.join(here, `${name}/kb`);
const own = (name: string) => path.join(here, `team-wording/kbs/${name}`);
const sample = path.join(here, '../../knowledge');

/** Set → its knowledge, and the floors: accuracy, answered precision (or, for questions the knowledge
 *  does not answer, the most it may answer of them). */
const sets: [string, string, { accuracy: number; precision?: number; falseOos?: number }][] = [
  ['sample', sample, { accuracy: 0.67, precision: 0.93 }],
  ['emoji', sample, { accuracy: 0.9, precision: 0.95 }],
  ['dialect', sample, { accuracy: 0.7, precision: 0.8 }],
  ['oos-zh', sample, { accuracy: 0.85, falseOos: 0.15 }],
  ['baby', shop('baby-shop'), { accuracy: 0.84, precision: 0.95 }],
  ['apparel', shop('apparel-shop'), { accuracy: 0.85, precision: 0.92 }],
  ['cosmetics', shop('cosmetics-shop'), { accuracy: 0.95, precision: 0.95 }],
  ['snack', shop('snack-shop'), { accuracy: 0.8, precision: 0.93 }],
  ['gadget', shop('gadget-shop'), { accuracy: 0.62, precision: 0.9 }],
  ['nonnative', shop('gadget-shop'), { accuracy: 0.76, precision: 0.88 }],
  ['oos-en', shop('gadget-shop'), { accuracy: 0.5, falseOos: 0.5 }],
  ['homeware', shop('homeware-shop-en'), { accuracy: 0.73, precision: 0.9 }],
  ['appliance-zh', own('appliance-zh'), { accuracy: 0.68, precision: 0.94 }],
  ['pet-zh', own('pet-zh'), { accuracy: 0.73, precision: 0.9 }],
  ['fashion-en', own('fashion-en'), { accuracy: 0.55, precision: 0.9 }],
  ['outdoor-en', own('outdoor-en'), { accuracy: 0.7, precision: 0.9 }],
  ['digital-zh', own('digital-zh'), { accuracy: 0.8, precision: 0.9 }],
  ['fresh-zh', own('fresh-zh'), { accuracy: 0.66, precision: 0.9 }],
  ['furniture-zh', own('furniture-zh'), { accuracy: 0.73, precision: 0.9 }],
  ['taobao', sample, { accuracy: 0.75, precision: 0.85 }],
  ['mixed', sample, { accuracy: 0.87, precision: 0.9 }],
  // Written and scored once before the lexicon changes they led to (19 of 38 then, none wrong).
  ['homeware-2', shop('homeware-shop-en'), { accuracy: 0.58, precision: 0.95, falseOos: 0 }],
  ['places-en', shop('gadget-shop'), { accuracy: 0.7, precision: 0.95 }],
  // Likewise (26 of 40 then, none wrong; 4 of 4 out of knowledge left).
  ['baby-2', shop('baby-shop'), { accuracy: 0.75, precision: 0.95, falseOos: 0 }],
  // Likewise (16 of 30 then, none wrong; 3 of 3 out of knowledge left).
  ['apparel-2', shop('apparel-shop'), { accuracy: 0.6, precision: 0.95, falseOos: 0 }],
  // Likewise, in English (16 of 40 then, 7 wrong; 4 of 4 out of knowledge left): English is the weaker.
  ['gadget-2', shop('gadget-shop'), { accuracy: 0.45, precision: 0.72, falseOos: 0 }],
  // Likewise, against the sample shop (33 of 45 then, 2 wrong; one of them 附近有你们的实体店吗, answered
  // with where the shop is).
  ['sample-2', sample, { accuracy: 0.72, precision: 0.92 }],
  // Likewise, against the small outdoor FAQ (8 of 20 then, 2 wrong): two questions an entry is little to go on.
  ['outdoor-en-2', own('outdoor-en'), { accuracy: 0.45, precision: 0.75 }],
  // Likewise, against the cosmetics shop (25 of 37 then, 1 wrong; 3 of 3 out of knowledge left).
  ['cosmetics-2', shop('cosmetics-shop'), { accuracy: 0.7, precision: 0.9, falseOos: 0 }],
  // Likewise: follow-ups to the sample shop, up to four turns back (36 of 40 then, 2 wrong: the new
  // thing was read into the earlier question in place of the wrong word).
  ['follow-ups-sample', sample, { accuracy: 0.9, precision: 0.95 }],
  // Likewise, in English against the homeware shop (15 of 37 then, 2 wrong; 3 of 4 out of knowledge
  // left). Left as first scored: its misses are product words the knowledge never uses (bedside
  // table, frying pans, dutch oven) outweighing the words it does, not missing vocabulary.
  ['homeware-3', shop('homeware-shop-en'), { accuracy: 0.4, precision: 0.8 }],
  // Likewise, Taobao-style turns to the snack shop (24 of 37 then, none wrong; 3 of 3 out of knowledge left).
  ['snack-2', shop('snack-shop'), { accuracy: 0.7, precision: 0.95, falseOos: 0 }],
  // Two small FAQs and their customers' questions, written by a helper who saw nothing of the engine:
  // a coffee-equipment shop in English (62 of 90 then, 4 wrong; 15 of 15 out of knowledge left; its
  // follow-ups 10 of 20) and a fruit shop in Chinese (74 of 100 then, 2 wrong; follow-ups 12 of 20).
  ['coffee-en', own('coffee-en'), { accuracy: 0.73, precision: 0.93, falseOos: 0 }],
  ['coffee-en-follow-ups', own('coffee-en'), { accuracy: 0.45, precision: 0.65 }],
  ['orchard-zh', own('orchard-zh'), { accuracy: 0.77, precision: 0.93, falseOos: 0.1 }],
  ['orchard-zh-follow-ups', own('orchard-zh'), { accuracy: 0.55, precision: 0.8 }],
  // Likewise, a shoe shop in Chinese (71 of 90 then, none wrong; 18 of 18 out of knowledge left;
  // follow-ups 11 of 20).
  ['shoes-zh', own('shoes-zh'), { accuracy: 0.83, precision: 0.95, falseOos: 0.06 }],
  // (16 of 20 since a topic follow-up with more said after it reads as one, 那凉拖呢 我平时穿39, and a
  // question with a remark: 那我要顺丰 拍了之后找谁.)
  ['shoes-zh-follow-ups', own('shoes-zh'), { accuracy: 0.75, precision: 0.8 }],
  // Likewise, a department store's 50-entry help centre in English (73 of 110 then, 3 wrong; 20 of 20
  // out of knowledge left).
  ['store-en', own('store-en'), { accuracy: 0.7, precision: 0.93, falseOos: 0 }],
  // Likewise, a tea shop in Chinese (63 of 90 then, 2 wrong; 16 of 18 out of knowledge left;
  // follow-ups 14 of 20) and a skincare shop in English (55 of 90 then, 9 wrong; 13 of 18 out of
  // knowledge left; follow-ups 14 of 20).
  ['tea-zh', own('tea-zh'), { accuracy: 0.72, precision: 0.95, falseOos: 0.12 }],
  ['tea-zh-follow-ups', own('tea-zh'), { accuracy: 0.75, precision: 0.9 }],
  ['skincare-en', own('skincare-en'), { accuracy: 0.62, precision: 0.8, falseOos: 0.28 }],
  ['skincare-en-follow-ups', own('skincare-en'), { accuracy: 0.7, precision: 0.9 }],
  // Likewise, after the changes the two above led to: a luggage shop in Chinese (59 of 90 then, 1
  // wrong; 17 of 18 out of knowledge left; follow-ups 18 of 20) and a pet-supplies shop in English
  // (54 of 90 then, 5 wrong; 14 of 18 out of knowledge left; follow-ups 9 of 20). The luggage shop's
  // questions with a remark after them (wheels坏了一个 能replace吗) are answered since: 61 of 90.
  // (Its long messages are read since their readings agree: 67 of 90, one of them answered with the
  // second of its two questions, 能开专票吗 after a bulk price.)
  ['luggage-zh', own('luggage-zh'), { accuracy: 0.66, precision: 0.93, falseOos: 0.06 }],
  ['luggage-zh-follow-ups', own('luggage-zh'), { accuracy: 0.85, precision: 0.95 }],
  ['pets-en', own('pets-en'), { accuracy: 0.58, precision: 0.85, falseOos: 0.23 }],
  ['pets-en-follow-ups', own('pets-en'), { accuracy: 0.42, precision: 0.7 }],
  // Likewise, later still: a bedding shop in Chinese (59 of 90 then, 1 wrong; 17 of 18 out of knowledge
  // left; follow-ups 15 of 20) and a bicycle shop in English (58 of 90 then, 9 wrong, 7 of 18 out of
  // knowledge answered; follow-ups 9 of 20). The bicycle shop's first score undid the English
  // question-and-remark reading (62 of 90, 5 wrong since); the bedding shop's taught 多大 and 能…不.
  ['bedding-zh', own('bedding-zh'), { accuracy: 0.65, precision: 0.97, falseOos: 0.06 }],
  ['bedding-zh-follow-ups', own('bedding-zh'), { accuracy: 0.75, precision: 0.9 }],
  ['bikes-en', own('bikes-en'), { accuracy: 0.66, precision: 0.88, falseOos: 0.17 }],
  ['bikes-en-follow-ups', own('bikes-en'), { accuracy: 0.4, precision: 0.55 }],
  // Likewise, later still: a flower shop in Chinese (61 of 90 then, 10 wrong, 8 of 18 out of knowledge
  // answered; follow-ups 13 of 20) and an eyewear shop in English (54 of 90 then, 13 wrong, 9 of 18 out
  // of knowledge answered; follow-ups 8 of 20). Their near misses out of knowledge (贺卡上能印合照吗
  // where the card entry only writes a message) are what both answer wrongly most.
  ['flowers-zh', own('flowers-zh'), { accuracy: 0.71, precision: 0.84, falseOos: 0.5 }],
  ['flowers-zh-follow-ups', own('flowers-zh'), { accuracy: 0.6, precision: 0.95 }],
  ['eyewear-en', own('eyewear-en'), { accuracy: 0.6, precision: 0.77, falseOos: 0.55 }],
  ['eyewear-en-follow-ups', own('eyewear-en'), { accuracy: 0.4, precision: 0.55 }],
  // Likewise, after the changes those two led to: a jewellery shop in Chinese (57 of 90 then, 6 wrong,
  // 5 of 18 out of knowledge answered; follow-ups 9 of 20) and a mattress shop in English (50 of 90
  // then, 14 wrong, 7 of 18 out of knowledge answered; follow-ups 4 of 20: English follow-ups that say
  // a new thing of their own, "and to Belfast?", "can you do that in Guernsey?", are the weakest).
  ['jewelry-zh', own('jewelry-zh'), { accuracy: 0.63, precision: 0.84, falseOos: 0.3 }],
  ['jewelry-zh-follow-ups', own('jewelry-zh'), { accuracy: 0.45, precision: 0.85 }],
  ['mattress-en', own('mattress-en'), { accuracy: 0.53, precision: 0.7, falseOos: 0.42 }],
  ['mattress-en-follow-ups', own('mattress-en'), { accuracy: 0.2, precision: 0.4 }],
  // Likewise, after the changes those four led to: an outdoor-gear shop in Chinese (63 of 90 then, 8
  // wrong, 6 of 18 out of knowledge answered; follow-ups 14 of 20) and a refurbished-phone shop in
  // English (58 of 90 then, 6 wrong, 6 of 18 out of knowledge answered; follow-ups 10 of 20).
  ['outdoor-zh', own('outdoor-zh'), { accuracy: 0.68, precision: 0.84, falseOos: 0.39 }],
  ['outdoor-zh-follow-ups', own('outdoor-zh'), { accuracy: 0.65, precision: 0.9 }],
  ['refurb-en', own('refurb-en'), { accuracy: 0.62, precision: 0.85, falseOos: 0.39 }],
  ['refurb-en-follow-ups', own('refurb-en'), { accuracy: 0.45, precision: 0.7 }],
  // Likewise, scored after everything above and left as first scored: a kitchenware shop in Chinese
  // (64 of 90, 7 wrong, 7 of 18 out of knowledge answered; follow-ups 12 of 20) and a garden centre in
  // English (50 of 90, 13 wrong, 8 of 18 out of knowledge answered; follow-ups 10 of 20).
  // (Its out-of-knowledge ceiling was raised a case when short questions with a remark came to be read
  // for their question: 保温杯杯盖里的硅胶圈丢了 能单独买一个吗 is answered from the entry about lids.)
  ['kitchen-zh', own('kitchen-zh'), { accuracy: 0.68, precision: 0.86, falseOos: 0.45 }],
  ['kitchen-zh-follow-ups', own('kitchen-zh'), { accuracy: 0.55, precision: 0.8 }],
  ['garden-en', own('garden-en'), { accuracy: 0.53, precision: 0.72, falseOos: 0.5 }],
  ['garden-en-follow-ups', own('garden-en'), { accuracy: 0.45, precision: 0.7 }],
  // A later stop's six, commissioned two at a time, each scored once before the changes it led to: a
  // seafood shop in Chinese (58 of 90 then, 2 wrong; follow-ups 8 of 20) and a furniture shop in
  // English (40 of 90, 11 wrong; 5 of 20); then car accessories (54 of 90, 3 wrong; 9 of 20) and a
  // bookshop (51 of 90, 12 wrong; 9 of 20); then stationery (61 of 90, 3 wrong; 13 of 20) and a toy
  // shop in Australia (50 of 90, 8 wrong; follow-ups 2 of 20, English follow-ups still the weakest).
  // Half their English cases state a situation rather than ask ("the jigsaw is three pieces short"):
  // 1 or 2 of 9 are read.
  ['seafood-zh', own('seafood-zh'), { accuracy: 0.66, precision: 0.93, falseOos: 0.17 }],
  ['seafood-zh-follow-ups', own('seafood-zh'), { accuracy: 0.45, precision: 0.85 }],
  ['furniture-en', own('furniture-en'), { accuracy: 0.47, precision: 0.72, falseOos: 0.34 }],
  ['furniture-en-follow-ups', own('furniture-en'), { accuracy: 0.3, precision: 0.85 }],
  ['car-zh', own('car-zh'), { accuracy: 0.59, precision: 0.9, falseOos: 0.23 }],
  ['car-zh-follow-ups', own('car-zh'), { accuracy: 0.4, precision: 0.85 }],
  ['books-en', own('books-en'), { accuracy: 0.57, precision: 0.79, falseOos: 0.45 }],
  ['books-en-follow-ups', own('books-en'), { accuracy: 0.5, precision: 0.9 }],
  ['stationery-zh', own('stationery-zh'), { accuracy: 0.66, precision: 0.91, falseOos: 0.23 }],
  ['stationery-zh-follow-ups', own('stationery-zh'), { accuracy: 0.6, precision: 0.92 }],
  ['toys-en', own('toys-en'), { accuracy: 0.55, precision: 0.8, falseOos: 0.17 }],
  ['toys-en-follow-ups', own('toys-en'), { accuracy: 0.15, precision: 0.5 }],
  // Then supplements (66 of 90, 3 wrong; follow-ups 15 of 20) and a candle shop (53 of 90, 8 wrong; 4 of
  // 20); and last, scored after everything above, musical instruments (62 of 90, 3 wrong; 14 of 20) and
  // an art-supplies shop (53 of 90, 14 wrong; 8 of 20).
  ['supplements-zh', own('supplements-zh'), { accuracy: 0.71, precision: 0.92, falseOos: 0.17 }],
  ['supplements-zh-follow-ups', own('supplements-zh'), { accuracy: 0.7, precision: 0.92 }],
  ['candles-en', own('candles-en'), { accuracy: 0.57, precision: 0.8, falseOos: 0.28 }],
  ['candles-en-follow-ups', own('candles-en'), { accuracy: 0.2, precision: 0.6 }],
  ['instruments-zh', own('instruments-zh'), { accuracy: 0.67, precision: 0.92, falseOos: 0.23 }],
  ['instruments-zh-follow-ups', own('instruments-zh'), { accuracy: 0.65, precision: 0.92 }],
  ['art-en', own('art-en'), { accuracy: 0.57, precision: 0.72, falseOos: 0.23 }],
  ['art-en-follow-ups', own('art-en'), { accuracy: 0.4, precision: 0.9 }],
  // A later stop's four, the first two scored before the changes they led to, the other two after
  // those and before their own: a plant and flower shop in Chinese (63 of 90 then, 2 wrong; follow-ups
  // 11 of 20), a perfume shop in English (62 of 90, 4 wrong; 8 of 20), home fitness equipment in
  // Chinese (64 of 90, 5 wrong; 13 of 20) and personalised gifts in English (57 of 90, 5 wrong; 10 of
  // 20). The Chinese ones' long stories asking 这种情况还能退吗 are read since their readings agree.
  ['plants-zh', own('plants-zh'), { accuracy: 0.69, precision: 0.94, falseOos: 0.17 }],
  ['plants-zh-follow-ups', own('plants-zh'), { accuracy: 0.5, precision: 0.85 }],
  ['perfume-en', own('perfume-en'), { accuracy: 0.68, precision: 0.9, falseOos: 0.17 }],
  ['perfume-en-follow-ups', own('perfume-en'), { accuracy: 0.4, precision: 0.6 }],
  ['fitness-zh', own('fitness-zh'), { accuracy: 0.7, precision: 0.88, falseOos: 0.23 }],
  ['fitness-zh-follow-ups', own('fitness-zh'), { accuracy: 0.65, precision: 0.9 }],
  ['gifts-en', own('gifts-en'), { accuracy: 0.63, precision: 0.9, falseOos: 0.23 }],
  ['gifts-en-follow-ups', own('gifts-en'), { accuracy: 0.6, precision: 0.8 }],
  // And two pairs held back until the end of that stop: phone accessories in Chinese and a bakery in
  // English, scored after everything above (on the stop's starting engine 66 of 90, 7 wrong, follow-ups
  // 12 of 20; and 57 of 90, 7 wrong, 8 of 20), then camera gear in Chinese and board games in English,
  // commissioned last and scored once (69 → 71 of 90, 4 wrong, 13 of 20; 58 of 90, 4 wrong, 13 of 20).
  ['phones-zh', own('phones-zh'), { accuracy: 0.71, precision: 0.86, falseOos: 0.39 }],
  ['phones-zh-follow-ups', own('phones-zh'), { accuracy: 0.6, precision: 0.8 }],
  ['bakery-en', own('bakery-en'), { accuracy: 0.64, precision: 0.86, falseOos: 0.28 }],
  ['bakery-en-follow-ups', own('bakery-en'), { accuracy: 0.35, precision: 0.7 }],
  ['cameras-zh', own('cameras-zh'), { accuracy: 0.76, precision: 0.91, falseOos: 0.23 }],
  ['cameras-zh-follow-ups', own('cameras-zh'), { accuracy: 0.6, precision: 0.85 }],
  ['boardgames-en', own('boardgames-en'), { accuracy: 0.62, precision: 0.89, falseOos: 0.17 }],
  ['boardgames-en-follow-ups', own('boardgames-en'), { accuracy: 0.6, precision: 0.8 }],
  // A later stop's four, each a shop harder than the ones before (first sight 46–60% against 63–79%):
  // a children's toy shop in Chinese and a UK watch shop in English, scored first (54 of 90, none
  // wrong; follow-ups 14 of 20; and 41 of 90, 5 wrong; 13 of 20) and worked on (58 of 90 since; the
  // watches unchanged, 14 of 20 follow-ups); then a wine and spirits shop in Chinese and a yarn shop in
  // English, held back until the end and scored on that stop's starting engine and its last (52 → 53
  // of 90, none wrong, follow-ups 13 of 20; 52 of 90, 2 wrong, 10 of 20, on both).
  ['toys-zh', own('toys-zh'), { accuracy: 0.62, precision: 0.88, falseOos: 0.3 }],
  ['toys-zh-follow-ups', own('toys-zh'), { accuracy: 0.65, precision: 0.9 }],
  ['watches-en', own('watches-en'), { accuracy: 0.44, precision: 0.7, falseOos: 0.34 }],
  ['watches-en-follow-ups', own('watches-en'), { accuracy: 0.6, precision: 0.8 }],
  ['wine-zh', own('wine-zh'), { accuracy: 0.57, precision: 0.85, falseOos: 0.34 }],
  ['wine-zh-follow-ups', own('wine-zh'), { accuracy: 0.6, precision: 0.9 }],
  ['yarn-en', own('yarn-en'), { accuracy: 0.56, precision: 0.88, falseOos: 0.12 }],
  ['yarn-en-follow-ups', own('yarn-en'), { accuracy: 0.45, precision: 0.7 }],
  // A later stop's eight, first scores → the stop's last (questions of 90; follow-ups of 20). Scored
  // first and worked on: a US running shop (58 → 59; 15 → 19), groceries in Chinese (56 → 61; 15),
  // cleaning supplies in Chinese (65; 15 → 16), an Australian swimwear and surf shop (39 → 43, wrong
  // answers 5 → 3; 10), womenswear in Chinese (60; 14) and UK phone accessories (40, wrong 6 → 5; 10).
  // Held back until the end, scored on the stop's starting engine and its last: glasses and contact
  // lenses in Chinese (59 on both; 9 on both, one follow-up more answered wrongly) and kitchen knives
  // and cookware in English (47; 11, on both).
  ['running-en', own('running-en'), { accuracy: 0.64, precision: 0.82, falseOos: 0.24 }],
  ['running-en-follow-ups', own('running-en'), { accuracy: 0.94, precision: 0.98 }],
  ['groceries-zh', own('groceries-zh'), { accuracy: 0.66, precision: 0.88, falseOos: 0.18 }],
  ['groceries-zh-follow-ups', own('groceries-zh'), { accuracy: 0.74, precision: 0.84 }],
  ['cleaning-zh', own('cleaning-zh'), { accuracy: 0.71, precision: 0.89, falseOos: 0.24 }],
  ['cleaning-zh-follow-ups', own('cleaning-zh'), { accuracy: 0.79, precision: 0.85 }],
  ['swimwear-en', own('swimwear-en'), { accuracy: 0.46, precision: 0.78, falseOos: 0.24 }],
  ['swimwear-en-follow-ups', own('swimwear-en'), { accuracy: 0.49, precision: 0.64 }],
  ['womenswear-zh', own('womenswear-zh'), { accuracy: 0.65, precision: 0.88, falseOos: 0.24 }],
  ['womenswear-zh-follow-ups', own('womenswear-zh'), { accuracy: 0.69, precision: 0.83 }],
  ['accessories-en', own('accessories-en'), { accuracy: 0.43, precision: 0.72, falseOos: 0.24 }],
  // ("the magsafe one, will it charge on my flat wireless pad?" gets the wireless charging answer again,
  // which says more of its words than the MagSafe entry's answer, though that entry answers it.)
  ['accessories-en-follow-ups', own('accessories-en'), { accuracy: 0.49, precision: 0.69 }],
  ['eyewear-zh', own('eyewear-zh'), { accuracy: 0.64, precision: 0.84, falseOos: 0.24 }],
  ['eyewear-zh-follow-ups', own('eyewear-zh'), { accuracy: 0.44, precision: 0.59 }],
  ['knives-en', own('knives-en'), { accuracy: 0.51, precision: 0.78, falseOos: 0.29 }],
  ['knives-en-follow-ups', own('knives-en'), { accuracy: 0.54, precision: 0.64 }],
  // A later stop's six, each scored first on the stop's starting engine. Scored first and worked on:
  // hanfu in Chinese (59 of 90 → 65; follow-ups 8 of 20, on both), fishing tackle in Chinese (51 → 60;
  // 14), fabric and sewing in English (53 → 62, wrong answers 4; 11) and a golf shop in Ireland
  // (46 → 55, wrong answers 5 → 4; 12 → 13). Held back until the end: game cards and other virtual
  // goods in Chinese (57, on both; 15) and baby gear in Canada (28 → 38, wrong answers 2 → 4; 8),
  // whose two new wrong answers were then put right (40, wrong answers 2).
  ['hanfu-zh', own('hanfu-zh'), { accuracy: 0.7, precision: 0.93, falseOos: 0.11 }],
  ['hanfu-zh-follow-ups', own('hanfu-zh'), { accuracy: 0.35, precision: 0.75 }],
  ['fishing-zh', own('fishing-zh'), { accuracy: 0.64, precision: 0.87, falseOos: 0.28 }],
  ['fishing-zh-follow-ups', own('fishing-zh'), { accuracy: 0.65, precision: 0.9 }],
  ['sewing-en', own('sewing-en'), { accuracy: 0.66, precision: 0.81, falseOos: 0.34 }],
  ['sewing-en-follow-ups', own('sewing-en'), { accuracy: 0.5, precision: 0.55 }],
  ['golf-en', own('golf-en'), { accuracy: 0.58, precision: 0.79, falseOos: 0.34 }],
  ['golf-en-follow-ups', own('golf-en'), { accuracy: 0.6, precision: 0.62 }],
  ['gamecards-zh', own('gamecards-zh'), { accuracy: 0.6, precision: 0.86, falseOos: 0.23 }],
  ['gamecards-zh-follow-ups', own('gamecards-zh'), { accuracy: 0.7, precision: 0.9 }],
  ['babygear-en', own('babygear-en'), { accuracy: 0.42, precision: 0.76, falseOos: 0.34 }],
  ['babygear-en-follow-ups', own('babygear-en'), { accuracy: 0.35, precision: 0.65 }],
  // The next stop's eight, each scored first on that stop's starting engine (questions right of 90, wrong;
  // follow-ups of 20). Scored first and worked on: flowers and plants in Chinese (48, 3 → 55, 2; 9 → 10),
  // an espresso and coffee-bean shop in Australia (63, 3 → 66, 1; 9), luxury resale in Chinese (54 → 58;
  // 11) and vinyl records in the US (51, 9 → 52, 7; 12 → 13). Written after most of that stop's changes
  // and worked on a little: phone repairs and accessories in Chinese (53 → 56; 5) and garden furniture in
  // the UK (51, 6 → 52, 5; 13). Held back until the end: furniture and mattresses in Chinese (67, none
  // wrong, on both; 11) and photo books and gifts in the US (52 → 53, 7 wrong on both; 13), whose wrong
  // answers were then looked at (one put right: 54, 6).
  ['florist-zh', own('florist-zh'), { accuracy: 0.59, precision: 0.83, falseOos: 0.34 }],
  ['florist-zh-follow-ups', own('florist-zh'), { accuracy: 0.45, precision: 0.7 }],
  ['espresso-en', own('espresso-en'), { accuracy: 0.71, precision: 0.88, falseOos: 0.28 }],
  ['espresso-en-follow-ups', own('espresso-en'), { accuracy: 0.4, precision: 0.75 }],
  ['resale-zh', own('resale-zh'), { accuracy: 0.62, precision: 0.81, falseOos: 0.39 }],
  ['resale-zh-follow-ups', own('resale-zh'), { accuracy: 0.5, precision: 0.66 }],
  ['vinyl-en', own('vinyl-en'), { accuracy: 0.55, precision: 0.73, falseOos: 0.34 }],
  ['vinyl-en-follow-ups', own('vinyl-en'), { accuracy: 0.6, precision: 0.66 }],
  ['repairs-zh', own('repairs-zh'), { accuracy: 0.6, precision: 0.81, falseOos: 0.28 }],
  ['repairs-zh-follow-ups', own('repairs-zh'), { accuracy: 0.2, precision: 0.35 }],
  ['patio-en', own('patio-en'), { accuracy: 0.55, precision: 0.75, falseOos: 0.39 }],
  ['patio-en-follow-ups', own('patio-en'), { accuracy: 0.6, precision: 0.75 }],
  ['mattresses-zh', own('mattresses-zh'), { accuracy: 0.72, precision: 0.92, falseOos: 0.23 }],
  ['mattresses-zh-follow-ups', own('mattresses-zh'), { accuracy: 0.5, precision: 0.62 }],
  ['photobooks-en', own('photobooks-en'), { accuracy: 0.58, precision: 0.78, falseOos: 0.23 }],
  ['photobooks-en-follow-ups', own('photobooks-en'), { accuracy: 0.6, precision: 0.75 }],
  // The next stop's ten, each scored on that stop's starting engine (questions right of 90, wrong;
  // follow-ups of 20) and at its end. Scored first and worked on: an online pharmacy in Chinese (50, 3 →
  // 54, 3; 11 → 12), e-bikes and batteries in Chinese (62, 0 → 63, 0; 10), wallpaper and paint in the UK
  // (47, 3 → 48, 3; 10) and software licences and online courses in the US (52, 5 → 53, 5; 11). Written
  // after most of that stop's changes and worked on a little: home cleaning booked online (54 → 55, none
  // wrong; 11), concert and sight tickets (63 → 65, 2 wrong; 12), a meal-kit subscription (45, 8 → 47, 7;
  // 11) and custom printed t-shirts (47, 6 → 49, 5; 15). Held back until the end: printer ink and office
  // supplies in Chinese (60, 5; 15) and e-bikes in Canada (50, 4; 11), unchanged by that stop's work, then
  // looked at (61, 3 and 51, 3).
  ['pharmacy-zh', own('pharmacy-zh'), { accuracy: 0.58, precision: 0.83, falseOos: 0.23 }],
  // (我签收已经三天了 超过48小时还管吗, which the knowledge lacks, gets the damaged goods' answer again:
  // it gives the 48 hours.)
  ['pharmacy-zh-follow-ups', own('pharmacy-zh'), { accuracy: 0.55, precision: 0.84 }],
  ['ebikes-zh', own('ebikes-zh'), { accuracy: 0.68, precision: 0.89, falseOos: 0.29 }],
  ['ebikes-zh-follow-ups', own('ebikes-zh'), { accuracy: 0.45, precision: 0.61 }],
  ['office-zh', own('office-zh'), { accuracy: 0.65, precision: 0.82, falseOos: 0.34 }],
  ['office-zh-follow-ups', own('office-zh'), { accuracy: 0.7, precision: 0.87 }],
  ['housekeeping-zh', own('housekeeping-zh'), { accuracy: 0.59, precision: 0.92, falseOos: 0.18 }],
  ['housekeeping-zh-follow-ups', own('housekeeping-zh'), { accuracy: 0.5, precision: 0.66 }],
  ['tickets-zh', own('tickets-zh'), { accuracy: 0.7, precision: 0.87, falseOos: 0.23 }],
  ['tickets-zh-follow-ups', own('tickets-zh'), { accuracy: 0.55, precision: 0.71 }],
  ['wallpaper-en', own('wallpaper-en'), { accuracy: 0.51, precision: 0.79, falseOos: 0.29 }],
  ['wallpaper-en-follow-ups', own('wallpaper-en'), { accuracy: 0.45, precision: 0.67 }],
  ['software-en', own('software-en'), { accuracy: 0.56, precision: 0.78, falseOos: 0.29 }],
  ['software-en-follow-ups', own('software-en'), { accuracy: 0.5, precision: 0.7 }],
  ['ebikes-en', own('ebikes-en'), { accuracy: 0.54, precision: 0.86, falseOos: 0.12 }],
  ['ebikes-en-follow-ups', own('ebikes-en'), { accuracy: 0.5, precision: 0.76 }],
  ['mealkits-en', own('mealkits-en'), { accuracy: 0.5, precision: 0.69, falseOos: 0.4 }],
  ['mealkits-en-follow-ups', own('mealkits-en'), { accuracy: 0.5, precision: 0.64 }],
  ['printing-en', own('printing-en'), { accuracy: 0.52, precision: 0.76, falseOos: 0.29 }],
  ['printing-en-follow-ups', own('printing-en'), { accuracy: 0.7, precision: 0.76 }],
  // Four more from that stop, written after all its changes but the last few lexicon words and scored
  // on its starting engine too: books and study guides in Chinese (66, 3; 9 → 10), exam-prep courses in
  // Chinese (60, 1; 8), guitars in the UK (53, 8; 11) and home fitness equipment in the US (50 → 51, 4;
  // 13). Nearly unchanged by the stop's work, as the held-back two were.
  ['textbooks-zh', own('textbooks-zh'), { accuracy: 0.71, precision: 0.85, falseOos: 0.29 }],
  ['textbooks-zh-follow-ups', own('textbooks-zh'), { accuracy: 0.45, precision: 0.76 }],
  ['examprep-zh', own('examprep-zh'), { accuracy: 0.64, precision: 0.85, falseOos: 0.34 }],
  ['examprep-zh-follow-ups', own('examprep-zh'), { accuracy: 0.35, precision: 0.58 }],
  ['guitars-en', own('guitars-en'), { accuracy: 0.56, precision: 0.71, falseOos: 0.4 }],
  // ("ok how much is standard then?" after "and is next day possible there?", now a question of its own,
  // leans on it: the next-day times, not the cost.)
  ['guitars-en-follow-ups', own('guitars-en'), { accuracy: 0.5, precision: 0.69 }],
  ['homegym-en', own('homegym-en'), { accuracy: 0.54, precision: 0.77, falseOos: 0.34 }],
  ['homegym-en-follow-ups', own('homegym-en'), { accuracy: 0.6, precision: 0.79 }],  // Sixteen more fresh batches, written by helpers who saw nothing of the engine and scored on the
  // starting engine of the stop that added them (f714648) too. Worked on: cross-border formula and
  // nappies (68 → 70 right of 90, 2 wrong; follow-ups 12), fresh fruit and seafood (59 → 63, 0; 10), car
  // parts and tyres (64 → 65, 5; 12 → 13) in Chinese; mattresses and bedding (53 → 56, 3; 9), house
  // plants (50 → 52, 3 → 2; 8) and engagement rings (49 → 50, 9; 15 → 16) in English.
  ['crossborder-zh', own('crossborder-zh'), { accuracy: 0.75, precision: 0.91, falseOos: 0.12 }],
  ['crossborder-zh-follow-ups', own('crossborder-zh'), { accuracy: 0.55, precision: 0.85 }],
  ['freshfood-zh', own('freshfood-zh'), { accuracy: 0.68, precision: 0.92, falseOos: 0.18 }],
  ['freshfood-zh-follow-ups', own('freshfood-zh'), { accuracy: 0.45, precision: 0.64 }],
  ['tyres-zh', own('tyres-zh'), { accuracy: 0.7, precision: 0.87, falseOos: 0.06 }],
  ['tyres-zh-follow-ups', own('tyres-zh'), { accuracy: 0.6, precision: 0.8 }],
  ['bedding-en', own('bedding-en'), { accuracy: 0.59, precision: 0.82, falseOos: 0.29 }],
  ['bedding-en-follow-ups', own('bedding-en'), { accuracy: 0.4, precision: 0.58 }],
  ['houseplants-en', own('houseplants-en'), { accuracy: 0.54, precision: 0.83, falseOos: 0.29 }],
  ['houseplants-en-follow-ups', own('houseplants-en'), { accuracy: 0.35, precision: 0.48 }],
  ['rings-en', own('rings-en'), { accuracy: 0.53, precision: 0.71, falseOos: 0.23 }],
  ['rings-en-follow-ups', own('rings-en'), { accuracy: 0.7, precision: 0.76 }],
  // Held back until the end: SIM cards and broadband in Chinese (60, 3; 14: unchanged) and board games
  // and puzzles in the UK (56 → 59, 7; 11: three questions the knowledge lacks no longer answered).
  ['simcards-zh', own('simcards-zh'), { accuracy: 0.64, precision: 0.88, falseOos: 0.12 }],
  ['simcards-zh-follow-ups', own('simcards-zh'), { accuracy: 0.65, precision: 0.86 }],
  ['puzzles-en', own('puzzles-en'), { accuracy: 0.63, precision: 0.78, falseOos: 0.23 }],
  ['puzzles-en-follow-ups', own('puzzles-en'), { accuracy: 0.5, precision: 0.83 }],
  // Written after most of that stop's changes and scored before being looked at: smart home and cameras
  // (57 → 58, 1; 10), baking (56 → 59, 1; 15), health devices for older people (66 → 67, 0; 14) and a
  // print shop (65 → 66, 1; 15) in Chinese; smart home (45 → 47, 4; 11), school instrument rentals
  // (46, 4; 6 → 8), merino clothing (50 → 52, 5; 13) and office chairs (62 → 63, 3; 16) in English.
  ['smarthome-zh', own('smarthome-zh'), { accuracy: 0.62, precision: 0.9, falseOos: 0.18 }],
  ['smarthome-zh-follow-ups', own('smarthome-zh'), { accuracy: 0.45, precision: 0.56 }],
  ['baking-zh', own('baking-zh'), { accuracy: 0.63, precision: 0.92, falseOos: 0.12 }],
  ['baking-zh-follow-ups', own('baking-zh'), { accuracy: 0.7, precision: 0.77 }],
  ['eldercare-zh', own('eldercare-zh'), { accuracy: 0.72, precision: 0.95, falseOos: 0.12 }],
  // (12期的话手续费具体多少钱, which the knowledge lacks, gets the instalments answer again: it states the fee.)
  ['eldercare-zh-follow-ups', own('eldercare-zh'), { accuracy: 0.65, precision: 0.92 }],
  ['printshop-zh', own('printshop-zh'), { accuracy: 0.71, precision: 0.88, falseOos: 0.29 }],
  ['printshop-zh-follow-ups', own('printshop-zh'), { accuracy: 0.7, precision: 0.81 }],
  ['smarthome-en', own('smarthome-en'), { accuracy: 0.5, precision: 0.79, falseOos: 0.23 }],
  ['smarthome-en-follow-ups', own('smarthome-en'), { accuracy: 0.5, precision: 0.57 }],
  ['bandrental-en', own('bandrental-en'), { accuracy: 0.49, precision: 0.8, falseOos: 0.18 }],
  ['bandrental-en-follow-ups', own('bandrental-en'), { accuracy: 0.3, precision: 0.5 }],
  ['merino-en', own('merino-en'), { accuracy: 0.55, precision: 0.79, falseOos: 0.23 }],
  ['merino-en-follow-ups', own('merino-en'), { accuracy: 0.6, precision: 0.73 }],
  ['officechairs-en', own('officechairs-en'), { accuracy: 0.68, precision: 0.89, falseOos: 0.12 }],
  ['officechairs-en-follow-ups', own('officechairs-en'), { accuracy: 0.75, precision: 0.82 }],
  // Six more, written after nearly all of that stop's changes and scored on its start before anyone
  // looked at them: cycling gear (74 → 76 right, 2 wrong; follow-ups 11), tea sets and tableware (66 →
  // 67, 3; 9) and water purifiers (60 → 61, 1; 12) in Chinese; men's grooming (48 → 50, 7; 13 → 16), hockey
  // equipment (48 → 51, 3; 9) and bridal wear (55 → 57, 2; 11) in English. Questions the knowledge
  // lacks answered: 23 → 13.
  ['cycling-zh', own('cycling-zh'), { accuracy: 0.82, precision: 0.9, falseOos: 0.18 }],
  ['cycling-zh-follow-ups', own('cycling-zh'), { accuracy: 0.5, precision: 0.66 }],
  ['teaware-zh', own('teaware-zh'), { accuracy: 0.72, precision: 0.88, falseOos: 0.18 }],
  ['teaware-zh-follow-ups', own('teaware-zh'), { accuracy: 0.4, precision: 0.64 }],
  ['waterfilters-zh', own('waterfilters-zh'), { accuracy: 0.65, precision: 0.9, falseOos: 0.18 }],
  ['waterfilters-zh-follow-ups', own('waterfilters-zh'), { accuracy: 0.55, precision: 0.79 }],
  ['grooming-en', own('grooming-en'), { accuracy: 0.53, precision: 0.77, falseOos: 0.12 }],
  ['grooming-en-follow-ups', own('grooming-en'), { accuracy: 0.6, precision: 0.86 }],
  ['hockey-en', own('hockey-en'), { accuracy: 0.54, precision: 0.82, falseOos: 0.23 }],
  ['hockey-en-follow-ups', own('hockey-en'), { accuracy: 0.4, precision: 0.72 }],
  ['bridal-en', own('bridal-en'), { accuracy: 0.61, precision: 0.86, falseOos: 0.23 }],
  ['bridal-en-follow-ups', own('bridal-en'), { accuracy: 0.5, precision: 0.61 }],
  // The next stop's batches, by helpers who saw nothing of the engine, each scored on that stop's start
  // before anyone looked at it. Worked on: music lessons (57 → 62 right, 1 wrong, 2 → 1 answered out of
  // knowledge), tours (54 → 56, 4 → 3, 3 → 2) in Chinese, aquarium supplies (54 → 56, 8 → 7, 1 → 0) and
  // opticians (59 → 63, 3, 3 → 0) in English; then four written a third of the way in: sneakers (68 → 73,
  // 1 → 0, 4 → 1), lighting and tiles (64 → 68, 3, 4 → 1), school uniforms (55 → 57, 3 → 2, 5 → 3) and a pet
  // pharmacy (50 → 54, 6 → 5, 3 → 1). Follow-ups unchanged.
  ['musiclessons-zh', own('musiclessons-zh'), { accuracy: 0.66, precision: 0.92, falseOos: 0.12 }],
  ['musiclessons-zh-follow-ups', own('musiclessons-zh'), { accuracy: 0.6, precision: 0.8 }],
  ['tours-zh', own('tours-zh'), { accuracy: 0.6, precision: 0.85, falseOos: 0.18 }],
  ['tours-zh-follow-ups', own('tours-zh'), { accuracy: 0.45, precision: 0.76 }],
  ['aquarium-en', own('aquarium-en'), { accuracy: 0.6, precision: 0.81, falseOos: 0.06 }],
  ['aquarium-en-follow-ups', own('aquarium-en'), { accuracy: 0.4, precision: 0.58 }],
  ['opticians-en', own('opticians-en'), { accuracy: 0.68, precision: 0.9, falseOos: 0.06 }],
  ['opticians-en-follow-ups', own('opticians-en'), { accuracy: 0.5, precision: 0.64 }],
  ['sneakers-zh', own('sneakers-zh'), { accuracy: 0.79, precision: 0.95, falseOos: 0.12 }],
  ['sneakers-zh-follow-ups', own('sneakers-zh'), { accuracy: 0.75, precision: 0.88 }],
  ['lighting-zh', own('lighting-zh'), { accuracy: 0.73, precision: 0.89, falseOos: 0.12 }],
  ['lighting-zh-follow-ups', own('lighting-zh'), { accuracy: 0.55, precision: 0.66 }],
  ['uniforms-en', own('uniforms-en'), { accuracy: 0.61, precision: 0.86, falseOos: 0.23 }],
  ['uniforms-en-follow-ups', own('uniforms-en'), { accuracy: 0.55, precision: 0.78 }],
  ['petpharmacy-en', own('petpharmacy-en'), { accuracy: 0.58, precision: 0.83, falseOos: 0.12 }],
  ['petpharmacy-en-follow-ups', own('petpharmacy-en'), { accuracy: 0.6, precision: 0.78 }],
  // Held back until the changes above were made: gold and jade (52 → 53), journaling stationery (59 → 60),
  // learning toys (68) and a wine club (48), wrong and out-of-knowledge answers unchanged. They, and the
  // two groups below, were worked on afterwards too (questions the knowledge lacks answered anyway).
  ['gold-zh', own('gold-zh'), { accuracy: 0.56, precision: 0.8, falseOos: 0.34 }],
  ['gold-zh-follow-ups', own('gold-zh'), { accuracy: 0.65, precision: 0.76 }],
  ['journaling-zh', own('journaling-zh'), { accuracy: 0.64, precision: 0.86, falseOos: 0.12 }],
  ['journaling-zh-follow-ups', own('journaling-zh'), { accuracy: 0.65, precision: 0.87 }],
  ['learningtoys-en', own('learningtoys-en'), { accuracy: 0.73, precision: 0.91, falseOos: 0.18 }],
  ['learningtoys-en-follow-ups', own('learningtoys-en'), { accuracy: 0.55, precision: 0.78 }],
  ['wineclub-en', own('wineclub-en'), { accuracy: 0.51, precision: 0.8, falseOos: 0.12 }],
  ['wineclub-en-follow-ups', own('wineclub-en'), { accuracy: 0.5, precision: 0.71 }],
  // Written a third of the way in and not looked at: camping (65), tablets (64), herbal medicine (59 →
  // 60), wedding dress rental (59 → 60), a cycle shop (51 → 52), organic beauty (55), overlanding gear (56)
  // and a tea club (48 → 49). Their regression check found two answers lost to a new point (a canister
  // bought elsewhere asked to fit the stove), mended before they were added.
  ['camping-zh', own('camping-zh'), { accuracy: 0.7, precision: 0.89, falseOos: 0.18 }],
  ['camping-zh-follow-ups', own('camping-zh'), { accuracy: 0.65, precision: 0.81 }],
  ['tablets-zh', own('tablets-zh'), { accuracy: 0.69, precision: 0.89, falseOos: 0.18 }],
  ['tablets-zh-follow-ups', own('tablets-zh'), { accuracy: 0.45, precision: 0.76 }],
  ['herbal-zh', own('herbal-zh'), { accuracy: 0.64, precision: 0.87, falseOos: 0.29 }],
  ['herbal-zh-follow-ups', own('herbal-zh'), { accuracy: 0.55, precision: 0.66 }],
  ['weddingrental-zh', own('weddingrental-zh'), { accuracy: 0.64, precision: 0.88, falseOos: 0.18 }],
  ['weddingrental-zh-follow-ups', own('weddingrental-zh'), { accuracy: 0.65, precision: 0.81 }],
  ['cyclescheme-en', own('cyclescheme-en'), { accuracy: 0.55, precision: 0.76, falseOos: 0.34 }],
  ['cyclescheme-en-follow-ups', own('cyclescheme-en'), { accuracy: 0.7, precision: 0.75 }],
  ['organicbeauty-en', own('organicbeauty-en'), { accuracy: 0.59, precision: 0.86, falseOos: 0.29 }],
  ['organicbeauty-en-follow-ups', own('organicbeauty-en'), { accuracy: 0.65, precision: 0.81 }],
  ['overlanding-en', own('overlanding-en'), { accuracy: 0.6, precision: 0.86, falseOos: 0.23 }],
  ['overlanding-en-follow-ups', own('overlanding-en'), { accuracy: 0.4, precision: 0.56 }],
  ['teaclub-en', own('teaclub-en'), { accuracy: 0.52, precision: 0.75, falseOos: 0.4 }],
  ['teaclub-en-follow-ups', own('teaclub-en'), { accuracy: 0.6, precision: 0.95 }],
  // Written after most of the changes and scored before anyone looked at them: kitchen appliances (57),
  // picture books (58 → 62, 3 → 2 wrong), nut gift boxes (68), vintage clothing (50 → 51), hiking boots
  // (55 → 56) and baby formula (63 → 64).
  ['kitchenappliances-zh', own('kitchenappliances-zh'), { accuracy: 0.61, precision: 0.94, falseOos: 0.12 }],
  ['kitchenappliances-zh-follow-ups', own('kitchenappliances-zh'), { accuracy: 0.65, precision: 0.81 }],
  ['picturebooks-zh', own('picturebooks-zh'), { accuracy: 0.66, precision: 0.87, falseOos: 0.23 }],
  ['picturebooks-zh-follow-ups', own('picturebooks-zh'), { accuracy: 0.65, precision: 0.72 }],
  ['nutgifts-zh', own('nutgifts-zh'), { accuracy: 0.73, precision: 0.89, falseOos: 0.12 }],
  ['nutgifts-zh-follow-ups', own('nutgifts-zh'), { accuracy: 0.6, precision: 0.8 }],
  ['vintage-en', own('vintage-en'), { accuracy: 0.54, precision: 0.79, falseOos: 0.29 }],
  ['vintage-en-follow-ups', own('vintage-en'), { accuracy: 0.8, precision: 0.88 }],
  ['hikingboots-en', own('hikingboots-en'), { accuracy: 0.6, precision: 0.86, falseOos: 0.23 }],
  ['hikingboots-en-follow-ups', own('hikingboots-en'), { accuracy: 0.45, precision: 0.67 }],
  ['babyformula-en', own('babyformula-en'), { accuracy: 0.69, precision: 0.86, falseOos: 0.29 }],
  ['babyformula-en-follow-ups', own('babyformula-en'), { accuracy: 0.7, precision: 0.81 }],
  // And six more, written late in that stop and not looked at (scored on its start and near its end):
  // down jackets (63), pet funerals (58 → 59, 3 → 2 answered out of knowledge), cakes delivered in town
  // (57, one wrong answer mended: delivery time asked in English), refurbished laptops (54 → 55), custom
  // framing (49) and kids' swimwear (63 → 64); two wrong follow-ups left unanswered.
  ['downjackets-zh', own('downjackets-zh'), { accuracy: 0.68, precision: 0.89, falseOos: 0.18 }],
  ['downjackets-zh-follow-ups', own('downjackets-zh'), { accuracy: 0.55, precision: 0.68 }],
  ['petfuneral-zh', own('petfuneral-zh'), { accuracy: 0.63, precision: 0.9, falseOos: 0.18 }],
  // (多印一个爪印 多的收多少钱, which the knowledge lacks, gets the paw print answer again: it states a cost.)
  ['petfuneral-zh-follow-ups', own('petfuneral-zh'), { accuracy: 0.55, precision: 0.78 }],
  ['cakes-zh', own('cakes-zh'), { accuracy: 0.61, precision: 0.86, falseOos: 0.18 }],
  ['cakes-zh-follow-ups', own('cakes-zh'), { accuracy: 0.6, precision: 0.76 }],
  ['refurblaptops-en', own('refurblaptops-en'), { accuracy: 0.59, precision: 0.81, falseOos: 0.34 }],
  ['refurblaptops-en-follow-ups', own('refurblaptops-en'), { accuracy: 0.45, precision: 0.64 }],
  ['framing-en', own('framing-en'), { accuracy: 0.52, precision: 0.84, falseOos: 0.23 }],
  ['framing-en-follow-ups', own('framing-en'), { accuracy: 0.4, precision: 0.65 }],
  ['kidsswim-en', own('kidsswim-en'), { accuracy: 0.69, precision: 0.85, falseOos: 0.18 }],
  ['kidsswim-en-follow-ups', own('kidsswim-en'), { accuracy: 0.5, precision: 0.59 }],
  // Written by helpers who saw nothing of the engine, in the next stop (December 2026), and scored on
  // the stop's starting engine before anyone looked at them. The first eight, worked on: kids' bikes,
  // home bedding, car accessories and imported wine (zh); office supplies, yoga, winter tyres and
  // ceramics (en). Their questions did not move (453 right, 36 wrong, 21 outside of 720); their
  // follow-ups went from 93 right, 23 wrong, 5 outside to 101, 21, 6 of 160.
  ['kidbikes-zh', own('kidbikes-zh'), { accuracy: 0.64, precision: 0.85, falseOos: 0.34 }],
  ['kidbikes-zh-follow-ups', own('kidbikes-zh'), { accuracy: 0.75, precision: 0.95 }],
  ['homebedding-zh', own('homebedding-zh'), { accuracy: 0.72, precision: 0.91, falseOos: 0.12 }],
  ['homebedding-zh-follow-ups', own('homebedding-zh'), { accuracy: 0.6, precision: 0.75 }],
  ['caraccessories-zh', own('caraccessories-zh'), { accuracy: 0.65, precision: 0.85, falseOos: 0.18 }],
  ['caraccessories-zh-follow-ups', own('caraccessories-zh'), { accuracy: 0.85, precision: 0.95 }],
  ['importwine-zh', own('importwine-zh'), { accuracy: 0.49, precision: 0.73, falseOos: 0.18 }],
  ['importwine-zh-follow-ups', own('importwine-zh'), { accuracy: 0.7, precision: 0.95 }],
  ['officesupplies-en', own('officesupplies-en'), { accuracy: 0.58, precision: 0.79, falseOos: 0.18 }],
  ['officesupplies-en-follow-ups', own('officesupplies-en'), { accuracy: 0.45, precision: 0.52 }],
  ['yoga-en', own('yoga-en'), { accuracy: 0.58, precision: 0.73, falseOos: 0.4 }],
  ['yoga-en-follow-ups', own('yoga-en'), { accuracy: 0.55, precision: 0.58 }],
  ['wintertires-en', own('wintertires-en'), { accuracy: 0.6, precision: 0.82, falseOos: 0.18 }],
  ['wintertires-en-follow-ups', own('wintertires-en'), { accuracy: 0.45, precision: 0.56 }],
  ['ceramics-en', own('ceramics-en'), { accuracy: 0.59, precision: 0.85, falseOos: 0.12 }],
  ['ceramics-en-follow-ups', own('ceramics-en'), { accuracy: 0.3, precision: 0.45 }],
  // The next eight, written later in that stop and scored on its start and after its follow-up changes
  // before anyone looked: smart locks, clothes for older people, pet supplies and fishing gear (zh);
  // standing desks, baby clothes, craft beer and refurbished cameras (en). Questions unchanged (480
  // right, 16 wrong, 19 outside of 720); follow-ups from 94, 18, 8 to 96, 18, 9 of 160.
  ['smartlocks-zh', own('smartlocks-zh'), { accuracy: 0.79, precision: 0.93, falseOos: 0.18 }],
  ['smartlocks-zh-follow-ups', own('smartlocks-zh'), { accuracy: 0.55, precision: 0.7 }],
  ['seniorwear-zh', own('seniorwear-zh'), { accuracy: 0.66, precision: 0.87, falseOos: 0.29 }],
  ['seniorwear-zh-follow-ups', own('seniorwear-zh'), { accuracy: 0.6, precision: 0.75 }],
  ['petsupplies-zh', own('petsupplies-zh'), { accuracy: 0.7, precision: 0.91, falseOos: 0.18 }],
  ['petsupplies-zh-follow-ups', own('petsupplies-zh'), { accuracy: 0.65, precision: 0.95 }],
  ['fishinggear-zh', own('fishinggear-zh'), { accuracy: 0.7, precision: 0.91, falseOos: 0.23 }],
  ['fishinggear-zh-follow-ups', own('fishinggear-zh'), { accuracy: 0.6, precision: 0.75 }],
  ['standingdesks-en', own('standingdesks-en'), { accuracy: 0.53, precision: 0.83, falseOos: 0.12 }],
  ['standingdesks-en-follow-ups', own('standingdesks-en'), { accuracy: 0.5, precision: 0.67 }],
  ['babyclothes-en', own('babyclothes-en'), { accuracy: 0.62, precision: 0.88, falseOos: 0.12 }],
  ['babyclothes-en-follow-ups', own('babyclothes-en'), { accuracy: 0.5, precision: 0.61 }],
  ['craftbeer-en', own('craftbeer-en'), { accuracy: 0.54, precision: 0.81, falseOos: 0.29 }],
  ['craftbeer-en-follow-ups', own('craftbeer-en'), { accuracy: 0.55, precision: 0.78 }],
  ['refurbcameras-en', own('refurbcameras-en'), { accuracy: 0.6, precision: 0.83, falseOos: 0.18 }],
  ['refurbcameras-en-follow-ups', own('refurbcameras-en'), { accuracy: 0.45, precision: 0.53 }],
  // Written by helpers who saw nothing of the engine, in the stop after (December 2026), and scored on
  // its starting engine before anyone looked. The first eight, worked on: yoga and fitness, projectors,
  // beauty, soap and candles (zh); coffee machines, women's shoes, 3D printers, maternity wear (en).
  // Questions from 482 right, 24 wrong, 17 outside to 488, 19, 17 of 720; follow-ups from 93, 23, 7 to
  // 98, 21, 7 of 160.
  ['yogafitness-zh', own('yogafitness-zh'), { accuracy: 0.71, precision: 0.93, falseOos: 0.18 }],
  ['yogafitness-zh-follow-ups', own('yogafitness-zh'), { accuracy: 0.55, precision: 0.66 }],
  ['projectors-zh', own('projectors-zh'), { accuracy: 0.68, precision: 0.91, falseOos: 0.23 }],
  ['projectors-zh-follow-ups', own('projectors-zh'), { accuracy: 0.65, precision: 0.87 }],
  ['beauty-zh', own('beauty-zh'), { accuracy: 0.69, precision: 0.89, falseOos: 0.29 }],
  ['beauty-zh-follow-ups', own('beauty-zh'), { accuracy: 0.5, precision: 0.66 }],
  ['soapcandles-zh', own('soapcandles-zh'), { accuracy: 0.62, precision: 0.92, falseOos: 0.06 }],
  ['soapcandles-zh-follow-ups', own('soapcandles-zh'), { accuracy: 0.7, precision: 0.87 }],
  ['coffeemachines-en', own('coffeemachines-en'), { accuracy: 0.63, precision: 0.8, falseOos: 0.29 }],
  ['coffeemachines-en-follow-ups', own('coffeemachines-en'), { accuracy: 0.5, precision: 0.53 }],
  ['womensshoes-en', own('womensshoes-en'), { accuracy: 0.59, precision: 0.81, falseOos: 0.12 }],
  ['womensshoes-en-follow-ups', own('womensshoes-en'), { accuracy: 0.5, precision: 0.59 }],
  ['printers3d-en', own('printers3d-en'), { accuracy: 0.65, precision: 0.94, falseOos: 0.12 }],
  ['printers3d-en-follow-ups', own('printers3d-en'), { accuracy: 0.5, precision: 0.66 }],
  ['maternity-en', own('maternity-en'), { accuracy: 0.66, precision: 0.82, falseOos: 0.18 }],
  ['maternity-en-follow-ups', own('maternity-en'), { accuracy: 0.6, precision: 0.79 }],
  // The next eight, written a third of the way in and scored on that stop's start and on its engine then
  // before anyone looked (questions 451 → 452 right, follow-ups 102 both), then worked on: robot
  // vacuums, car seats, PC parts, mooncakes (zh); purifiers, pushchairs, PC parts, gift baskets (en).
  // Questions 455 right, 22 wrong, 18 outside of 720; follow-ups from 102, 19, 7 to 104, 16, 7 of 160.
  ['robotvacuums-zh', own('robotvacuums-zh'), { accuracy: 0.64, precision: 0.92, falseOos: 0.12 }],
  ['robotvacuums-zh-follow-ups', own('robotvacuums-zh'), { accuracy: 0.75, precision: 0.95 }],
  ['carseats-zh', own('carseats-zh'), { accuracy: 0.71, precision: 0.95, falseOos: 0.12 }],
  ['carseats-zh-follow-ups', own('carseats-zh'), { accuracy: 0.7, precision: 0.82 }],
  ['pcparts-zh', own('pcparts-zh'), { accuracy: 0.68, precision: 0.91, falseOos: 0.18 }],
  ['pcparts-zh-follow-ups', own('pcparts-zh'), { accuracy: 0.7, precision: 0.76 }],
  ['mooncakes-zh', own('mooncakes-zh'), { accuracy: 0.73, precision: 0.88, falseOos: 0.34 }],
  ['mooncakes-zh-follow-ups', own('mooncakes-zh'), { accuracy: 0.75, precision: 0.88 }],
  ['purifiers-en', own('purifiers-en'), { accuracy: 0.55, precision: 0.84, falseOos: 0.18 }],
  ['purifiers-en-follow-ups', own('purifiers-en'), { accuracy: 0.6, precision: 0.76 }],
  ['pushchairs-en', own('pushchairs-en'), { accuracy: 0.6, precision: 0.8, falseOos: 0.23 }],
  ['pushchairs-en-follow-ups', own('pushchairs-en'), { accuracy: 0.35, precision: 0.56 }],
  ['pcparts-en', own('pcparts-en'), { accuracy: 0.58, precision: 0.83, falseOos: 0.18 }],
  ['pcparts-en-follow-ups', own('pcparts-en'), { accuracy: 0.6, precision: 0.63 }],
  ['giftbaskets-en', own('giftbaskets-en'), { accuracy: 0.38, precision: 0.63, falseOos: 0.18 }],
  ['giftbaskets-en-follow-ups', own('giftbaskets-en'), { accuracy: 0.35, precision: 0.58 }],
  // The last eight, written halfway and scored on the stop's start and at its end, not worked on:
  // basketball shoes, tea gifts, massage chairs, baby food (zh); tents, fragrances, surf gear, baby
  // food (en). Questions unchanged (478 right, 28 wrong, 20 outside of 720); follow-ups from 96, 16, 8
  // to 98, 16, 8 of 160.
  ['basketballshoes-zh', own('basketballshoes-zh'), { accuracy: 0.72, precision: 0.87, falseOos: 0.12 }],
  ['basketballshoes-zh-follow-ups', own('basketballshoes-zh'), { accuracy: 0.75, precision: 0.82 }],
  ['teagifts-zh', own('teagifts-zh'), { accuracy: 0.71, precision: 0.87, falseOos: 0.18 }],
  ['teagifts-zh-follow-ups', own('teagifts-zh'), { accuracy: 0.5, precision: 0.59 }],
  ['massagechairs-zh', own('massagechairs-zh'), { accuracy: 0.62, precision: 0.86, falseOos: 0.23 }],
  ['massagechairs-zh-follow-ups', own('massagechairs-zh'), { accuracy: 0.5, precision: 0.73 }],
  ['babyfood-zh', own('babyfood-zh'), { accuracy: 0.7, precision: 0.89, falseOos: 0.23 }],
  ['babyfood-zh-follow-ups', own('babyfood-zh'), { accuracy: 0.5, precision: 0.85 }],
  ['tents-en', own('tents-en'), { accuracy: 0.65, precision: 0.9, falseOos: 0.12 }],
  ['tents-en-follow-ups', own('tents-en'), { accuracy: 0.65, precision: 0.77 }],
  ['fragrances-en', own('fragrances-en'), { accuracy: 0.6, precision: 0.8, falseOos: 0.23 }],
  ['fragrances-en-follow-ups', own('fragrances-en'), { accuracy: 0.45, precision: 0.61 }],
  ['surf-en', own('surf-en'), { accuracy: 0.54, precision: 0.73, falseOos: 0.34 }],
  ['surf-en-follow-ups', own('surf-en'), { accuracy: 0.4, precision: 0.65 }],
  ['babyfood-en', own('babyfood-en'), { accuracy: 0.58, precision: 0.83, falseOos: 0.18 }],
  ['babyfood-en-follow-ups', own('babyfood-en'), { accuracy: 0.75, precision: 0.82 }],
  // The stop after (December 2026), eight more, scored on its starting engine before anyone looked and
  // worked on: leather goods, smartwatches, water purifiers, children's books (zh); e-bikes, handmade
  // tableware, hiking and trail shoes, board games and jigsaws (en). Questions from 466 right, 13 wrong,
  // 16 outside to 470, 9, 16 of 720; follow-ups from 94, 26, 8 to 97, 23, 8 of 160.
  ['leathergoods-zh', own('leathergoods-zh'), { accuracy: 0.59, precision: 0.94, falseOos: 0.12 }],
  ['leathergoods-zh-follow-ups', own('leathergoods-zh'), { accuracy: 0.7, precision: 0.81 }],
  ['smartwatches-zh', own('smartwatches-zh'), { accuracy: 0.73, precision: 0.93, falseOos: 0.18 }],
  ['smartwatches-zh-follow-ups', own('smartwatches-zh'), { accuracy: 0.65, precision: 0.68 }],
  ['waterpurifiers-zh', own('waterpurifiers-zh'), { accuracy: 0.69, precision: 0.92, falseOos: 0.12 }],
  ['waterpurifiers-zh-follow-ups', own('waterpurifiers-zh'), { accuracy: 0.5, precision: 0.66 }],
  ['kidsbooks-zh', own('kidsbooks-zh'), { accuracy: 0.7, precision: 0.91, falseOos: 0.18 }],
  ['kidsbooks-zh-follow-ups', own('kidsbooks-zh'), { accuracy: 0.6, precision: 0.65 }],
  ['ebikeshop-en', own('ebikeshop-en'), { accuracy: 0.62, precision: 0.9, falseOos: 0.18 }],
  ['ebikeshop-en-follow-ups', own('ebikeshop-en'), { accuracy: 0.35, precision: 0.53 }],
  ['tableware-en', own('tableware-en'), { accuracy: 0.7, precision: 0.93, falseOos: 0.12 }],
  ['tableware-en-follow-ups', own('tableware-en'), { accuracy: 0.45, precision: 0.61 }],
  ['trailshoes-en', own('trailshoes-en'), { accuracy: 0.44, precision: 0.84, falseOos: 0.23 }],
  ['trailshoes-en-follow-ups', own('trailshoes-en'), { accuracy: 0.65, precision: 0.75 }],
  ['jigsaws-en', own('jigsaws-en'), { accuracy: 0.56, precision: 0.79, falseOos: 0.29 }],
  ['jigsaws-en-follow-ups', own('jigsaws-en'), { accuracy: 0.5, precision: 0.68 }],
  // And four written halfway through it, never worked on: projector screens and TV mounts, teapots (zh);
  // swimwear and beach towels, refurbished phones (en). Scored at its start and at its end, the same:
  // questions 236 right, 18 wrong, 8 outside of 360; follow-ups 53, 14, 2 of 80.
  ['projectorscreens-zh', own('projectorscreens-zh'), { accuracy: 0.71, precision: 0.88, falseOos: 0.23 }],
  ['projectorscreens-zh-follow-ups', own('projectorscreens-zh'), { accuracy: 0.65, precision: 0.76 }],
  ['teapots-zh', own('teapots-zh'), { accuracy: 0.64, precision: 0.83, falseOos: 0.12 }],
  ['teapots-zh-follow-ups', own('teapots-zh'), { accuracy: 0.75, precision: 0.82 }],
  ['swimtowels-en', own('swimtowels-en'), { accuracy: 0.59, precision: 0.83, falseOos: 0.12 }],
  ['swimtowels-en-follow-ups', own('swimtowels-en'), { accuracy: 0.5, precision: 0.59 }],
  ['refurbphones-en', own('refurbphones-en'), { accuracy: 0.59, precision: 0.8, falseOos: 0.23 }],
  ['refurbphones-en-follow-ups', own('refurbphones-en'), { accuracy: 0.55, precision: 0.59 }],
  // The stop after (December 2026), eight more, scored on its starting engine before anyone looked and
  // worked on: electric toothbrushes, hot-pot bases, phone cases, rice and grains (zh); lighting,
  // vitamins, mechanical keyboards, haircare (en). Questions from 516 right, 21 wrong, 19 outside to
  // 538, 20, 19 of 720; follow-ups from 110, 21, 0 to 116, 18, 0 of 160.
  ['toothbrush-zh', own('toothbrush-zh'), { accuracy: 0.81, precision: 0.93, falseOos: 0.12 }],
  ['toothbrush-zh-follow-ups', own('toothbrush-zh'), { accuracy: 0.6, precision: 0.86 }],
  ['hotpot-zh', own('hotpot-zh'), { accuracy: 0.74, precision: 0.9, falseOos: 0.28 }],
  ['hotpot-zh-follow-ups', own('hotpot-zh'), { accuracy: 0.7, precision: 0.83 }],
  ['phonecases-zh', own('phonecases-zh'), { accuracy: 0.72, precision: 0.92, falseOos: 0.17 }],
  ['phonecases-zh-follow-ups', own('phonecases-zh'), { accuracy: 0.65, precision: 0.82 }],
  ['grains-zh', own('grains-zh'), { accuracy: 0.76, precision: 0.93, falseOos: 0.17 }],
  ['grains-zh-follow-ups', own('grains-zh'), { accuracy: 0.75, precision: 0.84 }],
  ['lighting-en', own('lighting-en'), { accuracy: 0.68, precision: 0.86, falseOos: 0.34 }],
  ['lighting-en-follow-ups', own('lighting-en'), { accuracy: 0.7, precision: 0.83 }],
  ['vitamins-en', own('vitamins-en'), { accuracy: 0.64, precision: 0.89, falseOos: 0.06 }],
  ['vitamins-en-follow-ups', own('vitamins-en'), { accuracy: 0.4, precision: 0.69 }],
  ['keyboards-en', own('keyboards-en'), { accuracy: 0.72, precision: 0.87, falseOos: 0.06 }],
  ['keyboards-en-follow-ups', own('keyboards-en'), { accuracy: 0.75, precision: 0.84 }],
  ['haircare-en', own('haircare-en'), { accuracy: 0.69, precision: 0.85, falseOos: 0.34 }],
  ['haircare-en-follow-ups', own('haircare-en'), { accuracy: 0.45, precision: 0.66 }],
  // And four written halfway through it, never worked on: honey, socks (zh); camera drones, rugs (en).
  // Scored at its start and at its end: questions 247 right, 16 wrong, 15 outside of 360 both times;
  // follow-ups 52, 11 to 53, 10 of 80.
  ['honey-zh', own('honey-zh'), { accuracy: 0.76, precision: 0.9, falseOos: 0.23 }],
  ['honey-zh-follow-ups', own('honey-zh'), { accuracy: 0.55, precision: 0.85 }],
  ['socks-zh', own('socks-zh'), { accuracy: 0.74, precision: 0.91, falseOos: 0.23 }],
  ['socks-zh-follow-ups', own('socks-zh'), { accuracy: 0.65, precision: 0.87 }],
  ['drones-en', own('drones-en'), { accuracy: 0.61, precision: 0.78, falseOos: 0.17 }],
  ['drones-en-follow-ups', own('drones-en'), { accuracy: 0.6, precision: 0.81 }],
  ['rugs-en', own('rugs-en'), { accuracy: 0.53, precision: 0.74, falseOos: 0.45 }],
  ['rugs-en-follow-ups', own('rugs-en'), { accuracy: 0.45, precision: 0.58 }],
  // Four more the next session, written by helpers who saw nothing of the engine and scored before anyone
  // looked: wedding photography, made-to-measure curtains (zh); equestrian tack, beekeeping (en).
  // Questions 252 right, 14 wrong, 20 outside of 360; follow-ups 49, 8 of 80. Their mixed-language questions
  // led to general words in lexicon/bilingual.ts (brand, makeup, electric, remote), two others to "missing
  // out" and "not even a scratch": 256, 12, 20 at the end of that session, follow-ups unchanged.
  ['weddingphoto-zh', own('weddingphoto-zh'), { accuracy: 0.69, precision: 0.85, falseOos: 0.39 }],
  ['weddingphoto-zh-follow-ups', own('weddingphoto-zh'), { accuracy: 0.6, precision: 0.81 }],
  ['curtains-zh', own('curtains-zh'), { accuracy: 0.73, precision: 0.84, falseOos: 0.39 }],
  ['curtains-zh-follow-ups', own('curtains-zh'), { accuracy: 0.8, precision: 0.89 }],
  ['equestrian-en', own('equestrian-en'), { accuracy: 0.67, precision: 0.82, falseOos: 0.28 }],
  ['equestrian-en-follow-ups', own('equestrian-en'), { accuracy: 0.35, precision: 0.8 }],
  ['beekeeping-en', own('beekeeping-en'), { accuracy: 0.63, precision: 0.83, falseOos: 0.28 }],
  ['beekeeping-en-follow-ups', own('beekeeping-en'), { accuracy: 0.3, precision: 0.58 }],
  // Four more the session after, likewise: calligraphy supplies, tiles and bathrooms (zh); scuba gear,
  // model railways (en). Questions 260 right, 13 wrong, 10 outside of 360; follow-ups 45, 10 of 80. What
  // they led to was general: English places as rivals (delivery within the UK against to Europe), a
  // refund not come against a returns policy that mentions one, places in China typed in pinyin, 开票,
  // 扛上来, a beginner's kit, a country named by its area, a place carried into 几天能到: 264, 10, 10
  // and follow-ups 48, 7 at the end of that session.
  ['calligraphy-zh', own('calligraphy-zh'), { accuracy: 0.8, precision: 0.89, falseOos: 0.23 }],
  ['calligraphy-zh-follow-ups', own('calligraphy-zh'), { accuracy: 0.75, precision: 0.93 }],
  ['tiles-zh', own('tiles-zh'), { accuracy: 0.78, precision: 0.93, falseOos: 0.17 }],
  ['tiles-zh-follow-ups', own('tiles-zh'), { accuracy: 0.6, precision: 0.8 }],
  ['scuba-en', own('scuba-en'), { accuracy: 0.67, precision: 0.85, falseOos: 0.12 }],
  ['scuba-en-follow-ups', own('scuba-en'), { accuracy: 0.45, precision: 0.7 }],
  ['modeltrains-en', own('modeltrains-en'), { accuracy: 0.6, precision: 0.82, falseOos: 0.28 }],
  ['modeltrains-en-follow-ups', own('modeltrains-en'), { accuracy: 0.4, precision: 0.75 }],
  // And four written halfway through that session, scored on the engine it started with: power banks,
  // wigs (zh); motorcycle gear, hot tubs and pool supplies (en). Questions 252 right, 6 wrong, 16 outside
  // of 360; follow-ups 53, 9 of 80. The session's changes made before them (none made for them) gave
  // 253, 5, 16; a place carried into 到上海要几天 then 54, 8.
  ['powerbanks-zh', own('powerbanks-zh'), { accuracy: 0.73, precision: 0.86, falseOos: 0.39 }],
  ['powerbanks-zh-follow-ups', own('powerbanks-zh'), { accuracy: 0.9, precision: 0.94 }],
  ['wigs-zh', own('wigs-zh'), { accuracy: 0.77, precision: 0.92, falseOos: 0.17 }],
  ['wigs-zh-follow-ups', own('wigs-zh'), { accuracy: 0.65, precision: 0.76 }],
  ['motorcyclegear-en', own('motorcyclegear-en'), { accuracy: 0.65, precision: 0.87, falseOos: 0.28 }],
  ['motorcyclegear-en-follow-ups', own('motorcyclegear-en'), { accuracy: 0.45, precision: 0.83 }],
  ['hottubs-en', own('hottubs-en'), { accuracy: 0.56, precision: 0.84, falseOos: 0.28 }],
  ['hottubs-en-follow-ups', own('hottubs-en'), { accuracy: 0.5, precision: 0.66 }],
  // And four more near that session's end, scored on the engine it started with: glasses and lenses,
  // maternity wear (zh); bicycle parts, perfume samples (en). Questions 267 right, 8 wrong, 10 outside of
  // 360, follow-ups 59, 13 of 80, the same with the session's changes made before them; "can I get it
  // faster?" (after a delivery question, answered by the refund entry's "get" twice) then 59, 11.
  ['eyeglasses-zh', own('eyeglasses-zh'), { accuracy: 0.73, precision: 0.89, falseOos: 0.34 }],
  ['eyeglasses-zh-follow-ups', own('eyeglasses-zh'), { accuracy: 0.8, precision: 0.94 }],
  ['maternity-zh', own('maternity-zh'), { accuracy: 0.81, precision: 0.95, falseOos: 0.12 }],
  ['maternity-zh-follow-ups', own('maternity-zh'), { accuracy: 0.9, precision: 0.9 }],
  ['bikeparts-en', own('bikeparts-en'), { accuracy: 0.62, precision: 0.86, falseOos: 0.12 }],
  ['bikeparts-en-follow-ups', own('bikeparts-en'), { accuracy: 0.4, precision: 0.58 }],
  ['perfumesamples-en', own('perfumesamples-en'), { accuracy: 0.71, precision: 0.85, falseOos: 0.23 }],
  ['perfumesamples-en-follow-ups', own('perfumesamples-en'), { accuracy: 0.65, precision: 0.68 }],  ['flooring-zh', own('flooring-zh'), { accuracy: 0.68, precision: 0.88, falseOos: 0.17 }],
  ['flooring-zh-follow-ups', own('flooring-zh'), { accuracy: 0.65, precision: 0.87 }],
  ['curedmeat-zh', own('curedmeat-zh'), { accuracy: 0.76, precision: 0.9, falseOos: 0.17 }],
  ['curedmeat-zh-follow-ups', own('curedmeat-zh'), { accuracy: 0.85, precision: 0.94 }],
  ['kayaks-en', own('kayaks-en'), { accuracy: 0.63, precision: 0.78, falseOos: 0.23 }],
  ['kayaks-en-follow-ups', own('kayaks-en'), { accuracy: 0.45, precision: 0.62 }],
  ['skateboards-en', own('skateboards-en'), { accuracy: 0.66, precision: 0.85, falseOos: 0.34 }],
  ['skateboards-en-follow-ups', own('skateboards-en'), { accuracy: 0.55, precision: 0.75 }],
  ['dentalcare-zh', own('dentalcare-zh'), { accuracy: 0.78, precision: 0.91, falseOos: 0.17 }],
  ['dentalcare-zh-follow-ups', own('dentalcare-zh'), { accuracy: 0.6, precision: 0.92 }],
  ['petinsurance-zh', own('petinsurance-zh'), { accuracy: 0.76, precision: 0.91, falseOos: 0.28 }],
  ['petinsurance-zh-follow-ups', own('petinsurance-zh'), { accuracy: 0.75, precision: 0.88 }],
  ['bouldering-en', own('bouldering-en'), { accuracy: 0.67, precision: 0.81, falseOos: 0.34 }],
  ['bouldering-en-follow-ups', own('bouldering-en'), { accuracy: 0.5, precision: 0.64 }],
  ['cheesemonger-en', own('cheesemonger-en'), { accuracy: 0.54, precision: 0.77, falseOos: 0.34 }],
  ['cheesemonger-en-follow-ups', own('cheesemonger-en'), { accuracy: 0.35, precision: 0.61 }],
];

/** Complaint batches (escalate true) mixed with ordinary questions (false) → knowledge, and the floors. */
const complaints: [string, string, { recall: number; precision: number }][] = [
  ['escalation', sample, { recall: 0.97, precision: 0.96 }],
  // Complaints to all kinds of services, scored once before the cues they led to (11 of 25 then).
  ['escalation-2', sample, { recall: 0.64, precision: 0.85 }],
  // Shop complaints, a third batch (10 of 25 then, no false alarm).
  ['escalation-3', sample, { recall: 0.64, precision: 0.9 }],
  // A fourth batch (19 of 25 then; one false alarm of 15: 送我妈的 read as 妈的; two more ordinary
  // questions meet entries the sample shop hands over by design, 受潮 and bulk buying).
  ['escalation-4', sample, { recall: 0.9, precision: 0.9 }],
  // A fifth, written by a helper who saw nothing of the engine, with sarcasm, scams, safety and
  // ordinary questions using strong words (42 of 50 then, 5 false alarms of 30).
  ['escalation-5', sample, { recall: 0.96, precision: 0.9 }],
  // In English, against an English shop (7 of 20 then, and an order number read as a hotline).
  ['escalation-en-2', shop('gadget-shop'), { recall: 0.75, precision: 0.9 }],
  // A second English batch (12 of 20 then, no false alarm of 15).
  ['escalation-en-3', shop('gadget-shop'), { recall: 0.9, precision: 0.9 }],
  // A third, by the same helper as the fifth (20 of 38 then, 1 false alarm of 22).
  ['escalation-en-4', shop('gadget-shop'), { recall: 0.94, precision: 0.94 }],
  // A sixth and a fifth English one, by a helper asked to avoid the obvious words in half of them
  // (Chinese 32 of 50 then, 5 false alarms of 30; English 20 of 40, 3 of 25). The English false alarm
  // left is a request to speak to someone about a bulk order: a person is the right answer to it.
  ['escalation-6', sample, { recall: 0.96, precision: 0.96 }],
  ['escalation-en-5', shop('gadget-shop'), { recall: 0.97, precision: 0.95 }],
  // A seventh and a sixth English one, by the same kind of helper (Chinese 41 of 50 then, 3 false
  // alarms of 30; English 20 of 40, 3 of 25). Three of the English misses left demand compensation or a
  // refund in so many words: in English that is mostly a refund by another name (the bitext suite
  // answers it), so it weighs without handing off by itself.
  ['escalation-7', sample, { recall: 0.97, precision: 0.95 }],
  ['escalation-en-6', shop('gadget-shop'), { recall: 0.8, precision: 0.9 }],
];

describe('questions in the team\u2019s own words', () => {
  for (const [name, knowledge, floors] of sets) {
    it(`${name}: answered rightly, rarely wrongly`, async () => {
      const s = await scoreShop(knowledge, path.join(here, `team-wording/cases/${name}.jsonl`));
      expect(s.accuracy, 'accuracy').toBeGreaterThanOrEqual(floors.accuracy);
      if (floors.precision !== undefined) expect(s.answered_precision!, 'answered precision').toBeGreaterThanOrEqual(floors.precision);
      if (floors.falseOos !== undefined) expect(s.false_answer_rate_oos!, 'answered out of knowledge').toBeLessThanOrEqual(floors.falseOos);
    });
  }

  it('answers every stored question of the small FAQs, asked word for word, from its own entry', async () => {
    for (const name of ['appliance-zh', 'pet-zh', 'fashion-en', 'outdoor-en', 'digital-zh', 'fresh-zh', 'furniture-zh', 'coffee-en', 'orchard-zh', 'shoes-zh', 'store-en', 'tea-zh', 'skincare-en', 'luggage-zh', 'pets-en', 'bedding-zh', 'bikes-en', 'flowers-zh', 'eyewear-en', 'jewelry-zh', 'mattress-en', 'outdoor-zh', 'refurb-en', 'kitchen-zh', 'garden-en', 'seafood-zh', 'furniture-en', 'car-zh', 'books-en', 'stationery-zh', 'toys-en', 'supplements-zh', 'candles-en', 'instruments-zh', 'art-en', 'plants-zh', 'perfume-en', 'fitness-zh', 'gifts-en', 'phones-zh', 'bakery-en', 'cameras-zh', 'boardgames-en', 'toys-zh', 'watches-en', 'wine-zh', 'yarn-en', 'running-en', 'groceries-zh', 'cleaning-zh', 'swimwear-en', 'womenswear-zh', 'accessories-en', 'eyewear-zh', 'knives-en', 'hanfu-zh', 'fishing-zh', 'sewing-en', 'golf-en', 'gamecards-zh', 'babygear-en', 'florist-zh', 'espresso-en', 'resale-zh', 'vinyl-en', 'repairs-zh', 'patio-en', 'mattresses-zh', 'photobooks-en', 'pharmacy-zh', 'ebikes-zh', 'office-zh', 'housekeeping-zh', 'tickets-zh', 'wallpaper-en', 'software-en', 'ebikes-en', 'mealkits-en', 'printing-en', 'textbooks-zh', 'examprep-zh', 'guitars-en', 'homegym-en', 'crossborder-zh', 'freshfood-zh', 'tyres-zh', 'bedding-en', 'houseplants-en', 'rings-en', 'simcards-zh', 'puzzles-en', 'smarthome-zh', 'baking-zh', 'eldercare-zh', 'printshop-zh', 'smarthome-en', 'bandrental-en', 'merino-en', 'officechairs-en', 'cycling-zh', 'teaware-zh', 'waterfilters-zh', 'grooming-en', 'hockey-en', 'bridal-en', 'musiclessons-zh', 'tours-zh', 'aquarium-en', 'opticians-en', 'sneakers-zh', 'lighting-zh', 'uniforms-en', 'petpharmacy-en', 'gold-zh', 'journaling-zh', 'learningtoys-en', 'wineclub-en', 'camping-zh', 'tablets-zh', 'herbal-zh', 'weddingrental-zh', 'cyclescheme-en', 'organicbeauty-en', 'overlanding-en', 'teaclub-en', 'kitchenappliances-zh', 'picturebooks-zh', 'nutgifts-zh', 'vintage-en', 'hikingboots-en', 'babyformula-en', 'downjackets-zh', 'petfuneral-zh', 'cakes-zh', 'refurblaptops-en', 'framing-en', 'kidsswim-en']) {
      for (const { question, expected, got } of await storedQuestionAnswers(own(name))) expect(got, `${name}: ${question}`).toBe(expected);
    }
  });

  for (const [name, knowledge, floors] of complaints) {
    it(`${name}: complaints said sideways are handed to a person, ordinary questions are not`, async () => {
      const e = (await scoreShop(knowledge, path.join(here, `team-wording/cases/${name}.jsonl`))).escalation as { precision: number; recall: number };
      expect(e.recall, 'recall').toBeGreaterThanOrEqual(floors.recall);
      expect(e.precision, 'precision').toBeGreaterThanOrEqual(floors.precision);
    });
  }
});
