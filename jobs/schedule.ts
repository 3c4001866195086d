// Job schedules as people write them in .env: "at 09:00" (every day) or "on monday at 08:00" (weekly), in
// the shop's time (UTC+8, the logs' day). One small grammar, so the same schedule drives bree (as cron)
// and the catch-up after a restart (the latest time a run was due).
import { addDays, dayOf, DAY_MS } from '../core/reports/days.js';

export interface Schedule {
  text: string;
  /** 0 = Sunday … 6 = Saturday; null = every day. */
  weekday: number | null;
  hour: number;
  minute: number;
}

/** The timezone bree evaluates cron in: the shop's day is UTC+8 (core/stages/record.ts). */
export const SCHEDULE_TIMEZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3600_000;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FORM = /^(?:(?:every day|daily)\s+)?(?:on\s+([a-z]+)\s+)?at\s+(\d{1,2}):(\d{2})$/iu;

export function parseSchedule(text: string): Schedule {
  const match = FORM.exec(text.trim());
  const hour = Number(match?.[2]);
  const minute = Number(match?.[3]);
  const day = match?.[1]?.toLowerCase();
  const weekday = day === undefined ? null : WEEKDAYS.findIndex((w) => w.startsWith(day) && day.length >= 3);
  if (!match || hour > 23 || minute > 59 || weekday === -1) {
    throw new Error(`schedule "${text}" is not understood: write "at 09:00" (every day) or "on monday at 08:00" (weekly), shop time`);
  }
  return { text: text.trim(), weekday, hour, minute };
}

export function cronOf(s: Schedule): string {
  return `${s.minute} ${s.hour} * * ${s.weekday ?? '*'}`;
}

/** The latest time at or before `now` when the schedule was due (epoch ms). */
export function latestDue(s: Schedule, now: number): number {
  const local = now + OFFSET_MS; // shop time expressed as if it were UTC
  const midnight = Math.floor(local / DAY_MS) * DAY_MS;
  let due = midnight + (s.hour * 60 + s.minute) * 60_000;
  if (due > local) due -= DAY_MS;
  if (s.weekday !== null) {
    while (new Date(due).getUTCDay() !== s.weekday) due -= DAY_MS;
  }
  return due - OFFSET_MS;
}

/** The day a run due at `dueAt` covers: the day before (a report at 09:00 is about yesterday). */
export function periodOf(dueAt: number): string {
  return addDays(dayOf(dueAt), -1);
}

/**
 * The period that is due now. A timer may fire a little early: a run within `graceMs` before its time
 * counts as that run, or it would find the previous period done and skip.
 */
export function duePeriod(s: Schedule, now: number, graceMs = 60_000): string {
  return periodOf(latestDue(s, now + graceMs));
}
