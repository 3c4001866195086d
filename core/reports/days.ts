// The shop's calendar. Days run from midnight to midnight in UTC+8, the way the turn logs are keyed
// (stages/record.ts `dayOf`), so a report's day and a log's day are always the same day.
import { dayOf } from '../stages/record.js';

export { dayOf };

export const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3600_000;

/** Epoch ms of the day's first instant (00:00 shop time). */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - OFFSET_MS;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Hour of the day (0–23) in shop time. */
export function hourOf(epochMs: number): number {
  return new Date(epochMs + OFFSET_MS).getUTCHours();
}

/** 0 = Sunday … 6 = Saturday, in shop time. */
export function weekdayOf(epochMs: number): number {
  return new Date(epochMs + OFFSET_MS).getUTCDay();
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(text) && !Number.isNaN(Date.parse(text)) && addDays(text, 0) === text;
}
