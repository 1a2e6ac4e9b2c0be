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

export function invalidValues(errors: { path: string; message: string }[]): AppError {
  return invalid(
    'directives.invalid_values',
    'Nilai metrik tidak sesuai dengan definisi arahan.',
    errors.map((e) => ({ ...e, code: 'invalid_metric' })),
  );
}
