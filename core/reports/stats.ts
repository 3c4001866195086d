// Small statistics for report figures: quantiles and rates that stay null when there is nothing to
// measure (a report must say "—", never 0 % of nothing).

/** The q-quantile (0..1) of the values, nearest-rank; null for no values. Sorts a copy. */
export function quantile(values: readonly number[], q: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}
