import type { IncidentMap } from '@selaras/contracts';
import type { MessageKey } from '@/lib/i18n/messages';

export type IncidentPoint = IncidentMap['points'][number];
export const INCIDENT_COLOURS = ['red', 'amber', 'grey'] as const;
export type IncidentColour = (typeof INCIDENT_COLOURS)[number];

/** Red while a serious incident is open, amber while any other is, grey once all are closed. */
export function colourOf(point: Pick<IncidentPoint, 'open' | 'openSerious'>): IncidentColour {
  if (point.openSerious > 0) return 'red';
  if (point.open > 0) return 'amber';
  return 'grey';
}

export const INCIDENT_COLOUR_HEX: Record<IncidentColour, string> = {
  red: '#b91c1c',
  amber: '#b45309',
  grey: '#64748b',
};
export const INCIDENT_COLOUR_LABEL: Record<IncidentColour, MessageKey> = {
  red: 'incidentStats.map.red',
  amber: 'incidentStats.map.amber',
  grey: 'incidentStats.map.grey',
};
