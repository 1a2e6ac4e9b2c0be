import type { ChecklistItem, FieldIssue } from '@selaras/contracts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const productNotFound = () => notFound('Produk', 'products.not_found');
export const permitNotFound = () => notFound('Izin produk', 'products.permit_not_found');
export const stageRequestNotFound = () => notFound('Pengajuan naik tahap', 'products.stage_request_not_found');

export const cannotManage = () => forbidden('Jabatan Anda tidak berwenang mengelola produk unit ini.');
export const cannotApprove = () =>
  forbidden(
    'Pengajuan naik tahap disetujui oleh Kanwil atau pusat di atas unit produk; unit tidak menyetujui pengajuannya sendiri.',
  );

export const field = (path: string, message: string, code: string): FieldIssue => ({ path, message, code });
export const productInvalid = (issues: FieldIssue[]) =>
  invalid('products.invalid', issues.map((e) => e.message).join(' '), issues);
export const permitInvalid = (issues: FieldIssue[]) =>
  invalid('products.permit_invalid', issues.map((e) => e.message).join(' '), issues);

export const productArchived = () => conflict('products.archived', 'Produk sudah diarsipkan dan tidak dapat diubah.');
export const notNextStage = (next: string | null) =>
  conflict(
    'products.not_next_stage',
    next ? `Pengajuan hanya untuk tahap berikutnya (${next}).` : 'Produk sudah di tahap tertinggi.',
  );
export const requestAlreadyOpen = () =>
  conflict('products.stage_request_open', 'Masih ada pengajuan naik tahap yang menunggu keputusan.');
export const requestDecided = () => conflict('products.stage_request_decided', 'Pengajuan ini sudah diputuskan.');
export const stageChanged = () =>
  conflict('products.stage_changed', 'Tahap produk sudah berubah sejak pengajuan ini dibuat.');

/** The checklist is not met: the items still open are listed in the detail and as an extension member. */
export function checklistUnmet(items: ChecklistItem[]): AppError {
  const unmet = items.filter((i) => !i.met);
  return new AppError({
    code: 'products.checklist_unmet',
    status: 409,
    title: 'Syarat belum terpenuhi',
    detail: `Syarat tahap berikutnya belum terpenuhi: ${unmet.map((i) => i.detail).join(' ')}`,
    extra: { unmet },
  });
}
