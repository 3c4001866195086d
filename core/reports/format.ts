// How figures read in a report: counts with thousands separators, rates as percentages, durations in the
// unit a person thinks in, changes as arrows. "—" wherever there was nothing to measure.

export const NONE = '—';

export function count(n: number | null | undefined): string {
  return n === null || n === undefined ? NONE : Math.round(n).toLocaleString('en-US');
}

export function percent(r: number | null | undefined, digits = 1): string {
  return r === null || r === undefined ? NONE : `${(r * 100).toFixed(digits)}%`;
}

export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return NONE;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} 秒`;
  if (ms < 3600_000) return `${(ms / 60_000).toFixed(1)} 分钟`;
  return `${(ms / 3600_000).toFixed(1)} 小时`;
}

export function score(n: number | null | undefined): string {
  return n === null || n === undefined ? NONE : n.toFixed(2);
}

export type Kind = 'count' | 'rate' | 'duration' | 'score';

/**
 * The change from `before` to `now`: relative for counts and durations (+4.2%), in percentage points for
 * rates (+3.1pp), absolute for scores (+0.12).
 */
export function change(now: number | null, before: number | null | undefined, kind: Kind): { text: string; sign: -1 | 0 | 1 } {
  if (now === null || before === null || before === undefined) return { text: NONE, sign: 0 };
  const diff = now - before;
  const sign = (Math.abs(diff) < 1e-9 ? 0 : diff > 0 ? 1 : -1) as -1 | 0 | 1;
  const arrow = sign > 0 ? '▲' : sign < 0 ? '▼' : '＝';
  if (kind === 'rate') return { text: `${arrow}${Math.abs(diff * 100).toFixed(1)}pp`, sign };
  if (kind === 'score') return { text: `${arrow}${Math.abs(diff).toFixed(2)}`, sign };
  if (before === 0) return { text: sign === 0 ? '＝' : `${arrow}新增`, sign };
  return { text: `${arrow}${Math.abs((diff / before) * 100).toFixed(1)}%`, sign };
}
