import { asc, eq, inArray } from 'drizzle-orm';
import { premiCredits, splitProceeds, type SalesChannel } from '@selaras/contracts';
import type { Db } from './platform/db/index.js';
import { uuidv7 } from './platform/db/ids.js';
import { wallClock } from './platform/wall-clock.js';
import { createAudit } from './platform/audit/audit.js';
import type { Principal } from './platform/auth/principal.js';
import { createFilesService } from './platform/files/index.js';
import { orgUnits } from './modules/org-units/index.js';
import { findUserByUsername } from './modules/users/index.js';
import { inmates } from './modules/programmes/index.js';
import { batchWorkers, productionBatches, productPermits, products } from './modules/products/index.js';
import { premiLedger, premiPayouts, saleItems, sales, splitRules } from './modules/cooperative/index.js';
import { sceneJpeg } from './demo-photos.js';
import { DEMO_PRODUCTS, EXTRA_REGISTERS, type DemoProduct } from './demo-products-data.js';
import { seedDemoCooperatives, type MonthlyPnbp } from './demo-cooperative.js';
import { insertAll } from './demo-insert.js';
import { addDays, between, demoPseudonym, pick, random, type Rng } from './demo-random.js';

export type DemoUnitRow = { id: string; path: string; name: string; code: string; timezone: string; kanwilId: string | null };
type Rule = typeof splitRules.$inferSelect;
type Rows = {
  inmates: (typeof inmates.$inferInsert)[];
  products: (typeof products.$inferInsert)[];
  permits: (typeof productPermits.$inferInsert)[];
  batches: (typeof productionBatches.$inferInsert)[];
  workers: (typeof batchWorkers.$inferInsert)[];
  sales: (typeof sales.$inferInsert)[];
  items: (typeof saleItems.$inferInsert)[];
  ledger: (typeof premiLedger.$inferInsert)[];
  payouts: (typeof premiPayouts.$inferInsert)[];
};
type Batch = { id: string; producedOn: string; quantity: number; workers: { inmateId: string; amount: number }[] };

const DAY = 86_400_000;



/** The rule in force on a date: the latest that took effect by then. */
function ruleOn(rules: Rule[], date: string): Rule {
  const at = Date.parse(`${date}T23:59:59Z`);
  const inForce = rules.filter((r) => r.effectiveFrom.getTime() <= at);
  const rule = inForce[inForce.length - 1] ?? rules[0];
  if (!rule) throw new Error('no proceeds split rule: migration 0014 inserts the default');
  return rule;
}

/** Demo inmates for units the pembinaan demo gave no register, with pseudonyms unlike any in use. */
async function extraRegisters(db: Db, units: DemoUnitRow[], today: (u: DemoUnitRow) => string, next: Rng): Promise<(typeof inmates.$inferInsert)[]> {
  const used = new Set((await db.select({ p: inmates.pseudonym }).from(inmates)).map((r) => r.p));
  const pseudonym = () => {
    for (;;) {
      const code = demoPseudonym(next);
      if (!used.has(code)) return used.add(code), code;
    }
  };
  return EXTRA_REGISTERS.flatMap((plan) => {
    const unit = units.find((u) => u.name === plan.unit);
    if (!unit) return [];
    return plan.names.slice(0, plan.count).map((name, i) => ({
      id: uuidv7(),
      unitId: unit.id,
      unitPath: unit.path,
      registrationNumber: `${plan.prefix}/B.I/${String(i + 1).padStart(4, '0')}`,
      name,
      pseudonym: pseudonym(),
      sex: plan.sex,
      birthYear: 1970 + Math.floor(next() * 30),
      category: 'narapidana' as const,
      status: 'aktif' as const,
      entryDate: addDays(today(unit), -Math.floor(200 + next() * 700)),
    }));
  });
}

/** A weekly batch in each of the plan's last weeks, made by 2 to 6 of the unit's active inmates. */
function batchesOf(p: DemoProduct, productId: string, unit: DemoUnitRow, today: string, crew: string[], recorder: string, next: Rng, rows: Rows): Batch[] {
  const out: Batch[] = [];
  for (let week = p.batch.weeks; week >= 1; week--) {
    // Inside the k-th 7-day window ending today, so the readiness rule sees one batch in every week.
    const producedOn = addDays(today, -7 * week + 1 + between(next, 0, 2));
    const quantity = between(next, p.batch.min, p.batch.max);
    const size = Math.min(crew.length, between(next, 2, 6));
    const start = Math.floor(next() * crew.length);
    const chosen = Array.from({ length: size }, (_, k) => crew[(start + k) % crew.length] as string);
    const shares = chosen.map(() => 1 + next() * 2);
    const sum = shares.reduce((a, b) => a + b, 0);
    const workers = chosen.map((inmateId, k) => ({ inmateId, amount: Math.max(1, Math.round((quantity * (shares[k] ?? 1)) / sum)) }));
    const id = uuidv7();
    rows.batches.push({ id, productId, unitId: unit.id, unitPath: unit.path, producedOn, quantity, workBasis: 'potong', recordedByUserId: recorder });
    rows.workers.push(...workers.map((w) => ({ batchId: id, ...w })));
    out.push({ id, producedOn, quantity, workers });
  }
  return out;
}

/** Two sales per batch after it was made (never more than it made), split by the rule of the day, premi credited. */
function salesOf(p: DemoProduct, productId: string, unit: DemoUnitRow, today: string, batches: Batch[], ctx: { rules: Rule[]; recorder: string; next: Rng; rows: Rows; pnbp: MonthlyPnbp }) {
  if (p.sellShare <= 0) return;
  for (const batch of batches) {
    const sold = Math.floor(batch.quantity * p.sellShare);
    const parts = [Math.floor(sold * 0.6), sold - Math.floor(sold * 0.6)];
    parts.forEach((quantity, k) => {
      const soldOn = addDays(batch.producedOn, k === 0 ? 2 : 9);
      if (quantity <= 0 || soldOn > today) return;
      const channel: SalesChannel = pick(ctx.next, p.channels);
      const buyer = channel === 'pembeli_usaha' || channel === 'pameran' ? pick(ctx.next, p.buyers) : null;
      const total = quantity * p.priceRupiah;
      const rule = ruleOn(ctx.rules, soldOn);
      const split = splitProceeds(total, rule);
      const saleId = uuidv7();
      ctx.rows.sales.push({ id: saleId, unitId: unit.id, unitPath: unit.path, soldOn, channel, buyer, totalRupiah: total, splitRuleId: rule.id, ...split, recordedByUserId: ctx.recorder });
      ctx.rows.items.push({ saleId, productId, batchId: batch.id, quantity, unitPriceRupiah: p.priceRupiah, amountRupiah: total });
      for (const credit of premiCredits(split.premiRupiah, [{ amountRupiah: total, workers: batch.workers }])) {
        ctx.rows.ledger.push({ inmateId: credit.inmateId, unitPath: unit.path, kind: 'penjualan', amountRupiah: credit.rupiah, saleId, batchId: batch.id, occurredOn: soldOn });
      }
      const month = `${unit.id}|${soldOn.slice(0, 7)}`;
      ctx.pnbp.set(month, (ctx.pnbp.get(month) ?? 0) + split.pnbpRupiah);
    });
  }
}

/** Cashless payouts of half the balance to the five best-paid inmates of each unit; never above the balance. */
function payoutsOf(rows: Rows, units: DemoUnitRow[], today: (u: DemoUnitRow) => string, recorder: (u: DemoUnitRow) => string, next: Rng) {
  for (const unit of units) {
    const balance = new Map<string, number>();
    for (const l of rows.ledger) if (l.unitPath === unit.path) balance.set(l.inmateId, (balance.get(l.inmateId) ?? 0) + l.amountRupiah);
    const top = [...balance.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
    top.forEach(([inmateId, amount], i) => {
      const paid = Math.floor(amount / 2);
      if (paid <= 0) return;
      const id = uuidv7();
      const paidOn = addDays(today(unit), -between(next, 3, 20));
      const method = i % 2 === 0 ? ('kartu_uang_elektronik' as const) : ('tabungan_bank' as const);
      rows.payouts.push({ id, inmateId, unitPath: unit.path, amountRupiah: paid, method, accountReference: `•••• ${String(between(next, 1000, 9999))}`, paidOn, recordedByUserId: recorder(unit) });
      rows.ledger.push({ inmateId, unitPath: unit.path, kind: 'pembayaran', amountRupiah: -paid, payoutId: id, occurredOn: paidOn });
    });
  }
}

async function uploadPhotos(db: Db, filesRoot: string, principalOf: (username: string) => Promise<Principal>, units: DemoUnitRow[], now: Date) {
  const files = createFilesService({ db, audit: createAudit({ clock: () => now }), root: filesRoot });
  const ids = new Map<string, string>();
  for (const p of DEMO_PRODUCTS.filter((d) => d.stage === 'siap_pasar' || d.stage === 'unggulan')) {
    const unit = units.find((u) => u.name === p.unit);
    const uploader = unit ? await principalOf(`operator.${unit.code}`).catch(() => null) : null;
    if (!uploader) continue;
    const photo = await sceneJpeg({ seed: p.photoSeed, width: 800, takenAt: null });
    const file = await files.upload(uploader, { bytes: photo, filename: `${p.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.jpg` });
    ids.set(p.name, file.id);
  }
  return ids;
}

/**
 * Flagship products in the demo (DOMAIN §6): LPP Tangerang's embroidery, eco-print, vegetables and catfish,
 * Pati's halal bakery, Cipinang's batik, Balikpapan's bread and Palu's snacks, each at a stage its evidence
 * supports, with weekly batches, three months of sales split by the rule in force and premi credited to the
 * inmates who made them, a few cashless payouts; then the cooperatives. Written straight into the tables.
 */
export async function seedDemoProducts(db: Db, opts: { now: Date; filesRoot: string; principalOf: (username: string) => Promise<Principal> }): Promise<void> {
  const next = random(12_042_025);
  const names = [...new Set(DEMO_PRODUCTS.map((p) => p.unit))];
  const units: DemoUnitRow[] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, code: orgUnits.code, timezone: orgUnits.timezone, kanwilId: orgUnits.kanwilId })
    .from(orgUnits)
    .where(inArray(orgUnits.name, names));
  const today = (u: DemoUnitRow) => wallClock(opts.now, u.timezone).slice(0, 10);
  const admin = (await findUserByUsername(db, 'admin'))?.id ?? uuidv7();
  const recorders = new Map<string, string>();
  for (const u of units) {
    const username = u.name === 'Lapas Perempuan Kelas IIA Tangerang' ? 'koperasi.lpp.tangerang' : `operator.${u.code}`;
    recorders.set(u.id, (await findUserByUsername(db, username))?.id ?? admin);
  }
  const recorder = (u: DemoUnitRow) => recorders.get(u.id) ?? admin;
  const rules = await db.select().from(splitRules).orderBy(asc(splitRules.effectiveFrom));
  const photos = await uploadPhotos(db, opts.filesRoot, opts.principalOf, units, opts.now);
  const rows: Rows = { inmates: [], products: [], permits: [], batches: [], workers: [], sales: [], items: [], ledger: [], payouts: [] };
  rows.inmates = await extraRegisters(db, units, today, next);
  const registered = await db.select({ id: inmates.id, unitId: inmates.unitId }).from(inmates).where(eq(inmates.status, 'aktif')).orderBy(asc(inmates.id));
  const pnbp: MonthlyPnbp = new Map();

  for (const p of DEMO_PRODUCTS) {
    const unit = units.find((u) => u.name === p.unit);
    if (!unit) continue;
    const crew = [...registered, ...rows.inmates.map((i) => ({ id: i.id ?? '', unitId: i.unitId }))].filter((i) => i.unitId === unit.id).slice(0, 12).map((i) => i.id);
    if (crew.length < 2) continue;
    const id = uuidv7();
    const day = today(unit);
    const photo = photos.get(p.name);
    rows.products.push({
      id,
      unitId: unit.id,
      unitPath: unit.path,
      name: p.name,
      brand: p.brand,
      category: p.category,
      description: p.description,
      unitOfSale: p.unitOfSale,
      priceRupiah: p.priceRupiah,
      costRupiah: p.costRupiah,
      capacityPerWeek: p.capacityPerWeek,
      inmatesInvolved: crew.length,
      inmatesTrained: p.inmatesTrained,
      packagingReady: p.packagingReady,
      labelReady: p.labelReady,
      salesChannels: p.channels,
      photoFileIds: photo ? [photo] : [],
      stage: p.stage,
      stageChangedAt: new Date(opts.now.getTime() - 40 * DAY),
      createdByUserId: recorder(unit),
    });
    rows.permits.push(
      ...p.permits.map((permit) => ({
        productId: id,
        unitPath: unit.path,
        kind: permit.kind,
        number: permit.number,
        issuedOn: addDays(day, -permit.issuedDaysAgo),
        expiresOn: permit.expiresInDays === null ? null : addDays(day, permit.expiresInDays),
      })),
    );
    const batches = batchesOf(p, id, unit, day, crew, recorder(unit), next, rows);
    salesOf(p, id, unit, day, batches, { rules, recorder: recorder(unit), next, rows, pnbp });
  }
  payoutsOf(rows, units, today, recorder, next);

  await db.transaction(async (tx) => {
    await insertAll(tx, inmates, rows.inmates);
    await insertAll(tx, products, rows.products);
    await insertAll(tx, productPermits, rows.permits);
    await insertAll(tx, productionBatches, rows.batches);
    await insertAll(tx, batchWorkers, rows.workers);
    await insertAll(tx, sales, rows.sales);
    await insertAll(tx, saleItems, rows.items);
    await insertAll(tx, premiPayouts, rows.payouts);
    await insertAll(tx, premiLedger, rows.ledger);
    await seedDemoCooperatives(tx, { units, today, recorder, pnbp, now: opts.now, next });
  });
}
