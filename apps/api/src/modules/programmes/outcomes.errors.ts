import type { FieldIssue } from '@selaras/contracts';
import { forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const inmateNotFound = () => notFound('Warga binaan', 'outcomes.inmate_not_found');
export const cannotRecord = () => forbidden('Jabatan Anda tidak berwenang mencatat sertifikat warga binaan.');

const field = (path: string, message: string, code: string): FieldIssue => ({ path, message, code });

export const certificateInvalid = (errors: FieldIssue[]) =>
  invalid('outcomes.certificate_invalid', errors.map((e) => e.message).join(' '), errors);

export const issuedInFuture = () =>
  certificateInvalid([field('body.issuedOn', 'Tanggal terbit tidak boleh di masa depan.', 'future')]);
export const issuedTooEarly = () =>
  certificateInvalid([field('body.issuedOn', 'Tanggal terbit tidak masuk akal (paling awal 1970-01-01).', 'too_early')]);
export const programmeOfOtherUnit = () =>
  certificateInvalid([
    field('body.programmeId', 'Program tidak ditemukan di unit tempat warga binaan ini terdaftar.', 'programme_unit'),
  ]);
