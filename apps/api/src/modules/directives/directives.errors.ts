import type { FieldIssue } from '@selaras/contracts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const directiveNotFound = () => notFound('Arahan', 'directives.not_found');
export const assignmentNotFound = () => notFound('Penugasan', 'directives.assignment_not_found');
export const reportNotFound = () => notFound('Laporan', 'directives.report_not_found');
export const alreadyIssued = () => conflict('directives.already_issued', 'Arahan ini sudah diterbitkan.');
export const noTargets = () => invalid('directives.no_targets', 'Pemilih sasaran tidak menghasilkan satu unit pun di wilayah Anda.');
export const targetsOutsideScope = () =>
  notFound('Sebagian unit sasaran', 'directives.targets_not_found');
export const cannotIssue = () => forbidden('Jabatan Anda tidak berwenang menerbitkan arahan ini.');

export function transitionRefused(action: string, status: string): AppError {
  return new AppError({
    code: 'directives.transition_refused',
    status: 409,
    title: 'Tidak dapat dilakukan',
    detail: `Tindakan "${action}" tidak dapat dilakukan pada penugasan berstatus "${status}", atau bukan wewenang jabatan Anda.`,
  });
}

/** A report that arrives after the follow-up was verified (typically queued on a phone while offline). */
export const reportAlreadyVerified = () =>
  conflict(
    'directives.report_already_verified',
    'Tindak lanjut ini sudah diverifikasi sebelum laporan Anda terkirim, sehingga laporan baru tidak diterima. Hubungi verifikator bila ada yang perlu diperbaiki.',
  );

export function invalidValues(errors: FieldIssue[]): AppError {
  return invalid('directives.invalid_values', 'Nilai metrik tidak sesuai dengan definisi arahan.', errors);
}

export const requestNotFound = () => notFound('Permohonan', 'directives.request_not_found');
export const requestOpen = () =>
  conflict('directives.request_open', 'Masih ada permohonan yang belum diputuskan untuk penugasan ini.');
export const requestNotAllowed = (status: string) =>
  conflict('directives.request_not_allowed', `Permohonan tidak dapat diajukan untuk penugasan berstatus "${status}".`);
export const cannotRequest = () => forbidden('Hanya unit yang ditugasi sendiri yang dapat mengajukan permohonan ini.');
export const cannotDecideRequest = () => forbidden('Jabatan Anda tidak berwenang memutuskan permohonan ini.');
export const requestAlreadyDecided = () => conflict('directives.request_decided', 'Permohonan ini sudah diputuskan.');
export const requestStale = (status: string) =>
  conflict('directives.request_stale', `Penugasan sudah berstatus "${status}"; pengecualian tidak dapat disetujui lagi.`);
export function extensionNotLater(): AppError {
  return invalid('directives.extension_not_later', 'Tenggat baru harus lebih lambat dari tenggat saat ini.', [
    { path: 'body.requestedDueAt', message: 'Tenggat baru harus lebih lambat dari tenggat saat ini', code: 'directives.extension_not_later' },
  ]);
}
export const cannotSaveDraft = (status: string) => transitionRefused('simpan draf', status);
export const cannotWriteReport = () => forbidden('Jabatan Anda tidak berwenang menyusun laporan penugasan ini.');
export function decisionInvalid(detail: string): AppError {
  return invalid('directives.decision_invalid', detail);
}

export function windowNotFound(count: number): AppError {
  return new AppError({
    code: 'directives.window_not_found',
    status: 404,
    title: 'Tidak ditemukan',
    detail: `Arahan ini hanya memiliki ${count} jendela pelaporan.`,
  });
}

export const reasonRequired = () =>
  invalid('directives.reason_required', 'Perubahan arahan yang sudah diterbitkan memerlukan alasan.', [
    { path: 'body.reason', message: 'Alasan perubahan wajib diisi', code: 'required' },
  ]);
export const noChanges = () => invalid('directives.no_changes', 'Tidak ada perubahan dibandingkan versi terakhir arahan.');
export const targetLocked = () =>
  conflict(
    'directives.target_locked',
    'Sasaran arahan tidak dapat diubah setelah diterbitkan. Terbitkan arahan baru untuk sasaran yang berbeda.',
  );
export const metricsLocked = (detail: string) =>
  conflict(
    'directives.metrics_locked',
    `Setelah diterbitkan, metrik tidak dapat ditambah, dihapus, atau diubah jenisnya, pilihannya, atau cara rekapnya; yang dapat diubah hanya nama, satuan, dan target per unit. ${detail} Terbitkan arahan baru bila metriknya berbeda.`,
  );
export const notAmendable = (fields: string[]) =>
  conflict(
    'directives.not_amendable',
    `Kolom ${fields.join(', ')} tidak dapat diubah setelah arahan diterbitkan. Yang dapat diubah: judul, isi, prioritas, nama/satuan/target metrik, aturan bukti, dan tenggat.`,
  );
export const cannotAmend = () => forbidden('Jabatan Anda tidak berwenang mengubah arahan ini.');
