import type { UnitImportResult } from '@selaras/contracts';
import { AppError, conflict, invalid, notFound } from '../../platform/http/errors.js';

export const unitNotFound = () => notFound('Unit kerja', 'units.not_found');

export function importRejected(errors: UnitImportResult['errors']): AppError {
  return invalid(
    'units.import_invalid',
    `Berkas berisi ${errors.length} kesalahan; tidak ada yang diterapkan. Perbaiki baris yang disebut lalu unggah lagi.`,
    errors.map((e) => ({ path: e.row ? `baris ${e.row}${e.field ? ` · ${e.field}` : ''}` : 'berkas', message: e.message, code: 'row_invalid' })),
  );
}

export function unreadableFile(detail: string): AppError {
  return new AppError({ code: 'units.file_unreadable', status: 400, title: 'Berkas tidak terbaca', detail });
}

/** Two imports of overlapping files ran at once; the later one lost the race and changed nothing. */
export const importClashed = () =>
  conflict('units.import_conflict', 'Impor lain mengubah unit yang sama pada saat bersamaan. Tidak ada yang diterapkan; pratinjau lalu terapkan lagi.');
