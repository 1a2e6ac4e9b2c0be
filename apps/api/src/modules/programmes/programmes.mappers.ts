import type { Enrolment, EnrolmentReason, Programme, ProgrammeCategory, TimeZone } from '@selaras/contracts';
import type { Principal } from '../../platform/auth/principal.js';
import type { ProgrammeRow, ProgrammeView } from './programmes.queries.js';
import type { EnrolmentView } from './programmes.enrolments.queries.js';
import { enrolmentAbilities, programmeAbilities } from './programmes.policy.js';
import { hoursPerWeek, sortedTimetable } from './programmes.timetable.js';

/** The unit's calendar date at `at` (YYYY-MM-DD): enrolment and end dates are local days. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function toProgramme(view: ProgrammeView, principal: Principal): Programme {
  const p = view.programme;
  return {
    id: p.id,
    unit: { id: view.unit.id, name: view.unit.name, timezone: view.unit.timezone as TimeZone },
    name: p.name,
    track: p.track,
    category: p.category as ProgrammeCategory,
    partner: p.partner,
    trainer: p.trainer,
    place: p.place,
    capacity: p.capacity,
    startDate: p.startDate,
    endDate: p.endDate,
    timetable: sortedTimetable(p.timetable),
    hoursPerWeek: hoursPerWeek(p.timetable),
    description: p.description,
    archived: p.archived,
    counts: { active: view.counts.aktif, waitlist: view.counts.daftar_tunggu, suspended: view.counts.ditangguhkan, ended: view.counts.selesai },
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    abilities: programmeAbilities(principal, p),
  };
}

export function toEnrolment(row: EnrolmentView, programme: Pick<ProgrammeRow, 'unitPath' | 'archived'>, principal: Principal): Enrolment {
  return {
    id: row.id,
    programmeId: row.programmeId,
    inmate: { id: row.inmateId, pseudonym: row.pseudonym },
    status: row.status,
    reason: row.reason as EnrolmentReason | null,
    note: row.note,
    enrolledOn: row.enrolledOn,
    endedOn: row.endedOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: enrolmentAbilities(principal, programme, row.status),
  };
}
