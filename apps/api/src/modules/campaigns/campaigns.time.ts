import type { TimeZone } from '@selaras/contracts';
import { dueInstant } from '../directives/index.js';
import { wallClock } from '../../platform/wall-clock.js';

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The same day of the month `months` later, or that month's last day. */
export function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The event window as instants for a unit: each unit acts on its own local morning. */
export function eventWindow(c: { eventDate: string; windowStart: string; windowEnd: string }, zone: TimeZone) {
  return {
    start: dueInstant({ local: `${c.eventDate}T${c.windowStart}`, zone: 'unit' }, zone),
    end: dueInstant({ local: `${c.eventDate}T${c.windowEnd}`, zone: 'unit' }, zone),
    timeZone: zone,
  };
}

export const localDate = (instant: Date, zone: TimeZone) => wallClock(instant, zone).slice(0, 10);

/** Where the campaign stands on the calendar, seen from Jakarta. */
export function phaseOf(eventDate: string, now: Date): 'persiapan' | 'hari_h' | 'pelaporan' | 'pemantauan' {
  const today = localDate(now, 'Asia/Jakarta');
  if (today < eventDate) return 'persiapan';
  if (today === eventDate) return 'hari_h';
  return today <= addDays(eventDate, 7) ? 'pelaporan' : 'pemantauan';
}
