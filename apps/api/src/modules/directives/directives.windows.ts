import { MAX_WINDOWS, type Due, type DirectiveWindow, type Recurrence, type TimeZone } from '@selaras/contracts';
import { AppError } from '../../platform/http/errors.js';
import { dueInstant } from './directives.due.js';

const DAY_MS = 86_400_000;

function parseDay(date: string): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const formatDay = (d: Date) => d.toISOString().slice(0, 10);
const daysInMonth = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

/** How many windows a recurrence makes (1 without recurrence). */
export function windowCountOf(recurrence: Recurrence): number {
  if (recurrence.kind === 'none') return 1;
  if (recurrence.kind === 'custom') return recurrence.dueDates.length;
  return recurrence.count;
}

export function tooManyWindows(count: number): AppError {
  return new AppError({
    code: 'directives.too_many_windows',
    status: 400,
    title: 'Terlalu banyak jendela pelaporan',
    detail: `Pengulangan ini menghasilkan ${count} jendela pelaporan; paling banyak ${MAX_WINDOWS}. Kurangi jumlahnya atau terbitkan arahan baru untuk periode berikutnya.`,
    errors: [{ path: 'body.recurrence', message: `Paling banyak ${MAX_WINDOWS} jendela pelaporan`, code: 'too_many_windows' }],
  });
}

/** Refuses a recurrence past the cap before anything is stored or fanned out. */
export function assertWindowCap(recurrence: Recurrence): void {
  const count = windowCountOf(recurrence);
  if (count > MAX_WINDOWS) throw tooManyWindows(count);
}

function weeklyDays(anchor: Date, weekday: number, count: number): Date[] {
  const isoWeekday = ((anchor.getUTCDay() + 6) % 7) + 1;
  const first = anchor.getTime() + ((weekday - isoWeekday + 7) % 7) * DAY_MS;
  return Array.from({ length: count }, (_, i) => new Date(first + i * 7 * DAY_MS));
}

function monthlyDays(anchor: Date, dayOfMonth: number | 'last', count: number): Date[] {
  const dayIn = (y: number, m: number) => new Date(Date.UTC(y, m, dayOfMonth === 'last' ? daysInMonth(y, m) : dayOfMonth));
  const y = anchor.getUTCFullYear();
  const startMonth = dayIn(y, anchor.getUTCMonth()) < anchor ? anchor.getUTCMonth() + 1 : anchor.getUTCMonth();
  return Array.from({ length: count }, (_, i) => dayIn(y, startMonth + i));
}

/**
 * The local due ("YYYY-MM-DDTHH:mm") of every window, in order. The due's time of day applies to each;
 * weekly and monthly windows fall on or after the due's date; custom windows on the dates listed.
 */
export function windowLocals(due: Due, recurrence: Recurrence): string[] {
  const [date = '', time = ''] = due.local.split('T');
  const anchor = parseDay(date);
  const days =
    recurrence.kind === 'none'
      ? [anchor]
      : recurrence.kind === 'weekly'
        ? weeklyDays(anchor, recurrence.weekday, recurrence.count)
        : recurrence.kind === 'monthly'
          ? monthlyDays(anchor, recurrence.dayOfMonth, recurrence.count)
          : [...recurrence.dueDates].sort().map(parseDay);
  return days.map((d) => `${formatDay(d)}T${time}`);
}

export type UnitWindow = { windowNo: number; dueAt: Date; windowStart: Date };

/** A unit's windows: each due by the directive's zone rule; each opens when the previous is due, the first at `openedAt`. */
export function unitWindows(locals: string[], zone: Due['zone'], unitZone: TimeZone, openedAt: Date): UnitWindow[] {
  const dues = locals.map((local) => dueInstant({ local, zone }, unitZone));
  return dues.map((dueAt, i) => ({ windowNo: i + 1, dueAt, windowStart: dues[i - 1] ?? openedAt }));
}

/**
 * The windows as the directive lists them. With each unit's own zone, a window's instant is the WIB one:
 * the latest of the three, so a window stays current while any unit still has it ahead.
 */
export function directiveWindows(d: { due: Due; recurrence: Recurrence; issuedAt: Date | null }): DirectiveWindow[] {
  const locals = windowLocals(d.due, d.recurrence);
  const zone: TimeZone = d.due.zone === 'unit' ? 'Asia/Jakarta' : d.due.zone;
  const dues = locals.map((local) => dueInstant({ local, zone }, zone));
  return locals.map((dueLocal, i) => ({
    no: i + 1,
    dueLocal,
    dueAt: (dues[i] ?? new Date(0)).toISOString(),
    startAt: i === 0 ? (d.issuedAt?.toISOString() ?? null) : (dues[i - 1]?.toISOString() ?? null),
  }));
}

/** The current window: the first whose due is still ahead, else the last. */
export function currentWindow(windows: DirectiveWindow[], now: Date): number {
  return windows.find((w) => new Date(w.dueAt) > now)?.no ?? windows.length;
}
