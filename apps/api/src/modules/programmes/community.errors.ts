import type { FieldIssue } from '@selaras/contracts';
import { forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const unitNotFound = () => notFound('Unit', 'community.unit_not_found');
export const cannotRecord = () => forbidden('Jabatan Anda tidak berwenang mencatat kegiatan bagi masyarakat.');

const field = (path: string, message: string, code: string): FieldIssue => ({ path, message, code });
export const activityInvalid = (errors: FieldIssue[]) =>
  invalid('community.invalid', errors.map((e) => e.message).join(' '), errors);

export const notAUpt = () =>
  activityInvalid([field('body.unitId', 'Kegiatan dicatat atas nama satu UPT; pilih UPT pelaksana.', 'not_upt')]);
export const dateInFuture = () =>
  activityInvalid([field('body.date', 'Tanggal kegiatan tidak boleh di masa depan.', 'future')]);
export const dateTooEarly = () =>
  activityInvalid([field('body.date', 'Tanggal kegiatan tidak masuk akal (paling awal 2000-01-01).', 'too_early')]);
export const programmeOfOtherUnit = () =>
  activityInvalid([field('body.programmeId', 'Program tidak ditemukan di UPT pelaksana.', 'programme_unit')]);
export const badRange = () =>
  invalid('community.bad_range', 'Rentang tanggal tidak valid: tahun 2000–2100, dan tanggal awal tidak sesudah tanggal akhir.');
