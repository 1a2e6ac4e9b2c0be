import { CHECK_IN_OPENS_MINUTES, type TimeZone } from '@selaras/contracts';
import { wallClock } from '../../platform/wall-clock.js';

const MINUTE = 60_000;

export const localOf = wallClock;

function asUtc(local: string): number {
  const [date = '', time = ''] = local.split('T');
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm);
}

/** The instant a wall-clock time in `zone` means (Indonesian zones keep no daylight saving). */
export function instantOf(local: string, zone: TimeZone): Date {
  const guess = asUtc(local);
  const offset = asUtc(localOf(new Date(guess), zone)) - guess;
  return new Date(guess - offset);
}

export function addDays(local: string, days: number): string {
  return new Date(asUtc(local) + days * 86_400_000).toISOString().slice(0, 16);
}

export function checkInOpensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - CHECK_IN_OPENS_MINUTES * MINUTE);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE);
}
