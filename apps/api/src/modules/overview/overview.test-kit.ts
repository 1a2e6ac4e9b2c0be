// Helpers for the overview module's tests: a small, known follow-up dataset built through the API.
import assert from 'node:assert/strict';
import { eq, inArray } from 'drizzle-orm';
import type { Assignment, Directive, Overview } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
export { problem } from '../../test/problem.js';

export const API = '/api/v1';
export const TAG = 'Uji dasbor';

export async function unitIds(t: TestApp, names: string[]): Promise<Map<string, string>> {
  const rows = await t.database.db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.name, names));
  assert.equal(rows.length, names.length, `units ${names.join(', ')} are seeded`);
  return new Map(rows.map((r) => [r.name, r.id]));
}

export async function kanwilIdOf(t: TestApp, code: string): Promise<string> {
  const [row] = await t.database.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code));
  assert.ok(row, `Kanwil ${code} is seeded`);
  return row.id;
}

/** Drafts and issues a directive tagged for these tests. */
export async function issue(by: Client, overrides: Record<string, unknown>): Promise<Directive> {
  const body = {
    source: 'meeting',
    title: 'Arahan uji dasbor pimpinan',
    body: 'Setiap unit sasaran melaporkan tindak lanjut.',
    tags: [TAG],
    target: { mode: 'filter' },
    metrics: [{ key: 'seedlings', name: 'Bibit ditanam', type: 'integer', rollup: 'sum' }],
    due: { local: '2025-09-10T10:00', zone: 'unit' },
    ...overrides,
  };
  const draft = await by.post(`${API}/directives`, body);
  assert.equal(draft.statusCode, 201, draft.body);
  const issued = await by.post(`${API}/directives/${(draft.json() as Directive).id}/issue`);
  assert.equal(issued.statusCode, 200, issued.body);
  return issued.json() as Directive;
}

export async function assignmentOf(by: Client, directiveId: string, unitName: string): Promise<Assignment> {
  const res = await by.get(`${API}/assignments?limit=500&role=follow_up&directiveId=${directiveId}`);
  assert.equal(res.statusCode, 200, res.body);
  const found = (res.json() as { items: Assignment[] }).items.find((a) => a.unitName === unitName);
  assert.ok(found, `assignment of ${unitName}`);
  return found;
}

/** Reports on an assignment and, when asked, has the Kanwil verify or return it. */
export async function report(by: Client, assignmentId: string, narrative = 'Kegiatan sudah dilaksanakan.'): Promise<string> {
  const res = await by.post(`${API}/assignments/${assignmentId}/reports`, { values: { seedlings: 10 }, narrative });
  assert.equal(res.statusCode, 201, res.body);
  return (res.json() as { id: string }).id;
}

export async function decide(by: Client, reportId: string, decision: 'verified' | 'returned'): Promise<void> {
  const body = decision === 'verified' ? { decision } : { decision, reason: 'Foto lokasi belum ada.' };
  const res = await by.post(`${API}/reports/${reportId}/decision`, body);
  assert.equal(res.statusCode, 200, res.body);
}

export async function overviewOf(by: Client, query = `tag=${encodeURIComponent(TAG)}`): Promise<Overview> {
  const res = await by.get(`${API}/overview?${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Overview;
}

