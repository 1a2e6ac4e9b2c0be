import { and, eq, inArray } from 'drizzle-orm';
import type { CooperativeStatus } from '@selaras/contracts';
import type { Db } from './platform/db/index.js';
import { orgUnits } from './modules/org-units/index.js';
import { findUserByUsername } from './modules/users/index.js';
import {
  cooperativePreorders,
  cooperativePrices,
  cooperatives,
  pnbpDeposits,
  salesTargets,
} from './modules/cooperative/index.js';
import { LAPAS_CIPINANG, LAPAS_PATI, LPP_TANGERANG } from './demo-products-data.js';
import type { DemoUnitRow } from './demo-products.js';
import { addDays } from './demo-random.js';

/** PNBP of the demo's sales per "unitId|YYYY-MM". */
export type MonthlyPnbp = Map<string, number>;

type Ctx = {
  units: DemoUnitRow[];
  today: (u: DemoUnitRow) => string;
  recorder: (u: DemoUnitRow) => string;
  pnbp: MonthlyPnbp;
  now: Date;
  next: () => number;
};

const COOPERATIVES: {
  unit: string;
  name: string;
  status: CooperativeStatus;
  deed?: [string, string];
  legal?: [string, string];
}[] = [
  {
    unit: LPP_TANGERANG,
    name: 'Primkopasindo Lapas Perempuan Tangerang',
    status: 'berbadan_hukum',
    deed: ['12', '2025-02-14'],
    legal: ['AHU-0004512.AH.01.26.TAHUN 2025', '2025-03-20'],
  },
  { unit: LAPAS_CIPINANG, name: 'Primkopasindo Lapas Cipinang', status: 'akta_terbit', deed: ['07', '2025-01-10'] },
  { unit: LAPAS_PATI, name: 'Primkopasindo Lapas Pati', status: 'belum_terdaftar' },
];

const PO_ITEMS = [
  { name: 'Beras medium', quantity: 250, unit: 'kg' },
  { name: 'Minyak goreng', quantity: 60, unit: 'liter' },
  { name: 'Gula pasir', quantity: 40, unit: 'kg' },
  { name: 'Mi instan', quantity: 30, unit: 'dus' },
  { name: 'Sabun mandi', quantity: 12, unit: 'dus' },
];

/** LPP Tangerang's shop prices against the market; cooking oil sits above it. */
const PRICES = [
  { itemName: 'Beras medium', unitOfSale: '5 kg', priceRupiah: 68_000, marketPriceRupiah: 70_000 },
  { itemName: 'Minyak goreng', unitOfSale: '1 liter', priceRupiah: 18_500, marketPriceRupiah: 17_000 },
  { itemName: 'Gula pasir', unitOfSale: '1 kg', priceRupiah: 17_000, marketPriceRupiah: 17_500 },
  { itemName: 'Mi instan', unitOfSale: 'bungkus', priceRupiah: 3_000, marketPriceRupiah: 3_100 },
  { itemName: 'Sabun mandi', unitOfSale: 'batang', priceRupiah: 4_000, marketPriceRupiah: 4_200 },
  { itemName: 'Air mineral', unitOfSale: '600 ml', priceRupiah: 3_500, marketPriceRupiah: 3_500 },
];

const OFFSET: Record<string, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return addDays(date, 1 - weekday);
}

/** Eight weeks of pre-orders: sent the Friday before, except one sent late (Tuesday) and one never sent. */
function preorders(ctx: Ctx, unit: DemoUnitRow, late: number | null, missing: number | null) {
  const monday = mondayOf(ctx.today(unit));
  const rows: (typeof cooperativePreorders.$inferInsert)[] = [];
  for (let k = 0; k < 8; k++) {
    if (k === missing) continue;
    const weekStart = addDays(monday, -7 * k);
    const sentOn = k === late ? addDays(weekStart, 1) : addDays(weekStart, -3);
    const submittedAt = new Date(`${sentOn}T${k === late ? '10:30' : '14:00'}:00${OFFSET[unit.timezone] ?? '+07:00'}`);
    if (submittedAt > ctx.now) continue;
    rows.push({
      unitId: unit.id,
      unitPath: unit.path,
      weekStart,
      items: PO_ITEMS.map((i) => ({ ...i, quantity: Math.round(i.quantity * (0.85 + ctx.next() * 0.3)) })),
      submittedAt,
      timeliness: k === late ? 'terlambat' : 'tepat_waktu',
      submittedByUserId: ctx.recorder(unit),
    });
  }
  return rows;
}

/** 15-digit SIMPONI billing codes and 16-character NTPNs, deterministic per unit and month. */
function deposits(ctx: Ctx) {
  const rows: (typeof pnbpDeposits.$inferInsert)[] = [];
  let serial = 0;
  for (const [key, amount] of [...ctx.pnbp.entries()].sort()) {
    const [unitId, month] = key.split('|') as [string, string];
    const unit = ctx.units.find((u) => u.id === unitId);
    if (!unit || amount <= 0) continue;
    serial += 1;
    const due = addDays(`${month}-01`, 40).slice(0, 8) + '10';
    const paid = due <= ctx.today(unit);
    rows.push({
      unitId,
      unitPath: unit.path,
      billingCode: `8202${month.replace('-', '')}${String(serial).padStart(5, '0')}`,
      ntpn: paid ? `0A1B${month.replace('-', '')}${String(serial).padStart(6, '0')}` : null,
      amountRupiah: amount,
      depositedOn: paid ? due : ctx.today(unit),
      recordedByUserId: ctx.recorder(unit),
    });
  }
  return rows;
}

/** Yearly targets for every UPT of Banten, DKI and Jawa Tengah. */
async function targets(tx: Db, ctx: Ctx) {
  const kanwil = await tx
    .select({ id: orgUnits.id, code: orgUnits.code })
    .from(orgUnits)
    .where(and(eq(orgUnits.kind, 'kanwil'), inArray(orgUnits.code, ['banten', 'dki', 'jateng'])));
  if (kanwil.length === 0) return [];
  const upts = await tx
    .select({ id: orgUnits.id, path: orgUnits.path, kanwilId: orgUnits.kanwilId })
    .from(orgUnits)
    .where(
      and(
        eq(orgUnits.kind, 'upt'),
        inArray(
          orgUnits.kanwilId,
          kanwil.map((k) => k.id),
        ),
      ),
    );
  const setters = new Map<string, string>();
  for (const k of kanwil)
    setters.set(
      k.id,
      (await findUserByUsername(tx, `kakanwil.${k.code}`))?.id ?? (await findUserByUsername(tx, 'dirjen'))?.id ?? '',
    );
  const year = Number(ctx.now.toISOString().slice(0, 4));
  return upts
    .map((u) => {
      const salesRupiah = Math.round(60 + ctx.next() * 240) * 1_000_000;
      return {
        unitId: u.id,
        unitPath: u.path,
        year,
        salesRupiah,
        pnbpRupiah: salesRupiah / 2,
        setByUserId: setters.get(u.kanwilId ?? '') ?? '',
      };
    })
    .filter((t) => t.setByUserId !== '');
}

/** The cooperatives, their weekly pre-orders, LPP Tangerang's price list, PNBP deposits and yearly targets. */
export async function seedDemoCooperatives(tx: Db, ctx: Ctx): Promise<void> {
  const byName = (name: string) => ctx.units.find((u) => u.name === name);
  const coops = COOPERATIVES.flatMap((c) => {
    const unit = byName(c.unit);
    if (!unit) return [];
    return [
      {
        unitId: unit.id,
        unitPath: unit.path,
        name: c.name,
        status: c.status,
        deedNumber: c.deed?.[0] ?? null,
        deedDate: c.deed?.[1] ?? null,
        legalEntityNumber: c.legal?.[0] ?? null,
        legalEntityDate: c.legal?.[1] ?? null,
        updatedByUserId: ctx.recorder(unit),
      },
    ];
  });
  if (coops.length) await tx.insert(cooperatives).values(coops);
  const lpp = byName(LPP_TANGERANG);
  const cipinang = byName(LAPAS_CIPINANG);
  const pos = [...(lpp ? preorders(ctx, lpp, 2, 5) : []), ...(cipinang ? preorders(ctx, cipinang, null, null) : [])];
  if (pos.length) await tx.insert(cooperativePreorders).values(pos);
  if (lpp) await tx.insert(cooperativePrices).values(PRICES.map((p) => ({ ...p, unitId: lpp.id, unitPath: lpp.path })));
  const paid = deposits(ctx);
  if (paid.length) await tx.insert(pnbpDeposits).values(paid);
  const yearly = await targets(tx, ctx);
  if (yearly.length) await tx.insert(salesTargets).values(yearly);
}
