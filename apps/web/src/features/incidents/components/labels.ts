import type { AlertLevel, AphAgency, IncidentStatus } from '@selaras/contracts';
import { APH_AGENCIES, PERSON_ROLES, TIMELINE_KINDS } from '@selaras/contracts';
import type { MessageKey } from '@/lib/i18n/messages';

export type PersonRole = (typeof PERSON_ROLES)[number];
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const STATUS_LABEL: Record<IncidentStatus, MessageKey> = {
  dilaporkan: 'incidentStatus.dilaporkan',
  ditangani: 'incidentStatus.ditangani',
  terkendali: 'incidentStatus.terkendali',
  pulih: 'incidentStatus.pulih',
  ditutup: 'incidentStatus.ditutup',
};

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

export const AGENCY_LABEL: Record<AphAgency, MessageKey> = {
  polres: 'incidents.agency.polres',
  polsek: 'incidents.agency.polsek',
  polda: 'incidents.agency.polda',
  brimob: 'incidents.agency.brimob',
  kodim_tni: 'incidents.agency.kodim_tni',
  bnn: 'incidents.agency.bnn',
  damkar: 'incidents.agency.damkar',
  pemda: 'incidents.agency.pemda',
  bpbd: 'incidents.agency.bpbd',
  lainnya: 'incidents.agency.lainnya',
};

export const AGENCY_OPTIONS = APH_AGENCIES;

export const ALERT_LEVEL_LABEL: Record<AlertLevel, MessageKey> = {
  unit: 'incidents.alertLevel.unit',
  kanwil: 'incidents.alertLevel.kanwil',
  hq: 'incidents.alertLevel.hq',
};

export const PERSON_ROLE_LABEL: Record<PersonRole, MessageKey> = {
  warga_binaan: 'incidents.personRole.warga_binaan',
  petugas: 'incidents.personRole.petugas',
  pengunjung: 'incidents.personRole.pengunjung',
  lainnya: 'incidents.personRole.lainnya',
};

export const PERSON_ROLE_OPTIONS = PERSON_ROLES;

export const TIMELINE_LABEL: Record<TimelineKind, MessageKey> = {
  reported: 'incidents.timeline.reported',
  details: 'incidents.timeline.details',
  note: 'incidents.timeline.note',
  counters: 'incidents.timeline.counters',
  status: 'incidents.timeline.status',
  sop_step: 'incidents.timeline.sop_step',
  agency: 'incidents.timeline.agency',
  alert_sent: 'incidents.timeline.alert_sent',
  alert_acknowledged: 'incidents.timeline.alert_acknowledged',
  alert_escalated: 'incidents.timeline.alert_escalated',
  person_added: 'incidents.timeline.person_added',
  review: 'incidents.timeline.review',
  closed: 'incidents.timeline.closed',
};

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
