// Schedules as written in .env, and which period a run covers: the daily report at 09:00 is about
// yesterday, in shop time (UTC+8), whatever the server's time zone.
import { describe, expect, it } from 'vitest';
import { addDays, dayStart, isDay } from '../../core/reports/days.js';
import { cronOf, duePeriod, latestDue, parseSchedule } from '../../jobs/schedule.js';

const at = (iso: string) => Date.parse(iso);

describe('schedules', () => {
  it('reads daily and weekly forms and gives bree the same thing as cron', () => {
    expect(parseSchedule('at 09:00')).toMatchObject({ weekday: null, hour: 9, minute: 0 });
    expect(parseSchedule('every day at 9:30')).toMatchObject({ weekday: null, hour: 9, minute: 30 });
    expect(parseSchedule('on Monday at 08:00')).toMatchObject({ weekday: 1, hour: 8, minute: 0 });
    expect(parseSchedule('on sun at 23:59').weekday).toBe(0);
    expect(cronOf(parseSchedule('at 09:00'))).toBe('0 9 * * *');
    expect(cronOf(parseSchedule('on monday at 08:15'))).toBe('15 8 * * 1');
    for (const bad of ['09:00', 'at 24:00', 'at 9', 'on someday at 08:00', 'hourly']) expect(() => parseSchedule(bad)).toThrow(/not understood/u);
  });

  it('finds the latest due time in shop time and the day it covers', () => {
    const daily = parseSchedule('at 09:00');
    // 2026-03-15 10:00 in Shanghai is 02:00 UTC.
    expect(latestDue(daily, at('2026-03-15T02:00:00Z'))).toBe(at('2026-03-15T09:00:00+08:00'));
    expect(duePeriod(daily, at('2026-03-15T02:00:00Z'))).toBe('2026-03-14');
    // 08:00 in Shanghai: today's run is not due yet, yesterday's covered the day before.
    expect(duePeriod(daily, at('2026-03-15T08:00:00+08:00'))).toBe('2026-03-13');
    // A timer firing a few milliseconds early still counts as today's run.
    expect(duePeriod(daily, at('2026-03-15T08:59:59.990+08:00'))).toBe('2026-03-14');
    const weekly = parseSchedule('on monday at 08:00');
    // 2026-03-16 is a Monday; on Wednesday the latest due run is Monday's, covering the week to Sunday.
    expect(latestDue(weekly, at('2026-03-18T12:00:00+08:00'))).toBe(at('2026-03-16T08:00:00+08:00'));
    expect(duePeriod(weekly, at('2026-03-18T12:00:00+08:00'))).toBe('2026-03-15');
  });

  it('does shop-day arithmetic', () => {
    expect(dayStart('2026-03-14')).toBe(at('2026-03-14T00:00:00+08:00'));
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isDay('2026-03-14')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('14/03/2026')).toBe(false);
  });
});
