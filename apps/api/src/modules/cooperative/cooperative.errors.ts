import type { FieldIssue } from '@selaras/contracts';
import { conflict, forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const unitNotFound = () => notFound('UPT', 'cooperative.unit_not_found');
export const cannotManage = () => forbidden('Jabatan Anda tidak berwenang mengelola koperasi unit ini.');
export const targetsAboveUpt = () => forbidden('Target penjualan dan PNBP ditetapkan oleh Kanwil atau Ditjenpas, bukan oleh UPT sendiri.');

export const field = (path: string, message: string, code: string): FieldIssue => ({ path, message, code });
export const invalidInput = (issues: FieldIssue[]) => invalid('cooperative.invalid', issues.map((e) => e.message).join(' '), issues);

export const weekStarted = () =>
  conflict('cooperative.preorder_week_started', 'Minggu PO ini sudah dimulai; PO yang sudah dikirim tidak dapat diubah lagi.');
export const weekPassed = () => conflict('cooperative.preorder_week_passed', 'Minggu ini sudah lewat; PO hanya dapat dikirim untuk minggu berjalan atau minggu mendatang.');
export const duplicateBillingCode = () => conflict('cooperative.duplicate_billing_code', 'Kode billing ini sudah tercatat sebagai setoran PNBP.');
export const preorderRace = () => conflict('cooperative.preorder_race', 'PO minggu ini baru saja dikirim dari perangkat lain; muat ulang untuk melihatnya.');
