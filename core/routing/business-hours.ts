// Whether a group is staffed at a moment, in the shop's time zone, and when it opens next.
import { dateFormat } from '../date-format.js';
import type { Language } from '../text/language.js';
import { WEEKDAYS } from '../text/weekdays.js';
import type { Hours } from './routing-rules.js';

function localParts(at: Date, timeZone: string): { day: number; minutes: number } {
  const parts = dateFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function isOpen(hours: Hours | undefined, at: Date, timeZone: string): boolean {
  if (!hours) return true;
  const { day, minutes } = localParts(at, timeZone);
  const open = toMinutes(hours.open);
  const close = toMinutes(hours.close);
  // A window past midnight (20:00–02:00) belongs to the day it opened.
  if (open <= close) return hours.days.includes(day) && minutes >= open && minutes < close;
  const yesterday = (day + 6) % 7;
  return (hours.days.includes(day) && minutes >= open) || (hours.days.includes(yesterday) && minutes < close);
}

/**
 * The words for when a group opens. Chinese is what agents read on cards; a customer reads it in their
 * own language ("现在是客服休息时间…明天 09:00 上线后…" / "…back tomorrow at 09:00").
 */
const OPENING_WORDS: Record<Language, { today: string; tomorrow: string; weekdays: readonly string[]; at: (when: string, time: string) => string; bare: (time: string) => string }> = {
  zh: { today: '今天', tomorrow: '明天', weekdays: WEEKDAYS.zh.long, at: (when, time) => `${when} ${time}`, bare: (time) => time },
  en: {
    today: 'today',
    tomorrow: 'tomorrow',
    weekdays: WEEKDAYS.en.long,
    at: (when, time) => `${when} at ${time}`,
    bare: (time) => `at ${time}`,
  },
};

/** "明天 09:00" / "今天 09:00" / "周一 09:00" (English: "tomorrow at 09:00"): for telling a customer when a person will be there. */
export function nextOpening(hours: Hours, at: Date, timeZone: string, language: Language = 'zh'): string {
  const { day, minutes } = localParts(at, timeZone);
  const words = OPENING_WORDS[language];
  for (let ahead = 0; ahead < 8; ahead++) {
    const d = (day + ahead) % 7;
    if (!hours.days.includes(d)) continue;
    if (ahead === 0 && minutes >= toMinutes(hours.open)) continue;
    const when = ahead === 0 ? words.today : ahead === 1 ? words.tomorrow : words.weekdays[d]!;
    return words.at(when, hours.open);
  }
  return words.bare(hours.open);
}

/** When the group next opens, as epoch ms (whole minute), for a ticket waiting through the night. */
export function nextOpeningAt(hours: Hours, at: Date, timeZone: string): number {
  const { day, minutes } = localParts(at, timeZone);
  const open = toMinutes(hours.open);
  const startOfMinute = at.getTime() - (at.getTime() % 60_000);
  for (let ahead = 0; ahead < 8; ahead++) {
    const d = (day + ahead) % 7;
    if (!hours.days.includes(d)) continue;
    if (ahead === 0 && minutes >= open) continue;
    return startOfMinute + (ahead * 1440 + open - minutes) * 60_000;
  }
  return startOfMinute + 24 * 3600_000;
}
