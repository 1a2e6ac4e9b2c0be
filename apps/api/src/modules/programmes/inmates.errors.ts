import type { InmateImportRowError } from '@selaras/contracts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const inmateNotFound = () => notFound('Warga binaan', 'inmates.not_found');
export const unitNotFound = () => notFound('Unit kerja', 'inmates.unit_not_found');

export const namesForbidden = () =>
  forbidden('Jabatan Anda tidak berwenang melihat nama warga binaan; daftar tetap dapat dibaca dengan nama samaran.');

export const notAnUpt = () =>
  invalid('inmates.unit_not_upt', 'Register warga binaan hanya untuk UPT. Pilih UPT di wilayah Anda.', [
    { path: 'body.unitId', message: 'pilih sebuah UPT', code: 'not_upt' },
  ]);

export const registrationTaken = (registrationNumber: string) =>
  conflict('inmates.registration_taken', `Nomor registrasi ${registrationNumber} sudah dipakai di unit ini.`);

/** A field-level 422 with one message. */
export const invalidField = (path: string, message: string) =>
  invalid('inmates.invalid', `Data warga binaan tidak valid: ${message}.`, [{ path: `body.${path}`, message, code: 'invalid' }]);

export function importRejected(errors: InmateImportRowError[]): AppError {
  return invalid(
    'inmates.import_invalid',
    `Berkas berisi ${errors.length} kesalahan; tidak ada yang diterapkan. Perbaiki baris yang disebut lalu unggah lagi.`,
    errors.map((e) => ({ path: `baris ${e.row}${e.field ? ` · ${e.field}` : ''}`, message: e.message, code: 'row_invalid' })),
  );
}

export function unreadableFile(detail: string): AppError {
  return new AppError({ code: 'inmates.file_unreadable', status: 400, title: 'Berkas tidak terbaca', detail });
}

export const importClashed = () =>
  conflict('inmates.import_conflict', 'Perubahan lain pada register terjadi bersamaan. Tidak ada yang diterapkan; pratinjau lalu terapkan lagi.');
