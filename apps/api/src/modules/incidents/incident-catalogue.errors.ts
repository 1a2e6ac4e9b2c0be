import type { FieldIssue } from '@selaras/contracts';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';

export const categoryNotFound = () => notFound('Kategori insiden', 'incidents.category_not_found');
export const categoryCodeTaken = (code: string) =>
  conflict(
    'incidents.category_code_taken',
    `Kode kategori "${code}" sudah dipakai kategori lain. Pilih kode yang berbeda.`,
  );
export const invalidCounters = (errors: FieldIssue[]) =>
  invalid('incidents.counters_invalid', 'Definisi penghitung kategori tidak sesuai.', errors);
export const invalidRules = (errors: FieldIssue[]) =>
  invalid('incidents.rules_invalid', 'Aturan eskalasi tidak dapat disimpan; tidak ada yang diubah.', errors);
export const sopInThePast = () =>
  invalid(
    'incidents.sop_in_the_past',
    'Versi SOP baru tidak boleh berlaku surut; pilih waktu mulai sekarang atau nanti.',
    [
      {
        path: 'body.activeFrom',
        message: 'Waktu mulai berlaku tidak boleh di masa lalu',
        code: 'incidents.sop_in_the_past',
      },
    ],
  );
