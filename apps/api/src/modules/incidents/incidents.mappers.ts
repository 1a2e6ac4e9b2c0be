import type { Agency, Alert, Incident, TimelineEntry } from '@selaras/contracts';
import type { Principal } from '../../platform/auth/principal.js';
import type { SopVersionRow } from './incident-catalogue.queries.js';
import { toSummary, type SummaryRow } from './incidents.summary.js';
import { incidentAbilities } from './incidents.policy.js';
import type { AgencyRow, EventRow, IncidentRow, PersonRow, SopStepRow } from './incidents.queries.js';

export type IncidentDetails = {
  events: EventRow[];
  steps: SopStepRow[];
  sopVersion: SopVersionRow | null;
  agencies: AgencyRow[];
  alerts: Alert[];
};

const MINUTE = 60_000;

export function refOf(row: IncidentRow) {
  return { unitPath: row.unitPath, status: row.status, hasReview: row.review !== null };
}

export function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    agency: row.agency,
    name: row.name,
    contact: row.contact,
    requestedAt: row.requestedAt.toISOString(),
    arrivedAt: row.arrivedAt?.toISOString() ?? null,
    personnel: row.personnel,
    notes: row.notes,
    responseMinutes: row.arrivedAt ? Math.round((row.arrivedAt.getTime() - row.requestedAt.getTime()) / MINUTE) : null,
  };
}

export function toTimelineEntry(row: EventRow): TimelineEntry {
  return {
    id: row.id,
    kind: row.kind as TimelineEntry['kind'],
    at: row.at.toISOString(),
    by: row.byName,
    summary: row.summary,
    note: row.note,
    counters: row.counters,
  };
}

function sopOf(version: SopVersionRow | null, steps: SopStepRow[]): Incident['sop'] {
  if (!version) return { versionId: null, version: null, steps: [] };
  const done = new Map(steps.map((s) => [s.stepKey, s]));
  return {
    versionId: version.id,
    version: version.version,
    steps: version.steps.map((step) => {
      const d = done.get(step.key);
      return { ...step, doneAt: d?.doneAt.toISOString() ?? null, doneBy: d?.doneByName ?? null, note: d?.note ?? null };
    }),
  };
}

/** The full incident as the caller may see it: never any names of persons, only the counts. */
export function toIncident(summary: SummaryRow, details: IncidentDetails, principal: Principal): Incident {
  const row = summary.incident;
  const review = row.review
    ? {
        cause: row.review.cause,
        actionsTaken: row.review.actionsTaken,
        lessons: row.review.lessons,
        followUps: row.review.followUps,
        submittedAt: row.review.submittedAt,
        submittedBy: row.review.submittedByName,
      }
    : null;
  return {
    ...toSummary(summary),
    description: row.description,
    reportedBy: row.reportedByName,
    sop: sopOf(details.sopVersion, details.steps),
    alerts: details.alerts,
    agencies: details.agencies.map(toAgency),
    timeline: details.events.map(toTimelineEntry),
    review,
    closedAt: row.closedAt?.toISOString() ?? null,
    closedBy: row.closedByName,
    followUpDirectiveIds: row.followUpDirectiveIds,
    abilities: incidentAbilities(principal, refOf(row)),
  };
}

export function toPerson(row: PersonRow) {
  return {
    id: row.id,
    role: row.role as 'warga_binaan' | 'petugas' | 'pengunjung' | 'lainnya',
    name: row.name,
    ...(row.registrationNumber ? { registrationNumber: row.registrationNumber } : {}),
    ...(row.status ? { status: row.status } : {}),
    ...(row.note ? { note: row.note } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}
