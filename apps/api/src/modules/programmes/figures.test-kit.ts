import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { uuidv7 } from '../../platform/db/ids.js';
import { orgUnits } from '../org-units/index.js';
import { attendance, inmates, programmeSessions, programmes } from './programmes.table.js';

export const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
export const LAPAS_I = 'Lapas Kelas I Tangerang';
export const CIPINANG = 'Lapas Kelas I Cipinang';

type Unit = { id: string; path: string; name: string; kanwilId: string | null };
type Stay = { sex: 'L' | 'P'; entry: string; exit?: string };
type Mark = 'hadir' | 'alpa' | 'izin';

const RECORDER = uuidv7();

/** Writes the rows of a small register straight into the tables, so figures are checked against known counts. */
export function datasetWriter(db: Db) {
  let serial = 0;
  const units = new Map<string, Unit>();

  async function unit(name: string): Promise<Unit> {
    const known = units.get(name);
    if (known) return known;
    const [row] = await db
      .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, kanwilId: orgUnits.kanwilId })
      .from(orgUnits)
      .where(eq(orgUnits.name, name));
    if (!row) throw new Error(`unit ${name} is not in the seed`);
    units.set(name, row);
    return row;
  }

  /** One inmate of `unitName` with the given stay; returns its id. */
  async function inmate(unitName: string, stay: Stay): Promise<string> {
    const u = await unit(unitName);
    serial += 1;
    const [row] = await db
      .insert(inmates)
      .values({
        unitId: u.id,
        unitPath: u.path,
        registrationNumber: `FIG-${serial}`,
        name: `Warga Binaan Uji ${serial}`,
        pseudonym: `WB-FIG${String(serial).padStart(3, '0')}`,
        sex: stay.sex,
        birthYear: 1990,
        category: 'narapidana',
        status: stay.exit ? 'bebas' : 'aktif',
        entryDate: stay.entry,
        exitDate: stay.exit ?? null,
      })
      .returning({ id: inmates.id });
    if (!row) throw new Error('inmate not inserted');
    return row.id;
  }

  async function programme(unitName: string, name: string, track: 'kepribadian' | 'kemandirian', category: string): Promise<string> {
    const u = await unit(unitName);
    const [row] = await db
      .insert(programmes)
      .values({
        unitId: u.id,
        unitPath: u.path,
        name,
        track,
        category,
        place: 'Aula',
        capacity: 30,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        timetable: [],
        createdByUserId: RECORDER,
      })
      .returning({ id: programmes.id, unitPath: programmes.unitPath });
    if (!row) throw new Error('programme not inserted');
    return row.id;
  }

  /** A session of `hours` on a local date (09.00 WIB onwards) with each inmate's mark. */
  async function session(programmeId: string, date: string, hours: number, marks: [string, Mark][], cancelled = false) {
    const [p] = await db.select({ unitPath: programmes.unitPath }).from(programmes).where(eq(programmes.id, programmeId));
    const startsAt = new Date(`${date}T09:00:00+07:00`);
    const endsAt = new Date(startsAt.getTime() + hours * 3_600_000);
    const [s] = await db
      .insert(programmeSessions)
      .values({
        programmeId,
        unitPath: p?.unitPath ?? '',
        date,
        start: '09:00',
        end: `${String(9 + hours).padStart(2, '0')}:00`,
        startsAt,
        endsAt,
        hours,
        cancelled,
      })
      .returning({ id: programmeSessions.id });
    if (!s) throw new Error('session not inserted');
    if (marks.length === 0) return;
    await db.insert(attendance).values(
      marks.map(([inmateId, status]) => ({
        sessionId: s.id,
        inmateId,
        status,
        reasonCode: status === 'hadir' ? null : 'lainnya',
        recordedByUserId: RECORDER,
        recordedAt: endsAt,
      })),
    );
  }

  return { unit, inmate, programme, session };
}

/**
 * March 2026 at three units in two Kanwil:
 * - LPP Tangerang (Banten), women: t1 all month; t2 enters on the 15th; t3 released on the 10th; t4 released in
 *   February (not counted); t5 enters in April (not counted); t6 enters on the 31st. Bordir (manufaktur) and
 *   Pengajian (keagamaan) sessions inside and outside the month, an alpa and a cancelled session.
 * - Lapas Kelas I Tangerang (Banten), men: u1 in Pertanian (agribisnis); u2 released on 1 March, no attendance.
 * - Lapas Cipinang (DKI), men: c1 in Paket C (intelektual) twice; c2 alpa twice; c3 released in February.
 */
export async function buildMarchDataset(db: Db): Promise<void> {
  const w = datasetWriter(db);
  const t1 = await w.inmate(LPP, { sex: 'P', entry: '2025-01-01' });
  const t2 = await w.inmate(LPP, { sex: 'P', entry: '2026-03-15' });
  const t3 = await w.inmate(LPP, { sex: 'P', entry: '2025-06-01', exit: '2026-03-10' });
  const t4 = await w.inmate(LPP, { sex: 'P', entry: '2025-01-01', exit: '2026-02-20' });
  const t5 = await w.inmate(LPP, { sex: 'P', entry: '2026-04-02' });
  await w.inmate(LPP, { sex: 'P', entry: '2026-03-31' });
  const bordir = await w.programme(LPP, 'Bordir', 'kemandirian', 'manufaktur');
  const pengajian = await w.programme(LPP, 'Pengajian', 'kepribadian', 'keagamaan');
  await w.session(bordir, '2026-02-26', 3, [[t1, 'hadir'], [t4, 'hadir']]);
  await w.session(bordir, '2026-03-05', 3, [[t1, 'hadir'], [t3, 'hadir']]);
  await w.session(bordir, '2026-03-20', 3, [[t1, 'hadir'], [t2, 'alpa']]);
  await w.session(pengajian, '2026-03-20', 2, [[t1, 'hadir'], [t2, 'hadir']]);
  await w.session(pengajian, '2026-03-27', 2, [[t2, 'hadir']], true);
  await w.session(pengajian, '2026-04-02', 2, [[t2, 'hadir'], [t5, 'hadir']]);

  const u1 = await w.inmate(LAPAS_I, { sex: 'L', entry: '2024-05-01' });
  await w.inmate(LAPAS_I, { sex: 'L', entry: '2024-05-01', exit: '2026-03-01' });
  const pertanian = await w.programme(LAPAS_I, 'Pertanian', 'kemandirian', 'agribisnis');
  await w.session(pertanian, '2026-03-10', 4, [[u1, 'hadir']]);

  const c1 = await w.inmate(CIPINANG, { sex: 'L', entry: '2025-02-01' });
  const c2 = await w.inmate(CIPINANG, { sex: 'L', entry: '2025-02-01' });
  await w.inmate(CIPINANG, { sex: 'L', entry: '2025-02-01', exit: '2026-02-28' });
  const paketC = await w.programme(CIPINANG, 'Paket C', 'kepribadian', 'intelektual');
  await w.session(paketC, '2026-03-12', 2, [[c1, 'hadir'], [c2, 'alpa']]);
  await w.session(paketC, '2026-03-19', 2, [[c1, 'hadir'], [c2, 'izin']]);
}
