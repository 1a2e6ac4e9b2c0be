// Helpers for the tests of requests, drafts and bulk decisions.
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import type { LightMyRequestResponse } from 'fastify';
import type { AssignmentDetail, AssignmentRequest, Role } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
import { DEMO_PASSWORD, insertPosition, insertUser } from '../users/index.js';
import { API } from './directives.test-kit.js';

/** Adds an account with one position (for posts the demo accounts do not cover) and signs it in. */
export async function addAccount(t: TestApp, username: string, role: Role, unitCode: string): Promise<Client> {
  const db = t.database.db;
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, unitCode));
  assert.ok(unit, `unit ${unitCode} is seeded`);
  const user = await insertUser(db, { username, name: `Penguji ${username}`, passwordHash: await hash(DEMO_PASSWORD) });
  await insertPosition(db, { userId: user.id, title: `Jabatan ${username}`, role, unitId: unit.id });
  return t.as(username);
}

export function askExtension(
  by: Client,
  assignmentId: string,
  requestedDueAt: string,
  extra: Record<string, unknown> = {},
) {
  return by.post(`${API}/assignments/${assignmentId}/requests`, {
    type: 'extension',
    reasonCode: 'gangguan_jaringan',
    requestedDueAt,
    ...extra,
  });
}

export function askExemption(by: Client, assignmentId: string, extra: Record<string, unknown> = {}) {
  return by.post(`${API}/assignments/${assignmentId}/requests`, {
    type: 'exemption',
    reasonCode: 'tidak_relevan',
    ...extra,
  });
}

export function decideRequest(by: Client, requestId: string, decision: 'approved' | 'rejected', note?: string) {
  return by.post(`${API}/assignment-requests/${requestId}/decision`, {
    decision,
    ...(note === undefined ? {} : { note }),
  });
}

export function created(res: LightMyRequestResponse): AssignmentRequest {
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as AssignmentRequest;
}

export async function detailOf(by: Client, assignmentId: string): Promise<AssignmentDetail> {
  const res = await by.get(`${API}/assignments/${assignmentId}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as AssignmentDetail;
}

export function saveDraft(by: Client, assignmentId: string, body: Record<string, unknown>) {
  return by.request({ method: 'PUT', url: `${API}/assignments/${assignmentId}/draft`, payload: body });
}
