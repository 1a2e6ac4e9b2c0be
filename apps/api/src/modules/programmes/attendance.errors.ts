import type { FieldIssue } from '@selaras/contracts';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';

export const programmeNotFound = () => notFound('Program pembinaan', 'attendance.programme_not_found');
export const programmeArchived = () =>
  conflict('attendance.programme_archived', 'Program ini sudah diarsipkan; pulihkan dahulu sebelum mencatat presensi.');
export const sessionNotFound = () =>
  notFound('Sesi pada tanggal dan jam itu (di luar jadwal mingguan atau di luar masa program)', 'attendance.session_not_found');
export const badRange = (maxDays: number) =>
  invalid(
    'attendance.bad_range',
    `Rentang tanggal tidak valid: tanggal awal tidak sesudah tanggal akhir, paling panjang ${maxDays} hari, tahun 2000–2100.`,
  );
export const sessionNotStarted = () =>
  invalid('attendance.session_not_started', 'Sesi ini belum dimulai; presensi dicatat setelah jam mulai sesi.');
export const sessionTooOld = (days: number) =>
  invalid('attendance.session_too_old', `Sesi ini sudah lebih dari ${days} hari yang lalu; presensinya tidak dapat diubah lagi.`);
export const entriesInvalid = (errors: FieldIssue[]) =>
  invalid('attendance.invalid_entries', errors.map((e) => e.message).join(' '), errors);
