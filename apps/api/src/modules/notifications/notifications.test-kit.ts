// Helpers shared by the notifications module's tests.
import assert from 'node:assert/strict';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { notifications } from '../../platform/notify/notify.table.js';
import type { Client, TestApp } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
import { findUserByUsername, insertPosition, insertUser } from '../users/index.js';

export { signedIn } from '../../test/app.js';
export { eventually } from '../../test/eventually.js';

export const API = '/api/v1';

export async function unitId(db: Db, name: string): Promise<string> {
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.name, name));
  assert.ok(unit, `unit "${name}" is seeded`);
  return unit.id;
}

/** Issues a directive to the named units, due 9 Sep 2025 10.00 in each unit's own zone; returns its follow-up assignments by unit name. */
export async function issueTo(t: TestApp, by: Client, unitNames: string[], title = 'Penanaman kelapa serentak'): Promise<Map<string, string>> {
  const unitIds = await Promise.all(unitNames.map((n) => unitId(t.database.db, n)));
  const created = await by.post(`${API}/directives`, {
    source: 'meeting',
    title,
    body: 'Setiap unit sasaran menanam bibit kelapa dan melaporkan jumlahnya.',
    target: { mode: 'list', unitIds },
    metrics: [{ key: 'seedlings', name: 'Bibit ditanam', unit: 'batang', type: 'integer', rollup: 'sum' }],
    due: { local: '2025-09-09T10:00', zone: 'unit' },
  });
  assert.equal(created.statusCode, 201, created.body);
  const { id } = created.json() as { id: string };
  const issued = await by.post(`${API}/directives/${id}/issue`);
  assert.equal(issued.statusCode, 200, issued.body);
  const page = await by.get(`${API}/assignments?limit=500&role=follow_up&directiveId=${id}`);
  assert.equal(page.statusCode, 200, page.body);
  const items = (page.json() as { items: { id: string; unitName: string }[] }).items;
  return new Map(items.map((a) => [a.unitName, a.id]));
}

export async function userId(db: Db, username: string): Promise<string> {
  const user = await findUserByUsername(db, username);
  assert.ok(user, `${username} is seeded`);
  return user.id;
}

/** An operator account at the named unit (the seed has none in most units). */
export async function addOperator(t: TestApp, unitName: string, username: string): Promise<string> {
  const unit = { id: await unitId(t.database.db, unitName) };
  const user = await insertUser(t.database.db, { username, name: `Operator ${unitName}`, passwordHash: 'not-used', email: `${username}@example.test` });
  await insertPosition(t.database.db, { userId: user.id, title: `Operator ${unitName}`, role: 'operator', unitId: unit.id });
  return user.id;
}

export async function inboxOf(db: Db, userId: string) {
  return db.select().from(notifications).where(eq(notifications.recipientUserId, userId)).orderBy(asc(notifications.createdAt), asc(notifications.dedupeKey));
}
