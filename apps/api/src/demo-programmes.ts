import { inArray } from 'drizzle-orm';
import type { Db } from './platform/db/index.js';
import { uuidv7 } from './platform/db/ids.js';
import { wallClock } from './platform/wall-clock.js';
import { orgUnits } from './modules/org-units/index.js';
import { findUserByUsername } from './modules/users/index.js';
import {
  attendance,
  certificates,
  communityActivities,
  enrolments,
  inmates,
  programmeSessions,
  programmes,
  type WeeklySlot,
} from './modules/programmes/index.js';
import { DEMO_PROGRAMME_UNITS, type DemoProgramme, type DemoUnit } from './demo-programmes-data.js';
import { insertAll } from './demo-insert.js';
import { addDays, demoPseudonym, pick, random, type Rng } from './demo-random.js';

type Inmate = typeof inmates.$inferInsert & { id: string };
type Enrolment = typeof enrolments.$inferInsert & { id: string };
type Unit = { id: string; path: string; name: string; timezone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' };
type Rows = {
  inmates: Inmate[];
  programmes: (typeof programmes.$inferInsert)[];
  enrolments: Enrolment[];
  sessions: (typeof programmeSessions.$inferInsert)[];
  attendance: (typeof attendance.$inferInsert)[];
  certificates: (typeof certificates.$inferInsert)[];
  community: (typeof communityActivities.$inferInsert)[];
};

/** Indonesian zones keep no summer time: a local wall clock is one fixed offset from UTC. */
const OFFSET: Record<Unit['timezone'], string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };
const SESSION_DAYS = 30;


const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
const hoursOf = (s: WeeklySlot) => (Date.parse(`1970-01-01T${s.end}:00Z`) - Date.parse(`1970-01-01T${s.start}:00Z`)) / 3_600_000;
const overlaps = (a: WeeklySlot, b: WeeklySlot) => a.weekday === b.weekday && a.start < b.end && b.start < a.end;
const maxDate = (a: string, b: string) => (a > b ? a : b);

/** The register of one unit: mostly long stays, a few who arrived this month and a few released in it. */
function registerOf(unit: Unit, plan: DemoUnit, today: string, next: Rng, pseudonym: () => string): Inmate[] {
  return Array.from({ length: plan.inmates }, (_, i) => {
    const arrived = i % 24 === 5;
    const released = i % 24 === 11;
    const entryDate = arrived ? addDays(today, -Math.floor(3 + next() * 20)) : addDays(today, -Math.floor(60 + next() * 900));
    const category = next() < 0.8 ? ('narapidana' as const) : ('tahanan' as const);
    return {
      id: uuidv7(),
      unitId: unit.id,
      unitPath: unit.path,
      registrationNumber: `${plan.registerPrefix}/${category === 'narapidana' ? 'B.I' : 'A.II'}/${String(i + 1).padStart(4, '0')}`,
      name: `${pick(next, plan.firstNames)} ${pick(next, plan.lastNames)}`,
      pseudonym: pseudonym(),
      sex: plan.sex,
      birthYear: 1965 + Math.floor(next() * 40),
      category,
      status: released ? ('bebas' as const) : ('aktif' as const),
      entryDate,
      exitDate: released ? addDays(today, -Math.floor(2 + next() * 20)) : null,
    };
  });
}

/** Seats up to capacity, then a waitlist; an inmate whose timetable would clash is passed over. */
function enrolIn(
  programmeId: string,
  plan: DemoProgramme,
  unit: Unit,
  register: Inmate[],
  taken: Map<string, WeeklySlot[]>,
  programmeStart: string,
  today: string,
  next: Rng,
): Enrolment[] {
  const out: Enrolment[] = [];
  const wanted = Math.min(plan.capacity, plan.enrol) + plan.waitlist;
  const offset = Math.floor(next() * register.length);
  for (let k = 0; k < register.length && out.length < wanted; k++) {
    const inmate = register[(offset + k) % register.length] as Inmate;
    const seated = out.length < Math.min(plan.capacity, plan.enrol);
    const slots = taken.get(inmate.id) ?? [];
    if (seated && plan.timetable.some((s) => slots.some((t) => overlaps(s, t)))) continue;
    if (seated) taken.set(inmate.id, [...slots, ...plan.timetable]);
    const enrolledOn = maxDate(addDays(inmate.entryDate, 2), programmeStart);
    if (enrolledOn > today) continue;
    const ended = seated && inmate.exitDate ? inmate.exitDate : null;
    out.push({
      id: uuidv7(),
      programmeId,
      inmateId: inmate.id,
      unitPath: unit.path,
      status: !seated ? 'daftar_tunggu' : ended ? 'selesai' : 'aktif',
      reason: ended ? 'bebas' : null,
      enrolledOn,
      endedOn: ended,
    });
  }
  return out;
}

const EXCEPTIONS = [
  { status: 'izin', reasonCode: 'kunjungan_keluarga' },
  { status: 'izin', reasonCode: 'sidang' },
  { status: 'izin', reasonCode: 'kegiatan_lain' },
  { status: 'sakit', reasonCode: 'rawat_klinik' },
  { status: 'alpa', reasonCode: 'tanpa_keterangan' },
] as const;

/** The month of sessions up to `now`, with attendance for those already over (about 85 % present). */
function sessionsOf(
  unit: Unit,
  programmeId: string,
  plan: DemoProgramme,
  roster: Enrolment[],
  ctx: { today: string; now: Date; recorder: string; next: Rng; rows: Rows; present: Map<string, number> },
): void {
  for (let day = -SESSION_DAYS; day <= 0; day++) {
    const date = addDays(ctx.today, day);
    for (const s of plan.timetable.filter((slot) => slot.weekday === isoWeekday(date))) {
      const id = uuidv7();
      const startsAt = new Date(`${date}T${s.start}:00${OFFSET[unit.timezone]}`);
      const endsAt = new Date(`${date}T${s.end}:00${OFFSET[unit.timezone]}`);
      ctx.rows.sessions.push({ id, programmeId, unitPath: unit.path, date, start: s.start, end: s.end, startsAt, endsAt, hours: hoursOf(s) });
      if (endsAt > ctx.now) continue;
      const recordedAt = new Date(endsAt.getTime() + 20 * 60_000);
      for (const e of roster) {
        if (e.status === 'daftar_tunggu' || e.enrolledOn > date || (e.endedOn && e.endedOn < date)) continue;
        const mark = ctx.next() < 0.85 ? null : pick(ctx.next, EXCEPTIONS);
        if (!mark) ctx.present.set(e.inmateId, (ctx.present.get(e.inmateId) ?? 0) + 1);
        ctx.rows.attendance.push({
          sessionId: id,
          inmateId: e.inmateId,
          status: mark?.status ?? 'hadir',
          reasonCode: mark?.reasonCode ?? null,
          recordedByUserId: ctx.recorder,
          recordedAt: recordedAt > ctx.now ? ctx.now : recordedAt,
        });
      }
    }
  }
}

async function userIdOf(db: Db, username: string, fallback: string): Promise<string> {
  return (await findUserByUsername(db, username))?.id ?? fallback;
}

function programmeRows(unit: Unit, plan: DemoUnit, today: string, ctx: { now: Date; recorder: string; next: Rng; rows: Rows }, register: Inmate[]) {
  const taken = new Map<string, WeeklySlot[]>();
  const present = new Map<string, number>();
  const start = addDays(today, -120);
  const ids = new Map<string, string>();
  for (const p of plan.programmes) {
    const id = uuidv7();
    ids.set(p.name, id);
    const { enrol: _enrol, waitlist: _waitlist, certificate, ...fields } = p;
    ctx.rows.programmes.push({ id, unitId: unit.id, unitPath: unit.path, ...fields, startDate: start, endDate: addDays(today, 240), createdByUserId: ctx.recorder });
    const roster = enrolIn(id, p, unit, register, taken, start, today, ctx.next);
    ctx.rows.enrolments.push(...roster);
    present.clear();
    sessionsOf(unit, id, p, roster, { ...ctx, today, present });
    if (!certificate) continue;
    const regular = [...present.entries()].sort((a, b) => b[1] - a[1]).slice(0, certificate.count);
    for (const [inmateId] of regular) {
      const { count: _count, ...cert } = certificate;
      ctx.rows.certificates.push({ inmateId, unitPath: unit.path, programmeId: id, ...cert, issuedOn: addDays(today, -Math.floor(3 + ctx.next() * 14)), createdByUserId: ctx.recorder });
    }
  }
  for (const c of plan.community) {
    const { daysAgo, programme, ...fields } = c;
    ctx.rows.community.push({ unitId: unit.id, unitPath: unit.path, programmeId: programme ? (ids.get(programme) ?? null) : null, date: addDays(today, -daysAgo), ...fields, createdByUserId: ctx.recorder });
  }
}

/**
 * Pembinaan in the demo: registers at Lapas Perempuan Tangerang (120 women), Cipinang and Abepura (60 each),
 * their programmes (bordir, eco-print, farming, pengajian, Paket C, …), enrolments within capacity and without
 * clashes, a month of sessions up to `now` with attendance, a few certificates and community activities.
 * Written in bulk straight into the tables.
 */
export async function seedDemoProgrammes(db: Db, opts: { now: Date }): Promise<void> {
  const next = random(6_062_026);
  const names = DEMO_PROGRAMME_UNITS.map((u) => u.name);
  const units = await db
    .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, timezone: orgUnits.timezone })
    .from(orgUnits)
    .where(inArray(orgUnits.name, names));
  const used = new Set((await db.select({ p: inmates.pseudonym }).from(inmates)).map((r) => r.p));
  const pseudonym = () => {
    for (;;) {
      const code = demoPseudonym(next);
      if (!used.has(code)) return used.add(code), code;
    }
  };
  const admin = await userIdOf(db, 'admin', uuidv7());
  const rows: Rows = { inmates: [], programmes: [], enrolments: [], sessions: [], attendance: [], certificates: [], community: [] };
  for (const plan of DEMO_PROGRAMME_UNITS) {
    const unit = units.find((u) => u.name === plan.name);
    if (!unit) continue;
    const today = wallClock(opts.now, unit.timezone).slice(0, 10);
    const register = registerOf(unit, plan, today, next, pseudonym);
    rows.inmates.push(...register);
    const recorder = await userIdOf(db, plan.officer, admin);
    programmeRows(unit, plan, today, { now: opts.now, recorder, next, rows }, register);
  }
  await db.transaction(async (tx) => {
    await insertAll(tx, inmates, rows.inmates);
    await insertAll(tx, programmes, rows.programmes);
    await insertAll(tx, enrolments, rows.enrolments);
    await insertAll(tx, programmeSessions, rows.sessions);
    await insertAll(tx, attendance, rows.attendance);
    await insertAll(tx, certificates, rows.certificates);
    await insertAll(tx, communityActivities, rows.community);
  });
}

