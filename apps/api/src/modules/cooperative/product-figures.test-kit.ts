// A known dataset for the product and cooperative figures, inserted straight into the tables.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { CooperativeStatus, ProductStage } from '@selaras/contracts';
import type { TestApp } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
import { inmates } from '../programmes/index.js';
import { products } from '../products/index.js';
import { cooperatives, pnbpDeposits, premiLedger, premiPayouts, sales, salesTargets, splitRules } from './cooperative.table.js';
import { billingCode, CIPINANG_CODE, LPP_CODE, unitByCode, type UnitRef } from './cooperative.test-kit.js';

const SOMEONE = randomUUID();

export type Dataset = { lpp: UnitRef; otherBanten: UnitRef; cipinang: UnitRef; bantenKanwilId: string; dkiKanwilId: string };

function addProduct(t: TestApp, unit: UnitRef, stage: ProductStage, archived = false) {
  return t.database.db.insert(products).values({
    unitId: unit.id,
    unitPath: unit.path,
    name: `Produk ${stage}`,
    category: 'makanan',
    description: 'Produk uji',
    unitOfSale: 'bungkus',
    stage,
    archived,
    createdByUserId: SOMEONE,
  });
}

async function addSale(t: TestApp, unit: UnitRef, soldOn: string, totalRupiah: number) {
  const [rule] = await t.database.db.select({ id: splitRules.id }).from(splitRules).limit(1);
  assert.ok(rule, 'the default split rule is migrated');
  const pnbpRupiah = totalRupiah / 2;
  await t.database.db.insert(sales).values({
    unitId: unit.id,
    unitPath: unit.path,
    soldOn,
    channel: 'koperasi',
    totalRupiah,
    splitRuleId: rule.id,
    pnbpRupiah,
    premiRupiah: (totalRupiah * 35) / 100,
    capitalRupiah: totalRupiah - pnbpRupiah - (totalRupiah * 35) / 100,
    recordedByUserId: SOMEONE,
  });
}

function addDeposit(t: TestApp, unit: UnitRef, depositedOn: string, amountRupiah: number) {
  return t.database.db.insert(pnbpDeposits).values({ unitId: unit.id, unitPath: unit.path, billingCode: billingCode(), amountRupiah, depositedOn, recordedByUserId: SOMEONE });
}

function addTarget(t: TestApp, unit: UnitRef, year: number, salesRupiah: number, pnbpRupiah: number) {
  return t.database.db.insert(salesTargets).values({ unitId: unit.id, unitPath: unit.path, year, salesRupiah, pnbpRupiah, setByUserId: SOMEONE });
}

function addCooperative(t: TestApp, unit: UnitRef, status: CooperativeStatus) {
  return t.database.db.insert(cooperatives).values({ unitId: unit.id, unitPath: unit.path, name: `Primkopasindo ${unit.name}`, status, deedNumber: 'A-1', deedDate: '2025-01-02', updatedByUserId: SOMEONE });
}

async function addPremi(t: TestApp, unit: UnitRef) {
  const tag = randomUUID().slice(0, 8);
  const [inmate] = await t.database.db
    .insert(inmates)
    .values({ unitId: unit.id, unitPath: unit.path, registrationNumber: `R-${tag}`, name: `W ${tag}`, pseudonym: `WB-${tag}`, sex: 'P', birthYear: 1990, category: 'narapidana', status: 'aktif', entryDate: '2025-01-02' })
    .returning({ id: inmates.id });
  assert.ok(inmate);
  const entry = (kind: 'penjualan' | 'pembayaran', amountRupiah: number, occurredOn: string) => ({ inmateId: inmate.id, unitPath: unit.path, kind, amountRupiah, occurredOn });
  await t.database.db.insert(premiLedger).values([
    entry('penjualan', 300_000, '2026-02-01'),
    entry('penjualan', 50_000, '2026-03-01'),
    entry('penjualan', 70_000, '2025-11-01'),
    entry('pembayaran', -100_000, '2026-03-05'),
  ]);
  await t.database.db.insert(premiPayouts).values([
    { inmateId: inmate.id, unitPath: unit.path, amountRupiah: 100_000, method: 'tabungan_bank', accountReference: '****1234', paidOn: '2026-03-05', recordedByUserId: SOMEONE },
    { inmateId: inmate.id, unitPath: unit.path, amountRupiah: 20_000, method: 'kartu_uang_elektronik', accountReference: '****9876', paidOn: '2025-12-20', recordedByUserId: SOMEONE },
  ]);
}

/**
 * LPP Tangerang: a siap_pasar and an uji_coba product (and an archived unggulan one), sales of 1 m and 2 m in
 * 2026 (and 5 m on 31 Dec 2025), 600 k deposited in 2026 (100 k in 2025), targets 10 m / 4 m, premi 350 k
 * credited and 100 k paid in 2026, a cooperative with a deed. Another Banten UPT: one product in development,
 * 500 k sold, a legal-entity cooperative. Lapas Cipinang (DKI): an unggulan product, 3 m sold, 1.5 m deposited,
 * a 5 m sales target.
 */
export async function seedDataset(t: TestApp): Promise<Dataset> {
  const lpp = await unitByCode(t, LPP_CODE);
  const cipinang = await unitByCode(t, CIPINANG_CODE);
  assert.ok(lpp.kanwilId && cipinang.kanwilId);
  const [otherBanten] = await t.database.db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, kanwilId: orgUnits.kanwilId })
    .from(orgUnits)
    .where(and(eq(orgUnits.kanwilId, lpp.kanwilId), eq(orgUnits.kind, 'upt'), ne(orgUnits.id, lpp.id)))
    .orderBy(sql`${orgUnits.code}`)
    .limit(1);
  assert.ok(otherBanten);
  await addProduct(t, lpp, 'siap_pasar');
  await addProduct(t, lpp, 'uji_coba');
  await addProduct(t, lpp, 'unggulan', true);
  await addSale(t, lpp, '2026-01-15', 1_000_000);
  await addSale(t, lpp, '2026-12-31', 2_000_000);
  await addSale(t, lpp, '2025-12-31', 5_000_000);
  await addDeposit(t, lpp, '2026-02-10', 600_000);
  await addDeposit(t, lpp, '2025-12-30', 100_000);
  await addTarget(t, lpp, 2026, 10_000_000, 4_000_000);
  await addCooperative(t, lpp, 'akta_terbit');
  await addPremi(t, lpp);
  await addProduct(t, otherBanten, 'pengembangan');
  await addSale(t, otherBanten, '2026-06-01', 500_000);
  await addCooperative(t, otherBanten, 'berbadan_hukum');
  await addProduct(t, cipinang, 'unggulan');
  await addSale(t, cipinang, '2026-04-01', 3_000_000);
  await addDeposit(t, cipinang, '2026-04-02', 1_500_000);
  await addTarget(t, cipinang, 2026, 5_000_000, 0);
  return { lpp, otherBanten, cipinang, bantenKanwilId: lpp.kanwilId, dkiKanwilId: cipinang.kanwilId };
}

/** UPTs under a path, counted straight from the unit register. */
export async function uptCount(t: TestApp, path: string): Promise<number> {
  const [row] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(orgUnits)
    .where(and(eq(orgUnits.kind, 'upt'), sql`${orgUnits.path} like ${`${path}%`}`));
  return row?.n ?? 0;
}
