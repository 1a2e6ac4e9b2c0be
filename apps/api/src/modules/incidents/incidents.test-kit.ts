// Helpers shared by the incidents module's route tests.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Incident, IncidentStatus } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { incidentCategories, incidentSopVersions } from './incident-catalogue.table.js';
import { put } from '../../test/app.js';

// eslint-disable-next-line no-restricted-imports -- test helpers about units and problems, shared rather than copied
export { API, kanwilId, problem, unitByName } from '../directives/directives.test-kit.js';
// eslint-disable-next-line no-restricted-imports -- the same settable clock the meetings tests use
export { testClock } from '../meetings/meetings.test-kit.js';
export { signedIn } from '../../test/app.js';

export const INCIDENTS = '/api/v1/incidents';
export const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
export const CIPINANG = 'Lapas Kelas I Cipinang';

export { put };

/** A seeded category by its code (e.g. 'pelarian'), with its current SOP steps. */
export async function categoryByCode(t: TestApp, code: string) {
  const [row] = await t.database.db.select().from(incidentCategories).where(eq(incidentCategories.code, code));
  assert.ok(row, `category ${code} is seeded`);
  const versions = await t.database.db.select().from(incidentSopVersions).where(eq(incidentSopVersions.categoryId, row.id));
  return { ...row, versions };
}

/** A valid first report (a fresh clientId each time); tests override what they are about. */
export function reportBody(categoryId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clientId: randomUUID(),
    categoryId,
    severity: 'berat',
    location: 'Blok C, sel 12',
    description: 'Dua warga binaan tidak ada saat apel pagi; pagar belakang rusak.',
    ...overrides,
  };
}

export async function reportIncident(by: Client, body: Record<string, unknown>): Promise<Incident> {
  const res = await by.post(INCIDENTS, body);
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as Incident;
}

export async function incidentOf(by: Client, id: string): Promise<Incident> {
  const res = await by.get(`${INCIDENTS}/${id}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Incident;
}

export async function changeStatus(by: Client, id: string, status: Exclude<IncidentStatus, 'dilaporkan' | 'ditutup'>): Promise<Incident> {
  const res = await by.post(`${INCIDENTS}/${id}/status`, { status });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Incident;
}

export function reviewBody(followUps: { title: string; dueDate?: string }[] = []): Record<string, unknown> {
  return {
    cause: 'Pagar belakang berkarat dan tidak diperiksa sejak tahun lalu.',
    actionsTaken: 'Apel darurat, penyisiran bersama Polres, pagar ditambal sementara.',
    lessons: 'Pemeriksaan pagar perlu masuk jadwal kontrol mingguan.',
    followUps,
  };
}

/** Brings an incident to 'pulih' and writes its review: ready for the Kanwil to close. */
export async function recoverAndReview(by: Client, id: string, followUps: { title: string; dueDate?: string }[] = []): Promise<Incident> {
  await changeStatus(by, id, 'pulih');
  const res = await put(by, `${INCIDENTS}/${id}/review`, reviewBody(followUps));
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Incident;
}

/** The audit trail of one incident, oldest first. */
export async function auditOf(t: TestApp, incidentId: string) {
  return t.database.db
    .select({ action: auditEvents.action, actorName: auditEvents.actorName, summary: auditEvents.summary })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, incidentId))
    .orderBy(asc(auditEvents.at), asc(auditEvents.seq));
}
