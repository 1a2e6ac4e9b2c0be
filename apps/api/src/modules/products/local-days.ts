import { wallClock } from '../../platform/wall-clock.js';

/** The day in a time zone, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
}

/** `day` moved by `days` calendar days (YYYY-MM-DD in, YYYY-MM-DD out). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant a day ends in a zone: midnight at the start of the next day there. */
export function endOfLocalDay(day: string, timeZone: string): Date {
  const guess = new Date(`${addDays(day, 1)}T00:00:00Z`);
  const wall = new Date(`${wallClock(guess, timeZone)}:00Z`);
  return new Date(guess.getTime() - (wall.getTime() - guess.getTime()));
}
