// Helpers shared by the catalogue's route tests.
import assert from 'node:assert/strict';
import { desc, eq } from 'drizzle-orm';
import type { IncidentCatalogue } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { put } from '../../test/app.js';

export const CATALOGUE = '/api/v1/incident-catalogue';

/** A clock the test moves by hand. */
export function testClock(start: string) {
  let now = new Date(start);
  return { clock: () => now, set: (iso: string) => (now = new Date(iso)) };
}

export { put };

export async function catalogueOf(by: Client): Promise<IncidentCatalogue> {
  const res = await by.get(CATALOGUE);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as IncidentCatalogue;
}

export function categoryBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: 'penyelundupan',
    name: 'Penyelundupan lewat kunjungan',
    nameEn: 'Smuggling through visits',
    serious: false,
    counters: [
      { key: 'paket', label: 'Paket', labelEn: 'Parcels' },
      { key: 'disita', label: 'Disita', labelEn: 'Seized' },
      { key: 'lolos', label: 'Lolos', labelEn: 'Got through', derived: { from: 'paket', subtract: ['disita'] } },
    ],
    sortOrder: 200,
    ...overrides,
  };
}

/** The catalogue-change audit events, newest first. */
export async function catalogueEvents(t: TestApp) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, 'incidents.catalogue_changed'))
    .orderBy(desc(auditEvents.at), desc(auditEvents.seq));
}
