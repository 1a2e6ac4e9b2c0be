import type { TimeZone } from '@selaras/contracts';
import { dueInstant } from '../directives/index.js';
import { wallClock } from '../../platform/wall-clock.js';
import type { WeeklySlot } from './programmes.table.js';

const DAY_MS = 86_400_000;

/** One meeting the timetable puts on a local date. */
export type SlotOnDate = { date: string; start: string; end: string };

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** 1 = Senin … 7 = Minggu, as the timetable counts them. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export const localDate = (instant: Date, zone: TimeZone) => wallClock(instant, zone).slice(0, 10);

/** Monday to Sunday of the week holding `now` in the unit's zone. */
export function weekAround(now: Date, zone: TimeZone): { from: string; to: string } {
  const today = localDate(now, zone);
  const from = addDays(today, 1 - isoWeekday(today));
  return { from, to: addDays(from, 6) };
}

/** The timetable's meetings from `from` to `to` (inclusive) that fall within the programme's own dates. */
export function slotsBetween(
  programme: { timetable: WeeklySlot[]; startDate: string; endDate: string },
  from: string,
  to: string,
): SlotOnDate[] {
  const first = from > programme.startDate ? from : programme.startDate;
  const last = to < programme.endDate ? to : programme.endDate;
  const out: SlotOnDate[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const weekday = isoWeekday(date);
    const slots = programme.timetable.filter((s) => s.weekday === weekday).sort((a, b) => a.start.localeCompare(b.start));
    for (const slot of slots) out.push({ date, start: slot.start, end: slot.end });
  }
  return out;
}

/** The timetable's meeting at `date` and `start`, or null when there is none (or the date is outside the programme). */
export function slotAt(
  programme: { timetable: WeeklySlot[]; startDate: string; endDate: string },
  date: string,
  start: string,
): SlotOnDate | null {
  if (date < programme.startDate || date > programme.endDate) return null;
  const slot = programme.timetable.find((s) => s.weekday === isoWeekday(date) && s.start === start);
  return slot ? { date, start: slot.start, end: slot.end } : null;
}

/** The slot as instants in the unit's zone, and its length in hours. */
export function sessionTimes(slot: SlotOnDate, zone: TimeZone): { startsAt: Date; endsAt: Date; hours: number } {
  const startsAt = dueInstant({ local: `${slot.date}T${slot.start}`, zone: 'unit' }, zone);
  const endsAt = dueInstant({ local: `${slot.date}T${slot.end}`, zone: 'unit' }, zone);
  return { startsAt, endsAt, hours: Math.round(((endsAt.getTime() - startsAt.getTime()) / 3_600_000) * 100) / 100 };
}
