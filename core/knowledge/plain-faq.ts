// The fast path for the evaluation suites' knowledge: an FAQ file of plain `{id, questions, answer}`
// entries, written the way the suites' generator writes it —
//
//   # a comment
//   - id: atec-d0000
//     questions:
//       - "刚才我买了一个东西……"
//     answer: "（atec-d0000 的答案）"
//
// — is read and checked here without js-yaml and zod, which together cost a cold `xiaoer match` more
// than a third of the time it takes to index 1,200 entries. Both functions accept only what YAML and the
// schema accept in that form, and return what they would; anything else (another layout, a single-quoted
// or folded string, an escape beyond JSON's, a mistake of any kind) returns undefined and takes the
// general path, which also words the errors.
import type { FaqEntry } from './schema.js';

// What js-yaml refuses anywhere in a stream.
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/u;
/** A plain scalar that YAML's core schema reads as a string (not a number, boolean, null or date). */
const PLAIN = /^([A-Za-z_][\w.-]*)(?: +#.*| *)$/u;
const KEYWORDS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);
/** After a closing quote: spaces, or a comment. */
const AFTER_QUOTE = /^(?: +#.*| *)$/u;
/** Escapes that mean the same in YAML's double-quoted strings and in JSON's. */
const SHARED_ESCAPES = '"\\nrtbf';
const ITEM_KEY = /^- ([a-z_]+):(?: (.*))?$/u;
const KEY = /^ {2}([a-z_]+):(?: (.*))?$/u;
const LIST_ITEM = '    - ';

/** A one-line scalar: a double-quoted string or a plain word; undefined for any other form. */
function scalar(source: string): string | undefined {
  if (source.charCodeAt(0) === 34 /* " */) {
    let end = source.indexOf('"', 1);
    for (let at = source.indexOf('\\', 1); at >= 0 && at < end; at = source.indexOf('\\', at + 2)) {
      if (!SHARED_ESCAPES.includes(source.charAt(at + 1))) return undefined;
      if (at + 1 === end) end = source.indexOf('"', end + 1); // an escaped quote
    }
    if (end < 0 || (end + 1 < source.length && !AFTER_QUOTE.test(source.slice(end + 1)))) return undefined;
    try {
      return JSON.parse(source.slice(0, end + 1)) as string;
    } catch {
      return undefined; // a raw control character, which JSON refuses and YAML may not
    }
  }
  const plain = PLAIN.exec(source)?.[1];
  return plain === undefined || KEYWORDS.has(plain) ? undefined : plain;
}

/**
 * The value js-yaml would parse from an FAQ file in the suites' layout (a list of mappings whose
 * values are one-line scalars or lists of them), or undefined for a file in any other layout.
 */
export function parsePlainFaqYaml(text: string): Record<string, unknown>[] | undefined {
  if (text.includes('\r') || text.includes('\t') || text.startsWith('\uFEFF') || NON_PRINTABLE.test(text)) return undefined;
  const items: Record<string, unknown>[] = [];
  let item: Record<string, unknown> | undefined;
  let list: string[] | undefined; // the list being filled, under the item's last key
  let empty = false; // the document was `[]`
  const endList = () => list === undefined || list.length > 0;
  const put = (key: string, value: string | undefined): boolean => {
    if (!item || key in item || !endList()) return false;
    if (value === undefined || value === '') item[key] = list = [];
    else {
      const parsed = scalar(value);
      if (parsed === undefined) return false;
      item[key] = parsed;
      list = undefined;
    }
    return true;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith(LIST_ITEM)) {
      const value = list && !empty ? scalar(line.slice(LIST_ITEM.length)) : undefined;
      if (value === undefined) return undefined;
      list!.push(value);
      continue;
    }
    const start = line.search(/\S/u);
    if (start < 0 || line[start] === '#') continue;
    if (empty) return undefined;
    let m: RegExpExecArray | null;
    if ((m = KEY.exec(line))) {
      if (!put(m[1]!, m[2])) return undefined;
    } else if ((m = ITEM_KEY.exec(line))) {
      if (!endList()) return undefined;
      items.push((item = {}));
      list = undefined;
      if (!put(m[1]!, m[2])) return undefined;
    } else if (/^\[\](?: +#.*| *)$/u.test(line) && !items.length) empty = true;
    else return undefined;
  }
  return (items.length || empty) && endList() ? items : undefined;
}

const PLAIN_ID = /^[\w.\-:]+$/u;
const trimmedText = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text ? text : undefined;
};

/**
 * The entries of an FAQ file holding only `{id, questions, answer}` items, all valid, exactly as the
 * schema (schema.ts `faqEntry`) returns them; undefined when anything differs.
 */
export function plainFaqEntries(data: unknown): FaqEntry[] | undefined {
  if (!Array.isArray(data)) return undefined;
  const out: FaqEntry[] = new Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const item: unknown = data[i];
    if (typeof item !== 'object' || item === null || Object.getPrototypeOf(item) !== Object.prototype) return undefined;
    let keys = 0;
    for (const key in item) {
      if (key !== 'id' && key !== 'questions' && key !== 'answer') return undefined;
      keys++;
    }
    const { id, questions, answer } = item as Record<string, unknown>;
    if (keys !== 3 || typeof id !== 'string' || !PLAIN_ID.test(id) || !Array.isArray(questions) || !questions.length) return undefined;
    const texts: string[] = new Array(questions.length);
    for (let q = 0; q < questions.length; q++) {
      const text = trimmedText(questions[q]);
      if (text === undefined) return undefined;
      texts[q] = text;
    }
    const answerText = trimmedText(answer);
    if (answerText === undefined) return undefined;
    out[i] = { id, questions: texts, answer: answerText };
  }
  return out;
}
