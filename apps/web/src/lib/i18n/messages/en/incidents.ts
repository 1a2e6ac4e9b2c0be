import type { incidentsId } from '../incidents';

export const incidentsEn: Record<keyof typeof incidentsId, string> = {
  'nav.incidents': 'Security',
  'auditAction.incidents.reported': 'Security incident reported',
  'auditAction.incidents.details_updated': 'Incident details changed',
  'auditAction.incidents.update_added': 'Incident update added',
  'auditAction.incidents.status_changed': 'Incident status changed',
  'auditAction.incidents.sop_step_recorded': 'Incident SOP step recorded',
  'auditAction.incidents.agency_logged': 'Law-enforcement coordination logged',
  'auditAction.incidents.person_added': 'Person involved in incident recorded',
  'auditAction.incidents.persons_read': 'Persons involved in incident read',
  'auditAction.incidents.reviewed': 'Post-incident review saved',
  'auditAction.incidents.closed': 'Incident closed',
  'auditAction.incidents.alert_acknowledged': 'Incident alert acknowledged',
  'auditAction.incidents.catalogue_changed': 'Security catalogue changed',
};
