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
  return needsKeyvEscape(data, 0) ? defaultSerialize(data) : JSON.stringify(data);
}

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

function needsKeyvEscape(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.startsWith(':');
  if (typeof value === 'function') return true;
  if (value === null || typeof value !== 'object') return false;
  if (depth > 64 || Buffer.isBuffer(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (needsKeyvEscape(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    if (Object.hasOwn(value, key) && needsKeyvEscape((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}
