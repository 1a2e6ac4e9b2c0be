import type { TimeZone } from '@selaras/contracts';

/** Indonesia keeps no daylight saving: each zone is a fixed offset from UTC. */
const UTC_OFFSET_HOURS: Record<TimeZone, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };
const DAY_MS = 86_400_000;

function utcOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar date of `at` in the zone. */
export function localDateIn(at: Date, zone: TimeZone): string {
  return dateOf(at.getTime() + UTC_OFFSET_HOURS[zone] * 3_600_000);
}

export function isMonday(date: string): boolean {
  return new Date(utcOf(date)).getUTCDay() === 1;
}

export function addDays(date: string, days: number): string {
  return dateOf(utcOf(date) + days * DAY_MS);
}

/** Monday of the week `date` lies in. */
export function mondayOf(date: string): string {
  const weekday = new Date(utcOf(date)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The instant a week starts: Monday 00:00 in the unit's zone. */
export function weekStartsAt(weekStart: string, zone: TimeZone): Date {
  return new Date(utcOf(weekStart) - UTC_OFFSET_HOURS[zone] * 3_600_000);
}

/** Monday of the week running now in the zone, and of the coming one. */
export function currentWeeks(now: Date, zone: TimeZone): { thisWeek: string; comingWeek: string } {
  const thisWeek = mondayOf(localDateIn(now, zone));
  return { thisWeek, comingWeek: addDays(thisWeek, 7) };
}

/** The first submission decides: on time when sent before the week starts in the unit's zone. */
export function timelinessOf(firstSubmittedAt: Date, weekStart: string, zone: TimeZone): 'tepat_waktu' | 'terlambat' {
  return firstSubmittedAt.getTime() < weekStartsAt(weekStart, zone).getTime() ? 'tepat_waktu' : 'terlambat';
}

/** `count` Mondays ending with `last`, newest first. */
export function weeksBack(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(last, -7 * i));
}
