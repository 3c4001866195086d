// Which escalation cues (lexicon/signals.ts) can match a text at all, without running them: most
// messages are ordinary questions that match none, and compiling and running two hundred regular
// expressions (or one alternation of all of them) costs a short `xiaoer match` process more than
// the rest of reading the message. Each cue's pattern is read once for the characters its matches
// must contain: one of each mandatory part (不会再(买|用|来) needs 不, 会, 再 and one of 买用来).
// A cue is run only when the text holds them all. What this reading cannot vouch for (., \w, a
// negated class, a wide range, a lookaround) requires nothing, so skipping never changes what is found.
import type { Cue } from './lexicon/signals.js';

/** Ranges up to this many characters ([0-9], [bx]) are spelled out; wider ones vouch for nothing. */
const MAX_RANGE = 64;

export class CueIndex {
  /**
   * Per cue, the characters its matches must hold, flat: clause c of cue i is `codes[clauseStart[c]
   * .. clauseStart[c + 1] - 1]` for c from `cueStart[i]` to `cueStart[i + 1] - 1`; a match holds
   * one character of each clause.
   */
  private readonly codes: Uint16Array;
  private readonly clauseStart: Int32Array;
  private readonly cueStart: Int32Array;
  /** Character code → the cues whose first clause holds it (most characters: none). */
  private readonly byChar = new Map<number, number[]>();
  /** Cues that require nothing: always run. */
  private readonly always: number[] = [];
  /** By character code: the stamp of the last text holding it. */
  private readonly present = new Int32Array(65536);
  /** By cue: the stamp of the last text it was looked at for. */
  private readonly considered: Int32Array;
  private stamp = 0;

  constructor(readonly cues: readonly Cue[]) {
    const codes: number[] = [];
    const clauseStart: number[] = [0];
    const cueStart: number[] = [0];
    cues.forEach((cue, i) => {
      const clauses = cue.pattern.flags.includes('i') ? [] : requiredChars(cue.pattern.source);
      if (!clauses.length) this.always.push(i);
      for (const c of clauses[0] ?? []) {
        const list = this.byChar.get(c.charCodeAt(0));
        if (!list) this.byChar.set(c.charCodeAt(0), [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
      for (const clause of clauses) {
        for (const c of clause) codes.push(c.charCodeAt(0));
        clauseStart.push(codes.length);
      }
      cueStart.push(clauseStart.length - 1);
    });
    this.considered = new Int32Array(cues.length);
    this.codes = Uint16Array.from(codes);
    this.clauseStart = Int32Array.from(clauseStart);
    this.cueStart = Int32Array.from(cueStart);
  }

  /** The cues that may match `text`, in cue order. */
  candidates(text: string): Cue[] {
    const stamp = ++this.stamp;
    const { present, considered } = this;
    for (let k = 0; k < text.length; k++) present[text.charCodeAt(k)] = stamp;
    // The cues whose first clause the text meets, then those meeting all their clauses.
    const maybe = [...this.always];
    for (let k = 0; k < text.length; k++) {
      const list = this.byChar.get(text.charCodeAt(k));
      if (!list) continue;
      for (const i of list) {
        if (considered[i] === stamp) continue;
        considered[i] = stamp;
        maybe.push(i);
      }
    }
    if (!maybe.length) return [];
    maybe.sort((a, b) => a - b);
    const out: Cue[] = [];
    for (const i of maybe) if (this.holds(i, stamp)) out.push(this.cues[i]!);
    return out;
  }

  /** Whether the text marked `stamp` holds a character of each of the cue's clauses. */
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
  const parser = new Parser(source);
  const out = parser.alternation();
  return parser.at === source.length ? out : [];
}

/** A recursive-descent reading of the regular-expression syntax the cues use. */
class Parser {
  at = 0;
  constructor(readonly src: string) {}

  /**
   * a|b|c: the alternatives' requirements cannot all be kept; one character of the union of each
   * alternative's most selective set can.
   */
  alternation(): Set<string>[] {
    const alternatives = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const union = new Set<string>();
    for (const required of alternatives) {
      if (!required.length) return [];
      const smallest = required.reduce((a, b) => (b.size < a.size ? b : a));
      for (const c of smallest) union.add(c);
    }
    return [union];
  }

  /** abc: what each mandatory part requires. */
  sequence(): Set<string>[] {
    const out: Set<string>[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const atom = this.atom();
      if (this.quantifier() >= 1) out.push(...atom);
    }
    return out;
  }

  /** The smallest number of repetitions the quantifier after an atom allows (1 without one). */
  quantifier(): number {
    const c = this.src[this.at];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.at++;
    } else if (c === '+') this.at++;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/u.exec(this.src.slice(this.at));
      if (!m) return 1; // a literal brace
      min = Number(m[1]);
      this.at += m[0].length;
    } else return 1;
    if (this.src[this.at] === '?') this.at++; // lazy
    return min;
  }

  atom(): Set<string>[] {
    const c = this.src[this.at++]!;
    if (c === '(') {
      let zeroWidth = false;
      if (this.src.startsWith('?:', this.at)) this.at += 2;
      else if (/^\?<?[=!]/u.test(this.src.slice(this.at, this.at + 3))) {
        // A lookaround consumes nothing.
        zeroWidth = true;
        this.at += this.src[this.at + 1] === '<' ? 3 : 2;
      } else if (this.src.startsWith('?<', this.at)) this.at = this.src.indexOf('>', this.at) + 1;
      const inner = this.alternation();
      if (this.src[this.at] !== ')') throw new SyntaxError(`unbalanced group in ${this.src}`);
      this.at++;
      return zeroWidth ? [] : inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '.' || c === '^' || c === '$') return [];
    // A character outside the basic plane is one atom of two code units: the first one will do.
    if (c >= '\ud800' && c <= '\udbff') this.at++;
    return [new Set([c])];
  }

  /** After a backslash outside a class. */
  escape(): Set<string>[] {
    const c = this.src[this.at++]!;
    if (/[bBdDwWsSpPk0-9]/u.test(c)) {
      // \b and \B consume nothing; \d, \w, \s… are wide; \p{…} and back-references are not read.
      if ((c === 'p' || c === 'P') && this.src[this.at] === '{') this.at = this.src.indexOf('}', this.at) + 1;
      return [];
    }
    const special = this.escaped(c);
    return special === null ? [] : [new Set([special])];
  }

  /** [abc], [a-c]: one of the characters listed; nothing for a negated or wide class. */
  characterClass(): Set<string>[] {
    let negated = false;
    if (this.src[this.at] === '^') {
      negated = true;
      this.at++;
    }
    const out = new Set<string>();
    let wide = false;
    while (this.at < this.src.length && this.src[this.at] !== ']') {
      let c: string | null = this.src[this.at++]!;
      if (c === '\\') {
        const e = this.src[this.at++]!;
        c = /[dDwWsSpPbB]/u.test(e) ? null : this.escaped(e);
        if (c === null) {
          wide = true;
          continue;
        }
      }
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']' && this.at + 1 < this.src.length) {
        this.at++;
        let to: string | null = this.src[this.at++]!;
        if (to === '\\') to = this.escaped(this.src[this.at++]!);
        if (to === null || to.charCodeAt(0) - c.charCodeAt(0) >= MAX_RANGE) {
          wide = true;
          continue;
        }
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) out.add(String.fromCharCode(code));
      } else out.add(c);
    }
    if (this.src[this.at] !== ']') throw new SyntaxError(`unbalanced class in ${this.src}`);
    this.at++;
    return negated || wide || out.size === 0 ? [] : [out];
  }

  /** The character an escape stands for (\n, \t, \u4e00, \?), or null for one not read here. */
  escaped(c: string): string | null {
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === 'r') return '\r';
    if (c === 'u' || c === 'x') {
      const m = (c === 'u' ? /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/u : /^([0-9a-fA-F]{2})/u).exec(this.src.slice(this.at));
      if (!m) return null;
      this.at += m[0].length;
      const code = parseInt(m[1] ?? m[2]!, 16);
      return code > 0xffff ? null : String.fromCharCode(code);
    }
    return /[a-zA-Z0-9]/u.test(c) ? null : c;
  }
}
