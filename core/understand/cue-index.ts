// Which escalation cues (lexicon/signals.ts) can match a text at all, without running them: most
// messages are ordinary questions that match none, and compiling and running two hundred regular
// expressions (or one alternation of all of them) costs a short `xiaoer match` process more than
// the rest of reading the message. Each cue's pattern is read once for the characters its matches
// must contain: one of each mandatory part (不会再(买|用|来) needs 不, 会, 再 and one of 买用来).
// A cue is run only when the text holds them all. What this reading cannot vouch for (., \w, a
// negated class, a wide range, a lookaround) requires nothing, so skipping never changes what is found.
// Two plain characters in a row also require the pair (投诉 needs 投诉, "glad" needs gl, la, ad): English
// cues are made of the same two dozen letters as every message, and by letters alone nearly all of them
// would run on each one. A pair is kept as a number of its own above the characters' (PAIR + a hash of
// the two: a collision only runs a cue for nothing).
import type { Cue } from './lexicon/signals.js';

/** Ranges up to this many characters ([0-9], [bx]) are spelled out; wider ones vouch for nothing. */
const MAX_RANGE = 64;

/** Pairs of characters are numbered from here (see pairCode). */
const PAIR = 0x10000;
const pairCode = (a: number, b: number) => PAIR + ((Math.imul(a, 0x9e3779b1) ^ b) & 0xffff);

export class CueIndex {
  /**
   * Per cue, the characters (and pairs) its matches must hold, flat: clause c of cue i is `codes[clauseStart[c]
   * .. clauseStart[c + 1] - 1]` for c from `cueStart[i]` to `cueStart[i + 1] - 1`; a match holds
   * one character of each clause.
   */
  private readonly codes: Int32Array;
  private readonly clauseStart: Int32Array;
  private readonly cueStart: Int32Array;
  /** Character or pair code → the cues whose first clause holds it (most characters: none). */
  private readonly byChar = new Map<number, number[]>();
  /** Cues that require nothing: always run. */
  private readonly always: number[] = [];
  /** By character or pair code: the stamp of the last text holding it. */
  private readonly present = new Int32Array(2 * PAIR);
  /** By cue: the stamp of the last text it was looked at for. */
  private readonly considered: Int32Array;
  private stamp = 0;

  constructor(readonly cues: readonly Cue[]) {
    const codes: number[] = [];
    const clauseStart: number[] = [0];
    const cueStart: number[] = [0];
    cues.forEach((cue, i) => {
      const clauses = cue.pattern.flags.includes('i') ? [] : requiredCodes(cue.pattern.source);
      if (!clauses.length) this.always.push(i);
      for (const c of clauses[0] ?? []) {
        const list = this.byChar.get(c);
        if (!list) this.byChar.set(c, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
      for (const clause of clauses) {
        for (const c of clause) codes.push(c);
        clauseStart.push(codes.length);
      }
      cueStart.push(clauseStart.length - 1);
    });
    this.considered = new Int32Array(cues.length);
    this.codes = Int32Array.from(codes);
    this.clauseStart = Int32Array.from(clauseStart);
    this.cueStart = Int32Array.from(cueStart);
  }

  /** The cues that may match `text`, in cue order. */
  candidates(text: string): Cue[] {
    const stamp = ++this.stamp;
    const { present, considered } = this;
    // The text's characters and pairs marked, and the cues whose first clause it meets; then those
    // meeting all their clauses.
    const maybe = [...this.always];
    const consider = (code: number) => {
      present[code] = stamp;
      const list = this.byChar.get(code);
      if (!list) return;
      for (const i of list) {
        if (considered[i] === stamp) continue;
        considered[i] = stamp;
        maybe.push(i);
      }
    };
    let previous = -1;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      consider(c);
      if (previous >= 0) consider(pairCode(previous, c));
      previous = c;
    }
    if (!maybe.length) return [];
    maybe.sort((a, b) => a - b);
    const out: Cue[] = [];
    for (const i of maybe) if (this.holds(i, stamp)) out.push(this.cues[i]!);
    return out;
  }

  /** Whether the text marked `stamp` holds a character (or pair) of each of the cue's clauses. */
  private holds(cue: number, stamp: number): boolean {
    const { present, codes, clauseStart, cueStart } = this;
    for (let c = cueStart[cue]!; c < cueStart[cue + 1]!; c++) {
      let found = false;
      for (let k = clauseStart[c]!; k < clauseStart[c + 1]! && !found; k++) found = present[codes[k]!] === stamp;
      if (!found) return false;
    }
    return true;
  }
}

/**
 * What every match of the pattern (a regular expression's source, not case-insensitive) contains: a
 * character of each set. Empty when nothing can be said.
 */
export function requiredChars(source: string): Set<string>[] {
  const parser = new Parser(source, true);
  const spell = (code: number) => (code < PAIR ? String.fromCharCode(code) : parser.pairs.get(code)!);
  return requiredCodes(source, parser).map((clause) => new Set(clause.map(spell)));
}

/** requiredChars as character codes (and pair codes), each clause without repeats. */
function requiredCodes(source: string, parser = new Parser(source)): number[][] {
  const out = parser.alternation();
  return parser.at === source.length ? out : [];
}

// The syntax's characters by code: the parser reads codes, as a Chinese character read as a string
// is a new string each time, and a process reads the cues' 26,000 characters once, in the interpreter
// (this costs a short `xiaoer match` run some 20 ms read by strings, half that by codes).
const BAR = 0x7c, OPEN = 0x28, CLOSE = 0x29, SQUARE = 0x5b, SQUARE_END = 0x5d, BACKSLASH = 0x5c;
const QUESTION = 0x3f, STAR = 0x2a, PLUS = 0x2b, BRACE = 0x7b, CARET = 0x5e, DOLLAR = 0x24, DOT = 0x2e;
const HYPHEN = 0x2d, COLON = 0x3a, LESS = 0x3c, EQUALS = 0x3d, BANG = 0x21;

/** A recursive-descent reading of the regular-expression syntax the cues use. */
class Parser {
  at = 0;
  /** The pairs read, by code, when asked to spell them out (requiredChars). */
  readonly pairs = new Map<number, string>();
  constructor(
    readonly src: string,
    private readonly spellsPairs = false,
  ) {}

  /**
   * a|b|c: the alternatives' requirements cannot all be kept; one character of the union of each
   * alternative's most selective set can (none, if an alternative requires nothing).
   */
  alternation(): number[][] {
    const first = this.sequence();
    if (this.src.charCodeAt(this.at) !== BAR) return first;
    let union: number[] | undefined = first.length ? smallest(first).slice() : undefined;
    while (this.src.charCodeAt(this.at) === BAR) {
      this.at++;
      const next = this.sequence();
      if (!next.length) union = undefined;
      if (!union) continue;
      for (const c of smallest(next)) if (!union.includes(c)) union.push(c);
    }
    return union ? [union] : [];
  }

  /** abc: what each mandatory part requires (and each two plain characters in a row, the pair). */
  sequence(): number[][] {
    const out: number[][] = [];
    const src = this.src;
    // The plain character just read, when it must be there (-1 otherwise): the next one pairs with it.
    let previous = -1;
    for (;;) {
      const c = src.charCodeAt(this.at);
      if (c !== c || c === BAR || c === CLOSE) return out;
      // A plain character, the common case: one clause of itself.
      if (c !== OPEN && c !== SQUARE && c !== BACKSLASH && c !== DOT && c !== CARET && c !== DOLLAR) {
        this.at++;
        const astral = c >= 0xd800 && c <= 0xdbff;
        if (astral) this.at++;
        if (this.quantifier() >= 1) {
          out.push([c]);
          if (previous >= 0 && !astral) {
            const pair = pairCode(previous, c);
            if (this.spellsPairs) this.pairs.set(pair, String.fromCharCode(previous, c));
            out.push([pair]);
          }
          previous = astral ? -1 : c;
        } else previous = -1;
        continue;
      }
      previous = -1;
      const atom = this.atom();
      if (this.quantifier() >= 1) for (const clause of atom) out.push(clause);
    }
  }

  /** The smallest number of repetitions the quantifier after an atom allows (1 without one). */
  quantifier(): number {
    const c = this.src.charCodeAt(this.at);
    let min = 1;
    if (c === QUESTION || c === STAR) {
      min = 0;
      this.at++;
    } else if (c === PLUS) this.at++;
    else if (c === BRACE) {
      const m = /^\{(\d+)(,\d*)?\}/u.exec(this.src.slice(this.at, this.at + 12));
      if (!m) return 1; // a literal brace
      min = Number(m[1]);
      this.at += m[0].length;
    } else return 1;
    if (this.src.charCodeAt(this.at) === QUESTION) this.at++; // lazy
    return min;
  }

  /** A group, a class or an escape (a plain character is read in `sequence`); `.`, `^`, `$` require nothing. */
  atom(): number[][] {
    const src = this.src;
    const c = src.charCodeAt(this.at++);
    if (c === OPEN) {
      let zeroWidth = false;
      if (src.charCodeAt(this.at) === QUESTION) {
        const n = src.charCodeAt(this.at + 1);
        if (n === COLON) this.at += 2;
        // A lookaround consumes nothing.
        else if (n === EQUALS || n === BANG) (zeroWidth = true), (this.at += 2);
        else if (n === LESS && (src.charCodeAt(this.at + 2) === EQUALS || src.charCodeAt(this.at + 2) === BANG)) (zeroWidth = true), (this.at += 3);
        else if (n === LESS) this.at = src.indexOf('>', this.at) + 1;
      }
      const inner = this.alternation();
      if (src.charCodeAt(this.at) !== CLOSE) throw new SyntaxError(`unbalanced group in ${src}`);
      this.at++;
      return zeroWidth ? [] : inner;
    }
    if (c === SQUARE) return this.characterClass();
    if (c === BACKSLASH) return this.escape();
    return [];
  }

  /** After a backslash outside a class. */
  escape(): number[][] {
    const c = this.src[this.at++]!;
    if (/[bBdDwWsSpPk0-9]/u.test(c)) {
      // \b and \B consume nothing; \d, \w, \s… are wide; \p{…} and back-references are not read.
      if ((c === 'p' || c === 'P') && this.src.charCodeAt(this.at) === BRACE) this.at = this.src.indexOf('}', this.at) + 1;
      return [];
    }
    const special = this.escaped(c);
    return special === null ? [] : [[special]];
  }

  /** [abc], [a-c]: one of the characters listed; nothing for a negated or wide class. */
  characterClass(): number[][] {
    const src = this.src;
    let negated = false;
    if (src.charCodeAt(this.at) === CARET) {
      negated = true;
      this.at++;
    }
    const out: number[] = [];
    let wide = false;
    while (this.at < src.length && src.charCodeAt(this.at) !== SQUARE_END) {
      let c: number | null = src.charCodeAt(this.at++);
      if (c === BACKSLASH) {
        const e = src[this.at++]!;
        c = /[dDwWsSpPbB]/u.test(e) ? null : this.escaped(e);
        if (c === null) {
          wide = true;
          continue;
        }
      }
      if (src.charCodeAt(this.at) === HYPHEN && src.charCodeAt(this.at + 1) !== SQUARE_END && this.at + 1 < src.length) {
        this.at++;
        let to: number | null = src.charCodeAt(this.at++);
        if (to === BACKSLASH) to = this.escaped(src[this.at++]!);
        if (to === null || to - c >= MAX_RANGE) {
          wide = true;
          continue;
        }
        for (let code = c; code <= to; code++) if (!out.includes(code)) out.push(code);
      } else if (!out.includes(c)) out.push(c);
    }
    if (src.charCodeAt(this.at) !== SQUARE_END) throw new SyntaxError(`unbalanced class in ${src}`);
    this.at++;
    return negated || wide || out.length === 0 ? [] : [out];
  }

  /** The code of the character an escape stands for (\n, \t, \u4e00, \?), or null for one not read here. */
  escaped(c: string): number | null {
    if (c === 'n') return 0x0a;
    if (c === 't') return 0x09;
    if (c === 'r') return 0x0d;
    if (c === 'u' || c === 'x') {
      const m = (c === 'u' ? /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/u : /^([0-9a-fA-F]{2})/u).exec(this.src.slice(this.at, this.at + 10));
      if (!m) return null;
      this.at += m[0].length;
      const code = parseInt(m[1] ?? m[2]!, 16);
      return code > 0xffff ? null : code;
    }
    return /[a-zA-Z0-9]/u.test(c) ? null : c.charCodeAt(0);
  }
}

/** The clause with the fewest characters, a pair before a single one: the most selective. */
function smallest(required: number[][]): number[] {
  let best = required[0]!;
  for (const r of required) if (r.length < best.length || (r.length === best.length && r[0]! >= PAIR && best[0]! < PAIR)) best = r;
  return best;
}
