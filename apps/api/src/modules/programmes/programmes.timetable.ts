import type { FieldIssue } from '@selaras/contracts';
import type { WeeklySlot } from './programmes.table.js';

/** What the clash rule needs to know about a programme: its weekly slots and its date range. */
export type Schedule = { timetable: WeeklySlot[]; startDate: string; endDate: string };

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Two slots overlap on the same weekday when each starts before the other ends (adjacent slots do not). */
export function slotsOverlap(a: WeeklySlot, b: WeeklySlot): boolean {
  return a.weekday === b.weekday && a.start < b.end && b.start < a.end;
}

/** Date ranges (inclusive, ISO dates) overlap when each starts on or before the other's end. */
export function datesOverlap(a: Pick<Schedule, 'startDate' | 'endDate'>, b: Pick<Schedule, 'startDate' | 'endDate'>): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** Two programmes clash when they run in overlapping date ranges and share an overlapping weekly slot. */
export function schedulesClash(a: Schedule, b: Schedule): boolean {
  return datesOverlap(a, b) && a.timetable.some((x) => b.timetable.some((y) => slotsOverlap(x, y)));
}

/** Weekly hours of a timetable (the sum of its slots' lengths). */
export function hoursPerWeek(timetable: WeeklySlot[]): number {
  const total = timetable.reduce((sum, s) => sum + (minutes(s.end) - minutes(s.start)), 0);
  return Math.round((total / 60) * 100) / 100;
}

/** Slots in weekday then start order, so a timetable reads like a week. */
export function sortedTimetable(timetable: WeeklySlot[]): WeeklySlot[] {
  return [...timetable].sort((a, b) => a.weekday - b.weekday || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** Every problem of a schedule at once: dates in order, each slot ending after it starts, no slots overlapping. */
export function scheduleIssues(s: Schedule): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (s.endDate < s.startDate) {
    issues.push({ path: 'body.endDate', message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.', code: 'end_before_start' });
  }
  s.timetable.forEach((slot, i) => {
    if (slot.end <= slot.start) {
      issues.push({ path: `body.timetable.${i}.end`, message: 'Jam selesai harus setelah jam mulai.', code: 'slot_end_before_start' });
      return;
    }
    const earlier = s.timetable.findIndex((other, j) => j < i && other.end > other.start && slotsOverlap(slot, other));
    if (earlier >= 0) {
      issues.push({ path: `body.timetable.${i}`, message: `Jadwal ke-${i + 1} bertumpang tindih dengan jadwal ke-${earlier + 1}.`, code: 'slot_overlap' });
    }
  });
  return issues;
}
