// Dates as the shop reads them, in its time zone. Building an Intl.DateTimeFormat costs far more than
// using one (tens of microseconds against one or two), and the same few are asked for on every turn: each
// distinct formatter is built once and kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter for these arguments, built on first use. Throws on an unknown time zone, as Intl does. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "2026-11-11 23:59" in the time zone, the way admins write times; the ISO form when the zone is unknown. */
export function shopTime(date: Date, timeZone: string): string {
  try {
    return dateFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(date);
  } catch {
    return date.toISOString();
  }
}
