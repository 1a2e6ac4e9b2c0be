import {
  ATTENDANCE_REASON_CODES,
  ATTENDANCE_RECORDING_WINDOW_DAYS,
  type AttendanceEntry,
  type FieldIssue,
} from '@selaras/contracts';

const DAY_MS = 86_400_000;

/** Whether a session starting at `startsAt` may be recorded at `now`: not before it starts, not after the window. */
export function recordingWindow(startsAt: Date, now: Date): 'open' | 'belum_dimulai' | 'terlalu_lama' {
  if (startsAt.getTime() > now.getTime()) return 'belum_dimulai';
  if (now.getTime() - startsAt.getTime() > ATTENDANCE_RECORDING_WINDOW_DAYS * DAY_MS) return 'terlalu_lama';
  return 'open';
}

/** The problems of one row of the register (row numbers count from 1, as a person reads them). */
export function entryIssues(entry: AttendanceEntry, index: number, onRoster: boolean, seen: Set<string>): FieldIssue[] {
  const row = index + 1;
  const path = `body.entries.${index}`;
  const issues: FieldIssue[] = [];
  if (seen.has(entry.inmateId)) {
    issues.push({ path: `${path}.inmateId`, code: 'duplicate', message: `Baris ${row}: warga binaan ini sudah ada di baris lain.`, params: { row } });
  } else if (!onRoster) {
    issues.push({
      path: `${path}.inmateId`,
      code: 'not_on_roster',
      message: `Baris ${row}: warga binaan ini bukan peserta aktif program pada tanggal sesi.`,
      params: { row },
    });
  }
  const allowed: readonly string[] = ATTENDANCE_REASON_CODES[entry.status];
  if (entry.status === 'hadir' && entry.reasonCode) {
    issues.push({ path: `${path}.reasonCode`, code: 'reason_not_allowed', message: `Baris ${row}: status hadir tidak memakai alasan.`, params: { row } });
  } else if (entry.status !== 'hadir' && !entry.reasonCode) {
    issues.push({
      path: `${path}.reasonCode`,
      code: 'reason_required',
      message: `Baris ${row}: status ${entry.status} memerlukan alasan.`,
      params: { row },
    });
  } else if (entry.reasonCode && !allowed.includes(entry.reasonCode)) {
    issues.push({
      path: `${path}.reasonCode`,
      code: 'reason_unknown',
      message: `Baris ${row}: alasan "${entry.reasonCode}" tidak berlaku untuk status ${entry.status} (pilih: ${allowed.join(', ')}).`,
      params: { row },
    });
  }
  return issues;
}
