// Capitalised words inside an English sentence are names (Anna Freeman, Detroit, Gold in "the Gold
// plan"): they say which instance the customer means, not what the customer wants, so matching lets
// them count less in customers' messages (the knowledge's own are the shop's things, asked about by name).
// Read from the raw text, before normalisation lowers the case.

const WORD = /[A-Za-z][A-Za-z'-]*/gu;

/** The lower-cased capitalised words of a text, except sentence-initial words and "I". */
export function capitalizedWords(raw: string): Set<string> {
  const out = new Set<string>();
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(raw); m; m = WORD.exec(raw)) {
    const word = m[0];
    words++;
    if (!/^[A-Z][a-z]/u.test(word)) continue;
    // The first word of the text or of a sentence is capitalised whatever it is.
    const before = raw.slice(0, m.index).trimEnd();
    if (before === '' || (/[.!?。！？:\n]$/u.test(before) && !/\b(?:mr|ms|mrs|dr|st)\.$/iu.test(before))) continue;
    if (word === 'I' || /^I'/u.test(word) || /^(mr|mrs|ms|dr|miss|sir)$/iu.test(word)) continue;
    out.add(word.toLowerCase());
  }
  // Written In Title Case, (nearly) every word is capitalised: none is a name by that. ("Is Anna Freeman
  // in New York?" keeps its names: "in" is not.)
  return out.size > 2 && out.size >= words - 1 ? new Set() : out;
}
