import { randomInt } from 'node:crypto';
import { EXIT_STATUSES, type InmateStatus } from '@selaras/contracts';

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, 5/S, 8/B). */
export const PSEUDONYM_ALPHABET = '234679ACDEFGHJKMNPQRTUVWXYZ';

export function randomPseudonym(): string {
  let out = 'WB-';
  for (let i = 0; i < 6; i += 1) out += PSEUDONYM_ALPHABET.charAt(randomInt(PSEUDONYM_ALPHABET.length));
  return out;
}

/** The day in a time zone, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
}

export type InmateFacts = {
  birthYear: number;
  status: InmateStatus;
  entryDate: string;
  exitDate: string | null;
};

export type FactIssue = { field: 'birthYear' | 'entryDate' | 'exitDate'; message: string };

/** Checks that need today's date (in the unit's zone) or relate fields to one another. */
export function checkFacts(f: InmateFacts, today: string): FactIssue[] {
  const issues: FactIssue[] = [];
  const year = Number(today.slice(0, 4));
  if (f.birthYear < 1900 || f.birthYear > year) issues.push({ field: 'birthYear', message: `tahun lahir harus antara 1900 dan ${year}` });
  if (f.entryDate > today) issues.push({ field: 'entryDate', message: 'tanggal masuk tidak boleh di masa depan' });
  const leaving = EXIT_STATUSES.includes(f.status);
  if (leaving && !f.exitDate) issues.push({ field: 'exitDate', message: 'tanggal keluar wajib diisi untuk status bebas atau pindah' });
  if (!leaving && f.exitDate) issues.push({ field: 'exitDate', message: 'tanggal keluar hanya diisi untuk status bebas atau pindah' });
  if (f.exitDate && f.exitDate > today) issues.push({ field: 'exitDate', message: 'tanggal keluar tidak boleh di masa depan' });
  if (f.exitDate && f.exitDate < f.entryDate) issues.push({ field: 'exitDate', message: 'tanggal keluar tidak boleh sebelum tanggal masuk' });
  return issues;
}
