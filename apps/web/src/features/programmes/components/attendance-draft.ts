import { ATTENDANCE_REASON_CODES, type AttendanceEntry, type AttendanceRow, type RecordSessionAttendanceBody, type SessionAttendanceStatus } from '@selaras/contracts';

/** What a person has marked for one inmate; the reason is empty until chosen. */
export type Mark = { status: SessionAttendanceStatus; reasonCode: string };
export type Marks = Record<string, Mark>;

const PREFIX = 'selaras.attendance.';

export const draftKey = (programmeId: string, date: string, start: string) => `${PREFIX}${programmeId}.${date}.${start}`;

/** What the server holds for the roster, as marks. */
export function marksFromServer(roster: readonly AttendanceRow[]): Marks {
  const marks: Marks = {};
  for (const row of roster) if (row.status) marks[row.inmateId] = { status: row.status, reasonCode: row.reasonCode ?? '' };
  return marks;
}

function isMark(value: unknown): value is Mark {
  if (typeof value !== 'object' || value === null) return false;
  const { status, reasonCode } = value as Record<string, unknown>;
  return typeof status === 'string' && status in ATTENDANCE_REASON_CODES && typeof reasonCode === 'string';
}

/** The unsaved marks kept on this device for a session (only for inmates still on the roster). */
export function loadDraft(key: string, roster: readonly AttendanceRow[]): Marks | null {
  try {
    const raw = window.localStorage.getItem(key);
    const saved: unknown = raw ? JSON.parse(raw) : null;
    if (typeof saved !== 'object' || saved === null) return null;
    const onRoster = new Set(roster.map((r) => r.inmateId));
    const marks: Marks = {};
    for (const [inmateId, mark] of Object.entries(saved)) if (onRoster.has(inmateId) && isMark(mark)) marks[inmateId] = mark;
    return Object.keys(marks).length > 0 ? marks : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, marks: Marks): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(marks));
  } catch {
    // Storage full or blocked: marking still works, only the copy on the device is missing.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}

export function markAllPresent(roster: readonly AttendanceRow[], marks: Marks): Marks {
  const next: Marks = { ...marks };
  for (const row of roster) next[row.inmateId] = { status: 'hadir', reasonCode: '' };
  return next;
}

/** A new status keeps the reason only when it still fits; a single reason is chosen for the person. */
export function setStatus(marks: Marks, inmateId: string, status: SessionAttendanceStatus): Marks {
  const reasons: readonly string[] = ATTENDANCE_REASON_CODES[status];
  const previous = marks[inmateId]?.reasonCode ?? '';
  const reasonCode = reasons.includes(previous) ? previous : reasons.length === 1 ? (reasons[0] ?? '') : '';
  return { ...marks, [inmateId]: { status, reasonCode } };
}

export function setReason(marks: Marks, inmateId: string, reasonCode: string): Marks {
  const mark = marks[inmateId];
  return mark ? { ...marks, [inmateId]: { ...mark, reasonCode } } : marks;
}

export const needsReason = (mark: Mark | undefined) => mark !== undefined && mark.status !== 'hadir' && mark.reasonCode === '';

export function tally(roster: readonly AttendanceRow[], marks: Marks) {
  let hadir = 0;
  let other = 0;
  let missingReason = 0;
  for (const row of roster) {
    const mark = marks[row.inmateId];
    if (!mark) continue;
    if (mark.status === 'hadir') hadir += 1;
    else other += 1;
    if (needsReason(mark)) missingReason += 1;
  }
  return { hadir, other, unmarked: roster.length - hadir - other, missingReason };
}

/** The register to send: every marked inmate on the roster. */
export function toBody(roster: readonly AttendanceRow[], marks: Marks): RecordSessionAttendanceBody {
  const entries = roster.flatMap((row): AttendanceEntry[] => {
    const mark = marks[row.inmateId];
    if (!mark) return [];
    // A note written elsewhere travels along, so saving the grid never erases it.
    const note = row.note ? { note: row.note } : {};
    if (mark.status === 'hadir') return [{ inmateId: row.inmateId, status: mark.status, ...note }];
    return [{ inmateId: row.inmateId, status: mark.status, reasonCode: mark.reasonCode, ...note }];
  });
  return { entries };
}

/** True when the marks differ from what the server holds. */
export function differs(roster: readonly AttendanceRow[], marks: Marks): boolean {
  const server = marksFromServer(roster);
  return roster.some((row) => {
    const a = server[row.inmateId];
    const b = marks[row.inmateId];
    return a?.status !== b?.status || (a?.reasonCode ?? '') !== (b?.reasonCode ?? '');
  });
}
