// Features as numbers: a feature is a kind (character, character pair, sound pair, synonym group, word,
// word pair, place, number) and a value, packed into one safe integer. Matching then hashes numbers,
// not strings: no string is built per character pair, and a query allocates almost nothing.
import { fuzzy, syllableName } from '../text/pinyin.js';

/** Feature kinds, packed above KIND_SHIFT. */
export const KIND = {
  /** A Chinese character: its code. */
  u: 1,
  /** Two adjacent Chinese characters: code × 65536 + code. */
  b: 2,
  /** The fuzzy sounds of two adjacent characters: syllable × 1024 + syllable. */
  p: 3,
  /** A synonym group: the interned id of its name. */
  s: 4,
  /** An English word stem: its interned id. */
  w: 5,
  /** Two adjacent English word stems: id × 2^22 + id. */
  v: 6,
  /** That a place is named. */
  l: 7,
  /** A number. */
  n: 8,
} as const;

export type Kind = keyof typeof KIND;

/** 2^44: a kind's values stay below it (pairs of 22-bit ids, pairs of 16-bit characters). */
export const KIND_SHIFT = 17_592_186_044_416;
const PAIR = 4_194_304; // 2^22

export const kindOf = (key: number): number => Math.floor(key / KIND_SHIFT);
export const valueOf = (key: number): number => key % KIND_SHIFT;
export const charKey = (code: number): number => KIND.u * KIND_SHIFT + code;
export const pairKey = (a: number, b: number): number => KIND.b * KIND_SHIFT + a * 65536 + b;
export const soundKey = (a: number, b: number): number => KIND.p * KIND_SHIFT + a * 1024 + b;
export const groupKey = (id: number): number => KIND.s * KIND_SHIFT + id;
export const wordKey = (id: number): number => KIND.w * KIND_SHIFT + id;
export const wordPairKey = (a: number, b: number): number => KIND.v * KIND_SHIFT + a * PAIR + b;
export const PLACE_KEY = KIND.l * KIND_SHIFT;
export const NUMBER_KEY = KIND.n * KIND_SHIFT;

// ---------------------------------------------------------------------------------------------------
// Interned strings (English stems, synonym group names), shared by every engine of the process.

const ids = new Map<string, number>();
const names: string[] = [''];
/** Ids past this are not handed out (a process reading endless new words from customers). */
const MAX_IDS = 1_000_000;
/** The id of every word that came after the table was full: known to no knowledge. */
const OVERFLOW = PAIR - 1;

/** The id of a string, given one the first time it is seen. */
export function intern(text: string): number {
  let id = ids.get(text);
  if (id === undefined) {
    if (names.length >= MAX_IDS) return OVERFLOW;
    id = names.length;
    names.push(text);
    ids.set(text, id);
  }
  return id;
}

/** The string an id was given to. */
export function internedName(id: number): string {
  return names[id] ?? '?';
}

// ---------------------------------------------------------------------------------------------------

function hash(key: number): number {
  const lo = key >>> 0;
  const hi = (key / 4_294_967_296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 13);
}

/** A hash map from feature keys (non-negative safe integers) to non-negative integers; no allocation per lookup. */
export class KeyMap {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(-1);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The value of a key, or -1. */
  get(key: number): number {
    const keys = this.keys;
    for (let i = hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const k = keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === -1) return -1;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    for (let i = hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      const k = keys[i]!;
      if (k === key) {
        this.values[i] = value;
        return;
      }
      if (k === -1) {
        keys[i] = key;
        this.values[i] = value;
        this.size++;
        return;
      }
    }
  }

  /** Calls `fn` with every key and its value. */
  forEach(fn: (key: number, value: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== -1) fn(this.keys[i]!, this.values[i]!);
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i]!, values[i]!);
  }
}

/**
 * A bag of weighted features: each key once, at its strongest weight (questions are short: set
 * semantics). Reusable: `clear` empties it without freeing anything.
 */
export class FeatureBag {
  keys: Float64Array;
  weights: Float64Array;
  size = 0;
  private slots: Int32Array;
  private stamps: Int32Array;
  private stamp = 1;
  private mask: number;

  constructor(capacity = 64) {
    this.keys = new Float64Array(capacity);
    this.weights = new Float64Array(capacity);
    this.slots = new Int32Array(capacity * 4);
    this.stamps = new Int32Array(capacity * 4);
    this.mask = capacity * 4 - 1;
  }

  clear(): this {
    this.size = 0;
    this.stamp++;
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    return this;
  }

  /** Adds a feature; one already there keeps the larger weight. */
  add(key: number, weight: number): void {
    const stamps = this.stamps;
    for (let i = hash(key) & this.mask; ; i = (i + 1) & this.mask) {
      if (stamps[i] !== this.stamp) {
        if (this.size === this.keys.length) {
          this.grow();
          this.add(key, weight);
          return;
        }
        stamps[i] = this.stamp;
        this.slots[i] = this.size;
        this.keys[this.size] = key;
        this.weights[this.size] = weight;
        this.size++;
        return;
      }
      const at = this.slots[i]!;
      if (this.keys[at] === key) {
        if (this.weights[at]! < weight) this.weights[at] = weight;
        return;
      }
    }
  }

  /** Multiplies the weight of a feature the bag holds. */
  scale(key: number, factor: number): void {
    const stamps = this.stamps;
    for (let i = hash(key) & this.mask; stamps[i] === this.stamp; i = (i + 1) & this.mask) {
      const at = this.slots[i]!;
      if (this.keys[at] === key) {
        this.weights[at]! *= factor;
        return;
      }
    }
  }

  /** The weight of a feature, or 0. */
  weightOf(key: number): number {
    const stamps = this.stamps;
    for (let i = hash(key) & this.mask; stamps[i] === this.stamp; i = (i + 1) & this.mask) {
      const at = this.slots[i]!;
      if (this.keys[at] === key) return this.weights[at]!;
    }
    return 0;
  }

  /** A copy that stays as it is when this bag is reused. */
  copy(): FeatureBag {
    const out = new FeatureBag(Math.max(16, this.size));
    for (let i = 0; i < this.size; i++) out.add(this.keys[i]!, this.weights[i]!);
    return out;
  }

  private grow(): void {
    const keys = this.keys.slice(0, this.size);
    const weights = this.weights.slice(0, this.size);
    const capacity = this.keys.length * 2;
    this.keys = new Float64Array(capacity);
    this.weights = new Float64Array(capacity);
    this.slots = new Int32Array(capacity * 4);
    this.stamps = new Int32Array(capacity * 4);
    this.mask = capacity * 4 - 1;
    this.stamp = 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) this.add(keys[i]!, weights[i]!);
  }
}

/**
 * A feature as the old string keys spelled it, for explanations: a kind letter and a value
 * (b退货, p tui huo, s退款, w refund, v change order, l).
 */
export function describeKey(key: number): string {
  const kind = kindOf(key);
  const value = valueOf(key);
  switch (kind) {
    case KIND.u:
      return 'u' + String.fromCharCode(value);
    case KIND.b:
      return 'b' + String.fromCharCode(Math.floor(value / 65536), value % 65536);
    case KIND.p:
      return 'p' + fuzzy(syllableName(Math.floor(value / 1024))) + ' ' + fuzzy(syllableName(value % 1024));
    case KIND.s:
      return 's' + internedName(value);
    case KIND.w:
      return 'w' + internedName(value);
    case KIND.v:
      return 'v' + internedName(Math.floor(value / PAIR)) + ' ' + internedName(value % PAIR);
    case KIND.l:
      return 'l';
    default:
      return 'n#';
  }
}
