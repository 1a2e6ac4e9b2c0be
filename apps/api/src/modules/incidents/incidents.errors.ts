import type { FieldIssue } from '@selaras/contracts';
import { conflict, forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const incidentNotFound = () => notFound('Kejadian', 'incidents.not_found');
export const agencyNotFound = () => notFound('Catatan koordinasi APH', 'incidents.agency_not_found');
export const sopStepNotFound = () => notFound('Langkah SOP', 'incidents.sop_step_not_found');

export const cannotReport = () => forbidden('Jabatan Anda tidak berwenang melaporkan kejadian kamtib.');
export const cannotUpdate = () => forbidden('Anda tidak berwenang memperbarui kejadian ini.');
export const cannotReview = () => forbidden('Kajian pascakejadian ditulis oleh unit tempat kejadian atau unit di atasnya.');
export const cannotClose = () =>
  forbidden('Kejadian ditutup oleh Kanwil atau Ditjenpas dengan kewenangan peninjauan, bukan oleh unit tempat kejadian.');
export const cannotIssueFollowUps = () => forbidden('Hanya pimpinan yang dapat menerbitkan tindak lanjut sebagai arahan.');
export const cannotSeePersons = () => forbidden('Nama orang yang terlibat hanya dapat dibuka oleh pejabat dengan kewenangan data orang (KPLP atau pimpinan).');

export const incidentClosed = () => conflict('incidents.closed', 'Kejadian sudah ditutup; data tidak dapat diubah lagi.');
export const statusBackwards = (current: string, next: string) =>
  conflict('incidents.status_backwards', `Status tidak dapat mundur atau tetap: sekarang "${current}", diminta "${next}".`);
export const reviewTooEarly = () => conflict('incidents.review_too_early', 'Kajian pascakejadian ditulis setelah status kejadian "pulih".');
export const closeTooEarly = () => conflict('incidents.close_too_early', 'Kejadian dapat ditutup setelah berstatus "pulih" dan kajian pascakejadian tersedia.');
export const clientIdTaken = () =>
  conflict('incidents.client_id_taken', 'Kode laporan perangkat ini sudah dipakai oleh pengguna lain. Buat laporan baru.');

export const reportInvalid = (errors: FieldIssue[]) =>
  invalid('incidents.invalid', errors.map((e) => e.message).join(' '), errors);

export const field = (path: string, message: string, code: string): FieldIssue => ({ path, message, code });

export const occurredInFuture = (path = 'body.occurredAt') =>
  reportInvalid([field(path, 'Waktu kejadian tidak boleh di masa depan.', 'future')]);
export const arrivalBeforeRequest = () =>
  reportInvalid([field('body.arrivedAt', 'Waktu tiba tidak boleh sebelum waktu permintaan bantuan.', 'before_request')]);
