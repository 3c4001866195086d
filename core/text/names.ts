// Capitalised words inside an English sentence are names (Anna Freeman, Detroit, Gold in "the Gold
// plan"): they say which instance the customer means, not what the customer wants, so matching lets
// them count less in customers' messages (the knowledge's own are the shop's things, asked about by name).
// Read from the raw text, before normalisation lowers the case.

const WORD = /[A-Za-z][A-Za-z'-]*/gu;

/**
 * Words no name is made of (Anna Freeman, the Gold plan, Wren & Loom; not may or will, which are a
 * month and a name too). Two of them capitalised inside a sentence ("You Sent Me The Wrong One"), or
 * one in a message with no word in lower case ("Do U Have Klarna"), say it is written In Title Case;
 * one alone is a name's ("do you sell The Ordinary serum").
 */
const FUNCTION_WORDS = new Set(
  'the an my your our their his her its me us them you we they he she it is are was were be been have has had do does did would can could should might must to of for in on at by with from into about this that these those not no'.split(' '),
);

/** The lower-cased capitalised words of a text, except sentence-initial words and "I". */
export function capitalizedWords(raw: string): Set<string> {
  const out = new Set<string>();
  let lowercase = 0;
  let functionWords = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(raw); m; m = WORD.exec(raw)) {
    const word = m[0];
    if (!/^[A-Z][a-z]/u.test(word)) {
      if (/^[a-z]/u.test(word)) lowercase++;
      continue;
    }
    // The first word of the text or of a sentence is capitalised whatever it is.
    const before = raw.slice(0, m.index).trimEnd();
    if (before === '' || (/[.!?。！？:\n]$/u.test(before) && !/\b(?:mr|ms|mrs|dr|st)\.$/iu.test(before))) continue;
    if (word === 'I' || /^I'/u.test(word) || /^(mr|mrs|ms|dr|miss|sir)$/iu.test(word)) continue;
    const lower = word.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) functionWords++;
    out.add(lower);
  }
  // Written In Title Case, every word is capitalised: none is a name by that. ("Is Anna Freeman in New
  // York?" keeps its names: "in" is not capitalised.)
  const titleCase = functionWords >= 2 || (lowercase === 0 && (functionWords > 0 || out.size > 2));
  return titleCase ? new Set() : out;
}
