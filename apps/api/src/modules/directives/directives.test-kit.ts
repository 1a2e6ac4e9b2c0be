// Helpers shared by the directives module's route tests.
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { z } from 'zod';
import type { Assignment, Directive, DirectiveRollupSchema, Report } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
import { SEED_KANWIL } from '../../test/seed-data.js';
export { problem } from '../../test/problem.js';

export { SEED_KANWIL, SEED_UPT, type SeedKanwil, type SeedUpt } from '../../test/seed-data.js';

export const API = '/api/v1';

export type Rollup = z.infer<typeof DirectiveRollupSchema>;
export type AssignmentPage = { items: Assignment[]; total: number };


export { signedIn } from '../../test/app.js';

export async function unitByName(t: TestApp, name: string) {
  const [unit] = await t.database.db
    .select({ id: orgUnits.id, code: orgUnits.code, timezone: orgUnits.timezone, kanwilId: orgUnits.kanwilId })
    .from(orgUnits)
    .where(eq(orgUnits.name, name));
  assert.ok(unit, `unit "${name}" is seeded`);
  return unit;
}

export async function kanwilId(t: TestApp, code: string): Promise<string> {
  const [unit] = await t.database.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code.toLowerCase()));
  assert.ok(unit, `Kanwil ${code} is seeded`);
  return unit.id;
}

export function kanwilName(code: string): string {
  const k = SEED_KANWIL.find((row) => row.code === code);
  assert.ok(k, `Kanwil ${code} is in kanwil.csv`);
  return k.name;
}

/** A valid draft body; tests override what they are about. */
export function directiveBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source: 'meeting',
    title: 'Penanaman kelapa serentak',
    body: 'Setiap unit sasaran menanam bibit kelapa dan melaporkan jumlahnya.',
    target: { mode: 'filter' },
    metrics: [{ key: 'seedlings', name: 'Bibit ditanam', unit: 'batang', type: 'integer', rollup: 'sum' }],
    due: { local: '2025-09-09T10:00', zone: 'unit' },
    ...overrides,
  };
}

export async function createDraft(by: Client, overrides: Record<string, unknown> = {}): Promise<Directive> {
  const res = await by.post(`${API}/directives`, directiveBody(overrides));
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as Directive;
}

/** Creates and issues a directive; returns it as issued. */
export async function issueDirective(by: Client, overrides: Record<string, unknown> = {}): Promise<Directive> {
  const draft = await createDraft(by, overrides);
  const res = await by.post(`${API}/directives/${draft.id}/issue`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Directive;
}

export async function assignmentsOf(by: Client, query: string): Promise<AssignmentPage> {
  const res = await by.get(`${API}/assignments?limit=500&${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as AssignmentPage;
}

export function assignmentAt(page: AssignmentPage, unitName: string, role: 'follow_up' | 'verify' = 'follow_up'): Assignment {
  const found = page.items.find((a) => a.unitName === unitName && a.role === role);
  assert.ok(found, `${role} assignment for ${unitName}`);
  return found;
}

export async function submit(by: Client, assignmentId: string, values: Record<string, unknown>, opts = {}): Promise<LightMyRequestResponse> {
  return by.post(`${API}/assignments/${assignmentId}/reports`, { values, narrative: 'Kegiatan sudah dilaksanakan.' }, opts);
}

export async function submitOk(by: Client, assignmentId: string, values: Record<string, unknown>): Promise<Report> {
  const res = await submit(by, assignmentId, values);
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as Report;
}

export function decide(by: Client, reportId: string, decision: 'verified' | 'returned'): Promise<LightMyRequestResponse> {
  const body = decision === 'verified' ? { decision } : { decision, reason: 'Foto lokasi belum ada.' };
  return by.post(`${API}/reports/${reportId}/decision`, body);
}

export async function rollupOf(by: Client, directiveId: string): Promise<Rollup> {
  const res = await by.get(`${API}/directives/${directiveId}/rollup`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Rollup;
}

export function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
