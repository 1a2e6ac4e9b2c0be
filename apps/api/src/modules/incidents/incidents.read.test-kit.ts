// A known set of incidents for the read side (banner, statistics, map, exports, PDF), written straight into
// the tables: the write side is tested on its own, and these figures must not move when it changes.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { InvolvedCounts } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { orgUnits } from '../org-units/index.js';
import { users } from '../users/index.js';
import { incidentCategories, incidentSopVersions } from './incident-catalogue.table.js';
import {
  incidentAgencies,
  incidentAlerts,
  incidentEvents,
  incidentPersons,
  incidents,
  incidentSopSteps,
} from './incidents.table.js';

export const API = '/api/v1';
export const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
export const LAPAS_I = 'Lapas Kelas I Tangerang';
export const CIPINANG = 'Lapas Kelas I Cipinang';
export const BANTEN = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten';
export const DKI = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan DKI Jakarta';
/** Named persons recorded on the escape: no export or report may show them. */
export const PERSON_NAMES = ['Ahmad Fauzi Ramadhan', 'Siti Nurhaliza Putri'];
/** A contact person at the police: not for the exports either. */
export const AGENCY_CONTACT = 'Iptu Sugeng Widodo';
export const AGENCY = 'Polres Metro Tangerang Kota';
/** A location a spreadsheet would run as a formula. */
export const FORMULA_LOCATION = '=HYPERLINK("http://contoh.invalid","klik")';
/** 10 April 2026, 10.00 WIB. */
export const NOW = new Date('2026-04-10T03:00:00Z');

const NONE: InvolvedCounts = { inmates: 0, officers: 0, others: 0, injured: 0, dead: 0 };

export type IncidentRows = Omit<IncidentSet, 'as'>;

export type IncidentSet = {
  /** escape (serious category, berat), LPP, ditangani, 5 March 2026. */
  escape: string;
  /** fight, ringan, Lapas I, dilaporkan, 28 Feb 2026 18.00 UTC = 1 March 01.00 WIB. */
  fight: string;
  /** fight, kritis, LPP, ditutup, 10 Feb 2026. */
  closedFight: string;
  /** riot (serious category, sedang), Cipinang (DKI), terkendali, 20 March 2026. */
  riot: string;
  /** contraband, berat, Lapas I, pulih, 1 April 2026; its location looks like a formula. */
  contraband: string;
  ids: { lpp: string; lapasI: string; cipinang: string; banten: string; dki: string };
  reporterName: string;
  as: (username: string) => Promise<Client>;
};

async function unitId(db: Db, name: string): Promise<string> {
  const [row] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.name, name));
  assert.ok(row, `unit "${name}" is seeded`);
  return row.id;
}

async function unitPath(db: Db, id: string): Promise<string> {
  const [row] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, id));
  assert.ok(row);
  return row.path;
}

export async function seedIncidentSet(t: TestApp): Promise<IncidentSet> {
  return { ...(await seedIncidentRows(t.database.db)), as: signedIn(t) };
}

/**
 * A test app at NOW with the set seeded and the given accounts signed in, in that order:
 * `const { t, data, clients: [dirjen, kanwil] } = await openIncidentSet('dirjen', 'kanwil.banten')`.
 */
export async function openIncidentSet<const U extends readonly string[]>(
  ...usernames: U
): Promise<{ t: TestApp; data: IncidentSet; clients: { -readonly [K in keyof U]: Client } }> {
  const t = await buildTestApp({ clock: () => NOW });
  const data = await seedIncidentSet(t);
  const clients = await Promise.all(usernames.map((u) => data.as(u)));
  return { t, data, clients: clients as { -readonly [K in keyof U]: Client } };
}

/** Named persons and the police contact stay out of every export and report (plus any `also`). */
export function assertNoPrivateNames(texts: string[], also: string[] = []): void {
  for (const name of [...PERSON_NAMES, AGENCY_CONTACT, ...also])
    assert.ok(!texts.some((x) => x.includes(name)), `"${name}" stays out`);
}

/** The same set on any database (a journey's demo server included). */
export async function seedIncidentRows(db: Db): Promise<IncidentRows> {
  const [user] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.username, 'kplp.lpp.tangerang'));
  assert.ok(user);
  const cats = new Map((await db.select().from(incidentCategories)).map((c) => [c.code, c]));
  const ids = {
    lpp: await unitId(db, LPP),
    lapasI: await unitId(db, LAPAS_I),
    cipinang: await unitId(db, CIPINANG),
    banten: await unitId(db, BANTEN),
    dki: await unitId(db, DKI),
  };
  let n = 0;
  const insert = async (v: {
    unit: string;
    category: string;
    severity: string;
    rank: number;
    status: 'dilaporkan' | 'ditangani' | 'terkendali' | 'pulih' | 'ditutup';
    occurredAt: string;
    location?: string;
    counters?: Record<string, number>;
    involved?: InvolvedCounts;
  }) => {
    const category = cats.get(v.category);
    assert.ok(category, v.category);
    const [sop] = await db.select().from(incidentSopVersions).where(eq(incidentSopVersions.categoryId, category.id));
    const occurredAt = new Date(v.occurredAt);
    n += 1;
    const [row] = await db
      .insert(incidents)
      .values({
        clientId: randomUUID(),
        number: `KAMTIB-2026-00000${n}`,
        unitId: v.unit,
        unitPath: await unitPath(db, v.unit),
        categoryId: category.id,
        severity: v.severity,
        severityRank: v.rank,
        serious: category.serious,
        sopVersionId: sop?.id ?? null,
        status: v.status,
        occurredAt,
        reportedAt: new Date(occurredAt.getTime() + 10 * 60_000),
        location: v.location ?? 'Blok C',
        description: 'Saat apel pagi petugas mendapati jumlah penghuni kurang dari yang tercatat.',
        counters: v.counters ?? {},
        involved: v.involved ?? NONE,
        reportedByUserId: user.id,
        reportedByName: user.name,
        closedAt: v.status === 'ditutup' ? new Date(occurredAt.getTime() + 86_400_000) : null,
        lastUpdateAt: occurredAt,
      })
      .returning({ id: incidents.id });
    assert.ok(row);
    return row.id;
  };

  const escape = await insert({
    unit: ids.lpp,
    category: 'pelarian',
    severity: 'berat',
    rank: 3,
    status: 'ditangani',
    occurredAt: '2026-03-05T01:00:00Z',
    counters: { kabur: 12, tertangkap: 5 },
    involved: { inmates: 12, officers: 3, others: 0, injured: 1, dead: 0 },
  });
  const fight = await insert({
    unit: ids.lapasI,
    category: 'perkelahian',
    severity: 'ringan',
    rank: 1,
    status: 'dilaporkan',
    occurredAt: '2026-02-28T18:00:00Z',
  });
  const closedFight = await insert({
    unit: ids.lpp,
    category: 'perkelahian',
    severity: 'kritis',
    rank: 4,
    status: 'ditutup',
    occurredAt: '2026-02-10T05:00:00Z',
  });
  const riot = await insert({
    unit: ids.cipinang,
    category: 'kerusuhan',
    severity: 'sedang',
    rank: 2,
    status: 'terkendali',
    occurredAt: '2026-03-20T10:00:00Z',
  });
  const contraband = await insert({
    unit: ids.lapasI,
    category: 'barang_terlarang',
    severity: 'berat',
    rank: 3,
    status: 'pulih',
    occurredAt: '2026-04-01T02:00:00Z',
    location: FORMULA_LOCATION,
    counters: { hp: 4 },
  });

  await seedEscapeParts(db, escape, user, ids);
  return { escape, fight, closedFight, riot, contraband, ids, reporterName: user.name };
}

/** The escape's persons, SOP steps, coordination, alerts, timeline and review. */
async function seedEscapeParts(db: Db, id: string, user: { id: string; name: string }, ids: IncidentSet['ids']) {
  const at = (iso: string) => new Date(iso);
  await db.insert(incidentPersons).values(
    PERSON_NAMES.map((name) => ({
      incidentId: id,
      role: 'warga_binaan',
      name,
      status: 'kabur',
      createdByUserId: user.id,
    })),
  );
  await db.insert(incidentSopSteps).values({
    incidentId: id,
    stepKey: 'langkah_1',
    doneAt: at('2026-03-05T01:20:00Z'),
    doneByUserId: user.id,
    doneByName: user.name,
    note: 'Pintu utama ditutup',
  });
  await db.insert(incidentAgencies).values({
    incidentId: id,
    agency: 'polres',
    name: AGENCY,
    contact: AGENCY_CONTACT,
    requestedAt: at('2026-03-05T01:30:00Z'),
    arrivedAt: at('2026-03-05T02:15:00Z'),
    personnel: 20,
    createdByUserId: user.id,
  });
  await db.insert(incidentAlerts).values([
    {
      incidentId: id,
      level: 'unit',
      unitId: ids.lpp,
      reason: 'policy',
      dueAt: at('2026-03-05T01:10:00Z'),
      ackWithinMinutes: 15,
      sentAt: at('2026-03-05T01:10:00Z'),
      ackDueAt: at('2026-03-05T01:25:00Z'),
      acknowledgedAt: at('2026-03-05T01:17:00Z'),
      acknowledgedByUserId: user.id,
      acknowledgedByName: user.name,
    },
    {
      incidentId: id,
      level: 'kanwil',
      unitId: ids.banten,
      reason: 'policy',
      dueAt: at('2026-03-05T01:10:00Z'),
      ackWithinMinutes: 15,
      sentAt: at('2026-03-05T01:10:00Z'),
      ackDueAt: at('2026-03-05T01:25:00Z'),
    },
  ]);
  const event = (
    kind: string,
    iso: string,
    summary: string,
    extra: { note?: string; counters?: Record<string, number> } = {},
  ) => ({
    incidentId: id,
    kind,
    at: at(iso),
    byUserId: user.id,
    byName: user.name,
    summary,
    note: extra.note ?? null,
    counters: extra.counters ?? null,
  });
  await db.insert(incidentEvents).values([
    event('reported', '2026-03-05T01:10:00Z', 'Insiden dilaporkan', { counters: { kabur: 12 } }),
    event('person_added', '2026-03-05T02:00:00Z', `Orang dicatat: ${PERSON_NAMES[0] ?? ''}`),
    event('counters', '2026-03-05T06:00:00Z', 'Angka diperbarui', {
      note: 'Lima orang tertangkap di Cikokol',
      counters: { tertangkap: 5 },
    }),
    event('status', '2026-03-05T06:30:00Z', 'Status: ditangani'),
  ]);
  await db
    .update(incidents)
    .set({
      review: {
        cause: 'Teralis kamar mandi blok C berkarat dan tidak diperiksa.',
        actionsTaken: 'Pengejaran bersama Polres dan pemeriksaan seluruh teralis.',
        lessons: 'Pemeriksaan teralis mingguan harus dicatat.',
        followUps: [{ title: 'Ganti seluruh teralis blok C', dueDate: '2026-05-01' }],
        submittedAt: '2026-03-08T03:00:00.000Z',
        submittedByUserId: user.id,
        submittedByName: user.name,
      },
    })
    .where(eq(incidents.id, id));
}
