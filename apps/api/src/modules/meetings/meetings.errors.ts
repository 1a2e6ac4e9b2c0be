import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const meetingNotFound = () => notFound('Rapat', 'meetings.not_found');
export const invitationNotFound = () => notFound('Undangan unit', 'meetings.invitation_not_found');
export const decisionNotFound = () => notFound('Keputusan rapat', 'meetings.decision_not_found');
export const organiserOutsideScope = () =>
  invalid('meetings.organiser_outside_scope', 'Unit penyelenggara harus unit Anda atau unit di bawahnya.', [
    { path: 'body.organiserUnitId', message: 'Unit penyelenggara di luar wilayah Anda', code: 'outside_scope' },
  ]);
export const chairNotFound = () =>
  invalid('meetings.chair_not_found', 'Pimpinan rapat harus jabatan aktif di wilayah Anda.', [
    { path: 'body.chairPositionId', message: 'Jabatan tidak ditemukan di wilayah Anda', code: 'not_found' },
  ]);
export const noInvitees = () => invalid('meetings.no_invitees', 'Pemilih undangan tidak menghasilkan satu unit pun di wilayah penyelenggara.');
export const inviteesOutsideScope = () =>
  invalid('meetings.invitees_outside_scope', 'Sebagian unit undangan tidak ditemukan di wilayah penyelenggara.');
export const notInvited = () => forbidden('Unit Anda tidak diundang ke rapat ini.');
export const cannotManage = () => forbidden('Hanya penyelenggara rapat yang dapat melakukan tindakan ini.');
export const cannotCreateDirective = () => forbidden('Jabatan Anda tidak berwenang membuat arahan.');
export const decisionLinked = () =>
  conflict('meetings.decision_linked', 'Keputusan yang sudah dijadikan arahan tidak dapat dihapus dari notula.');

export function outsideWindow(opensAt: string, closesAt: string): AppError {
  return new AppError({
    code: 'meetings.outside_window',
    status: 409,
    title: 'Di luar waktu rapat',
    detail: `Kehadiran hanya dapat dicatat sejak 30 menit sebelum rapat dimulai hingga rapat selesai (${opensAt} sampai ${closesAt}).`,
  });
}

export function decisionHasDirective(directiveId: string): AppError {
  return new AppError({
    code: 'meetings.decision_has_directive',
    status: 409,
    title: 'Sudah menjadi arahan',
    detail: 'Keputusan ini sudah dijadikan arahan.',
    extra: { directiveId },
  });
}
