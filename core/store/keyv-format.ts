// The rows keyv writes, read and written without going through keyv: `{"value": …, "expires": epoch ms}`
// serialised by @keyv/serialize, which escapes strings starting with ":" and writes Buffers as
// ":base64:…" with a recursive serialiser of its own (and parses with a reviver). Values with neither —
// nearly all — are the same text through JSON.stringify and JSON.parse, at a fraction of the cost; the
// rest go through keyv's own functions. Rows stay readable by keyv and the other way round.
import { defaultDeserialize, defaultSerialize } from '@keyv/serialize';

export interface KeyvRow<T> {
  value?: T;
  expires?: number;
}

export function encode(data: unknown): string {
  const text = JSON.stringify(data);
  return KEYV_ESCAPES.test(text) ? defaultSerialize(data) : text;
}

/**
 * What keyv's serialiser writes differently from JSON.stringify, as it shows in JSON.stringify's text: a
 * string starting with ":" (its opening quote comes after `:`, `,` or `[`), a Buffer (`{"type":"Buffer"`).
 * A key ending in one of those characters is a false alarm, sent the slow way. Checked on the text in
 * one native pass instead of walking the value in JavaScript before stringifying it.
 */
const KEYV_ESCAPES = /[:,[]":|\{"type":"Buffer","data":\[/;

/** The row for a value, expiring `ttlMs` from now when given. */
export function encodeRow(value: unknown, ttlMs?: number): string {
  return encode({ value, expires: ttlMs ? Date.now() + ttlMs : undefined });
}

export function decode(raw: string): unknown {
  // Escaped strings appear in the text as `"::` or `":base64:`; without either, plain JSON.parse reads the same.
  if (!raw.includes('"::') && !raw.includes('":base64:')) return JSON.parse(raw);
  return defaultDeserialize(raw);
}

/** A row's value, or undefined when there is none or it has expired. */
export function unwrap<T>(raw: string | null | undefined): T | undefined {
  if (raw === null || raw === undefined) return undefined;
  const data = decode(raw) as KeyvRow<T> | undefined;
  return data && !(typeof data.expires === 'number' && Date.now() > data.expires) ? data.value : undefined;
}
