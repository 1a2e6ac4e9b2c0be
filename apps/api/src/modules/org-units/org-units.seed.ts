import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../platform/db/index.js';
import { readSheet } from './org-units.file.js';
import { planUnitImport } from './org-units.import.js';
import * as q from './org-units.queries.js';
import { applyImportPlan, localDate } from './org-units.service.js';
import { TimeZoneSchema } from '@selaras/contracts';

const SEED_DIR = new URL('../../../seed/', import.meta.url);

/** Ministry, Ditjenpas HQ, the Kanwil list and the UPT list shipped in `apps/api/seed/`. */
export async function seedUnits(tx: Db, clock: () => Date): Promise<void> {
  const ministry = await q.insertUnit(tx, {
    kind: 'ministry',
    code: 'kemenimipas',
    name: 'Kementerian Imigrasi dan Pemasyarakatan',
    path: '/kemenimipas/',
    city: 'Jakarta',
    province: 'DKI Jakarta',
    timezone: 'Asia/Jakarta',
    lat: -6.2297,
    lng: 106.8295,
  });
  const hq = await q.insertUnit(tx, {
    kind: 'hq',
    code: 'ditjenpas',
    name: 'Direktorat Jenderal Pemasyarakatan',
    parentId: ministry.id,
    path: '/kemenimipas/ditjenpas/',
    city: 'Jakarta Selatan',
    province: 'DKI Jakarta',
    timezone: 'Asia/Jakarta',
    lat: -6.2297,
    lng: 106.8295,
  });
  const kanwilRows = await readSheet(readFileSync(fileURLToPath(new URL('kanwil.csv', SEED_DIR))));
  for (const { values: k } of kanwilRows) {
    const code = (k.code ?? '').toLowerCase();
    await q.insertUnit(tx, {
      kind: 'kanwil',
      code,
      name: k.name ?? code,
      parentId: hq.id,
      path: `${hq.path}${code}/`,
      city: k.seat_city || null,
      province: k.provinces || null,
      timezone: TimeZoneSchema.parse(k.timezone),
      lat: Number(k.lat),
      lng: Number(k.lng),
      provenance: 'data publik',
    });
  }
  const uptRows = await readSheet(readFileSync(fileURLToPath(new URL('upt.csv', SEED_DIR))));
  const plan = planUnitImport(uptRows, await q.listAllUnits(tx), () => true);
  if (plan.errors.length > 0) {
    throw new Error(`seed upt.csv is invalid: ${JSON.stringify(plan.errors.slice(0, 5))}`);
  }
  await applyImportPlan(tx, plan, localDate(clock()));
}
