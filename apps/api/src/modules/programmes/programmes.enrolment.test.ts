import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { EnrolmentList } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { CIPINANG, LPP, PROGRAMMES, addInmate, changeStatus, createProgramme, enrol, problem, programmeOf, signedIn, unitNamed } from './programmes.test-kit.js';

let t: TestApp;
let officer: Client;
let lpp: { id: string; path: string };

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-10T02:00:00Z') });
  officer = await signedIn(t)('pembinaan.lpp.tangerang');
  lpp = await unitNamed(t, LPP);
});
after(async () => t.close());

const listOf = async (programmeId: string) => (await officer.get(`${PROGRAMMES}/${programmeId}/enrolments`)).json() as EnrolmentList;

describe('capacity and the waitlist', () => {
  test('filling to capacity sends the next to the waitlist; ending one promotes the oldest waitlisted', async () => {
    const p = await createProgramme(officer, { capacity: 2 });
    const [a, b, c, d] = [await addInmate(t, lpp), await addInmate(t, lpp), await addInmate(t, lpp), await addInmate(t, lpp)];
    const ea = await enrol(officer, p.id, a);
    assert.equal(ea.enrolment.status, 'aktif');
    assert.equal(ea.enrolment.enrolledOn, '2026-03-10');
    assert.equal((await enrol(officer, p.id, b)).enrolment.status, 'aktif');
    const ec = await enrol(officer, p.id, c);
    assert.equal(ec.enrolment.status, 'daftar_tunggu');
    const ed = await enrol(officer, p.id, d);
    assert.equal(ed.enrolment.status, 'daftar_tunggu');
    assert.deepEqual((await programmeOf(officer, p.id)).counts, { active: 2, waitlist: 2, suspended: 0, ended: 0 });

    const ended = await changeStatus(officer, p.id, ea.enrolment.id, { status: 'selesai', reason: 'lulus' });
    assert.equal(ended.enrolment.status, 'selesai');
    assert.equal(ended.enrolment.reason, 'lulus');
    assert.equal(ended.enrolment.endedOn, '2026-03-10');
    assert.deepEqual(
      ended.promoted.map((e) => [e.id, e.status]),
      [[ec.enrolment.id, 'aktif']],
    );
    assert.deepEqual((await programmeOf(officer, p.id)).counts, { active: 2, waitlist: 1, suspended: 0, ended: 1 });
    const list = await listOf(p.id);
    assert.equal(list.items.find((e) => e.id === ed.enrolment.id)?.status, 'daftar_tunggu');
    assert.ok(list.items.every((e) => !('name' in e.inmate)), 'no names in the enrolment list');

    const audits = await t.database.db
      .select({ summary: auditEvents.summary })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, p.id), eq(auditEvents.action, 'programmes.enrolment_changed')));
    assert.equal(audits.length, 6, 'four enrolments, one end, one promotion');
  });

  test('suspending an active one frees a seat; reactivating needs a free seat', async () => {
    const p = await createProgramme(officer, { capacity: 1 });
    const [a, b] = [await addInmate(t, lpp), await addInmate(t, lpp)];
    const ea = await enrol(officer, p.id, a);
    const eb = await enrol(officer, p.id, b);
    assert.equal(eb.enrolment.status, 'daftar_tunggu');
    problem(await officer.post(`${PROGRAMMES}/${p.id}/enrolments/${ea.enrolment.id}/status`, { status: 'ditangguhkan' }), 400);
    const suspended = await changeStatus(officer, p.id, ea.enrolment.id, { status: 'ditangguhkan', reason: 'sakit', note: 'Rawat inap' });
    assert.deepEqual(suspended.promoted.map((e) => e.id), [eb.enrolment.id]);
    problem(await officer.post(`${PROGRAMMES}/${p.id}/enrolments/${ea.enrolment.id}/status`, { status: 'aktif' }), 409, 'programmes.no_free_seat');
    await changeStatus(officer, p.id, eb.enrolment.id, { status: 'selesai', reason: 'bebas' });
    assert.equal((await changeStatus(officer, p.id, ea.enrolment.id, { status: 'aktif' })).enrolment.status, 'aktif');
    problem(await officer.post(`${PROGRAMMES}/${p.id}/enrolments/${eb.enrolment.id}/status`, { status: 'aktif' }), 409, 'programmes.enrolment_ended');
  });

  test('capacity may not drop below the active count; raising it fills seats from the waitlist', async () => {
    const p = await createProgramme(officer, { capacity: 2 });
    for (let i = 0; i < 3; i++) await enrol(officer, p.id, await addInmate(t, lpp));
    problem(await officer.patch(`${PROGRAMMES}/${p.id}`, { capacity: 1 }), 409, 'programmes.capacity_below_active');
    const res = await officer.patch(`${PROGRAMMES}/${p.id}`, { capacity: 3 });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual((await programmeOf(officer, p.id)).counts, { active: 3, waitlist: 0, suspended: 0, ended: 0 });
  });

  test('two enrolments racing for the last seat: exactly one is active', async () => {
    const p = await createProgramme(officer, { capacity: 1 });
    const [a, b] = [await addInmate(t, lpp), await addInmate(t, lpp)];
    const [ra, rb] = await Promise.all([enrol(officer, p.id, a), enrol(officer, p.id, b)]);
    assert.deepEqual([ra.enrolment.status, rb.enrolment.status].sort(), ['aktif', 'daftar_tunggu']);
    assert.deepEqual((await programmeOf(officer, p.id)).counts, { active: 1, waitlist: 1, suspended: 0, ended: 0 });
  });
});

describe('who may be enrolled', () => {
  test('the same inmate twice: 409; released, another unit or unknown: 422', async () => {
    const p = await createProgramme(officer);
    const a = await addInmate(t, lpp);
    await enrol(officer, p.id, a);
    problem(await officer.post(`${PROGRAMMES}/${p.id}/enrolments`, { inmateId: a }), 409, 'programmes.already_enrolled');
    const released = await addInmate(t, lpp, 'bebas');
    problem(await officer.post(`${PROGRAMMES}/${p.id}/enrolments`, { inmateId: released }), 422, 'programmes.invalid');
    const elsewhere = await addInmate(t, await unitNamed(t, CIPINANG));
    problem(await officer.post(`${PROGRAMMES}/${p.id}/enrolments`, { inmateId: elsewhere }), 422, 'programmes.invalid');
    problem(await officer.post(`${PROGRAMMES}/${p.id}/enrolments`, { inmateId: '0190d1a0-0000-7000-8000-000000000000' }), 422);
    problem(await officer.post(`${PROGRAMMES}/${p.id}/enrolments`, { inmateId: 'bukan-id' }), 400);
  });
});

describe('clash rule', () => {
  const monday = (start: string, end: string) => [{ weekday: 1, start, end }];
  async function activeIn(overrides: Record<string, unknown>) {
    const p = await createProgramme(officer, { name: 'Pengajian pagi', category: 'keagamaan', ...overrides });
    const inmate = await addInmate(t, lpp);
    await enrol(officer, p.id, inmate);
    return { p, inmate };
  }

  test('overlapping slots in overlapping dates: 409 naming the other programme', async () => {
    const { inmate } = await activeIn({ name: 'Pengajian Senin', timetable: monday('08:00', '10:00') });
    const other = await createProgramme(officer, { timetable: monday('09:00', '11:00') });
    const body = problem(await officer.post(`${PROGRAMMES}/${other.id}/enrolments`, { inmateId: inmate }), 409, 'programmes.enrolment_clash');
    assert.match(body.detail ?? '', /Pengajian Senin/);
  });

  test('adjacent slots (08:00–10:00, 10:00–12:00) do not clash', async () => {
    const { inmate } = await activeIn({ timetable: monday('08:00', '10:00') });
    const other = await createProgramme(officer, { timetable: monday('10:00', '12:00') });
    assert.equal((await enrol(officer, other.id, inmate)).enrolment.status, 'aktif');
  });

  test('different weekdays do not clash', async () => {
    const { inmate } = await activeIn({ timetable: monday('08:00', '10:00') });
    const other = await createProgramme(officer, { timetable: [{ weekday: 2, start: '08:00', end: '10:00' }] });
    assert.equal((await enrol(officer, other.id, inmate)).enrolment.status, 'aktif');
  });

  test('date ranges that do not overlap do not clash', async () => {
    const { inmate } = await activeIn({ timetable: monday('08:00', '10:00'), startDate: '2026-03-01', endDate: '2026-04-30' });
    const other = await createProgramme(officer, { timetable: monday('08:00', '10:00'), startDate: '2026-05-01', endDate: '2026-06-30' });
    assert.equal((await enrol(officer, other.id, inmate)).enrolment.status, 'aktif');
  });

  test('an ended participation no longer clashes; a new timetable that would clash is refused', async () => {
    const { p, inmate } = await activeIn({ name: 'Kelas Paket C', timetable: monday('08:00', '10:00') });
    const other = await createProgramme(officer, { timetable: monday('13:00', '15:00') });
    await enrol(officer, other.id, inmate);
    problem(await officer.patch(`${PROGRAMMES}/${other.id}`, { timetable: monday('09:00', '11:00') }), 409, 'programmes.timetable_clash');
    const [mine] = (await listOf(p.id)).items;
    assert.ok(mine);
    await changeStatus(officer, p.id, mine.id, { status: 'selesai', reason: 'dipindah' });
    assert.equal((await officer.patch(`${PROGRAMMES}/${other.id}`, { timetable: monday('09:00', '11:00') })).statusCode, 200);
  });
});
