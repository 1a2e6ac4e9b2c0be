import type { incidentDetailsId } from '../incident-details';

export const incidentDetailsEn: Record<keyof typeof incidentDetailsId, string> = {
  'incidents.details.title': 'Incident details',
  'incidents.details.open': 'Change the details and the number of people involved',
  'incidents.details.explain':
    'Complete or correct the first report. Only the fields you change are sent; changes are kept in the timeline.',
  'incidents.details.severity': 'Severity',
  'incidents.details.occurredAt': 'Time of incident ({zone})',
  'incidents.details.location': 'Place',
  'incidents.details.description': 'Description',
  'incidents.details.involved': 'Number of people involved',
  'incidents.details.inmates': 'Inmates involved',
  'incidents.details.officers': 'Officers involved',
  'incidents.details.others': 'Others involved',
  'incidents.details.injured': 'Injured',
  'incidents.details.dead': 'Dead',
  'incidents.details.submit': 'Save details',
  'incidents.details.saved': 'Details saved.',
  'incidents.details.unchanged': 'No detail has been changed yet.',
  'incidents.involvedList.title': 'People involved',
  'incidents.involvedList.inmates': 'Inmates',
  'incidents.involvedList.officers': 'Officers',
  'incidents.involvedList.others': 'Others',
};
