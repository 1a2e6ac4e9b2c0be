import type { AlertLevel, AphAgency, IncidentStatus } from '@selaras/contracts';
import { ALERT_LEVELS, APH_AGENCIES, INCIDENT_STATUSES, PERSON_ROLES, TIMELINE_KINDS } from '@selaras/contracts';
import type { MessageKey } from '@/lib/i18n/messages';

export type PersonRole = (typeof PERSON_ROLES)[number];
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Each code's message key under a prefix (`polres` → `incidents.agency.polres`); the typing checks every key exists. */
function keysUnder<const P extends string, const C extends string>(
  prefix: P,
  codes: readonly C[],
): Record<C, `${P}.${C}`> {
  return Object.fromEntries(codes.map((code) => [code, `${prefix}.${code}`])) as Record<C, `${P}.${C}`>;
}

export const STATUS_LABEL: Record<IncidentStatus, MessageKey> = keysUnder('incidentStatus', INCIDENT_STATUSES);

/** The button that moves an incident on ("Tandai ditangani"). */
export const STATUS_ACTION: Record<Exclude<IncidentStatus, 'dilaporkan' | 'ditutup'>, MessageKey> = {
  ditangani: 'incidents.status.toDitangani',
  terkendali: 'incidents.status.toTerkendali',
  pulih: 'incidents.status.toPulih',
};

export const BADGE = 'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset';

/** Red while reported, amber while handled, teal once controlled or recovered, grey when closed. */
export const STATUS_BADGE: Record<IncidentStatus, string> = {
  dilaporkan: 'bg-red-100 text-red-900 ring-red-300',
  ditangani: 'bg-amber-100 text-amber-950 ring-amber-400',
  terkendali: 'bg-teal-50 text-teal-900 ring-teal-300',
  pulih: 'bg-teal-100 text-teal-950 ring-teal-400',
  ditutup: 'bg-slate-100 text-slate-800 ring-slate-300',
};

export const AGENCY_LABEL: Record<AphAgency, MessageKey> = keysUnder('incidents.agency', APH_AGENCIES);

export const AGENCY_OPTIONS = APH_AGENCIES;

export const ALERT_LEVEL_LABEL: Record<AlertLevel, MessageKey> = keysUnder('incidents.alertLevel', ALERT_LEVELS);

export const PERSON_ROLE_LABEL: Record<PersonRole, MessageKey> = keysUnder('incidents.personRole', PERSON_ROLES);

export const PERSON_ROLE_OPTIONS = PERSON_ROLES;

export const TIMELINE_LABEL: Record<TimelineKind, MessageKey> = keysUnder('incidents.timeline', TIMELINE_KINDS);

/** A glyph per kind, for scanning; the label beside it carries the meaning. */
export const TIMELINE_ICON: Record<TimelineKind, string> = {
  reported: '⚠',
  details: '✎',
  note: '✉',
  counters: '#',
  status: '➜',
  sop_step: '☑',
  agency: '⚑',
  alert_sent: '◉',
  alert_acknowledged: '✔',
  alert_escalated: '⇧',
  person_added: '☺',
  review: '✍',
  closed: '■',
};
