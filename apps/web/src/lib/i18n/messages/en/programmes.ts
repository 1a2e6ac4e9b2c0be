import type { programmesId } from '../programmes';

export const programmesEn: Record<keyof typeof programmesId, string> = {
  'nav.programmes': 'Rehabilitation',
  'auditAction.inmates.created': 'Inmate registered',
  'auditAction.inmates.updated': 'Inmate record changed',
  'auditAction.inmates.imported': 'Inmate register imported',
  'auditAction.inmates.names_read': 'Inmate names read',
  'auditAction.programmes.created': 'Rehabilitation programme created',
  'auditAction.programmes.updated': 'Rehabilitation programme changed',
  'auditAction.programmes.enrolment_changed': 'Programme enrolment changed',
  'auditAction.programmes.attendance_recorded': 'Programme attendance recorded',
  'auditAction.programmes.certificate_recorded': 'Inmate certificate recorded',
  'auditAction.programmes.community_recorded': 'Community activity recorded',
};
