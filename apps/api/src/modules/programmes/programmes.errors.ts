import type { FieldIssue } from '@selaras/contracts';
import { conflict, forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const programmeNotFound = () => notFound('Program pembinaan', 'programmes.not_found');
export const enrolmentNotFound = () => notFound('Peserta program', 'programmes.enrolment_not_found');

export const cannotManage = () => forbidden('Jabatan Anda tidak berwenang mengelola program pembinaan.');

export const programmeInvalid = (issues: FieldIssue[]) =>
  invalid('programmes.invalid', issues.map((e) => e.message).join(' '), issues);
export const field = (path: string, message: string, code: string): FieldIssue => ({ path, message, code });

export const capacityBelowActive = (active: number) =>
  conflict('programmes.capacity_below_active', `Kapasitas tidak boleh di bawah jumlah peserta aktif saat ini (${active} orang).`);
export const programmeArchived = () => conflict('programmes.archived', 'Program sudah diarsipkan; peserta tidak dapat ditambah atau diubah.');
export const timetableClash = (programmeName: string) =>
  conflict('programmes.timetable_clash', `Jadwal baru bertabrakan dengan program "${programmeName}" yang diikuti peserta aktif program ini.`);

export const alreadyEnrolled = () => conflict('programmes.already_enrolled', 'Warga binaan ini sudah terdaftar di program ini.');
export const enrolmentClash = (programmeName: string) =>
  conflict('programmes.enrolment_clash', `Jadwal bertabrakan: warga binaan ini sedang aktif di program "${programmeName}" pada waktu yang sama.`);
export const noFreeSeat = () => conflict('programmes.no_free_seat', 'Tidak ada kursi kosong; kapasitas program sudah penuh.');
export const enrolmentEnded = () => conflict('programmes.enrolment_ended', 'Keikutsertaan sudah selesai dan tidak dapat diubah lagi.');
export const statusUnchanged = (status: string) =>
  conflict('programmes.status_unchanged', `Perubahan status tidak berlaku dari status "${status}".`);

export const inmateNotEligible = () =>
  programmeInvalid([field('body.inmateId', 'Warga binaan tidak ditemukan sebagai penghuni aktif di unit program ini.', 'not_eligible')]);
