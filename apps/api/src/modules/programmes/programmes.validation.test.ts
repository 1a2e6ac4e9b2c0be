import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Programme, ProgrammeList } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { LPP, PROGRAMMES, createProgramme, problem, programmeBody, signedIn, unitNamed } from './programmes.test-kit.js';

let t: TestApp;
let officer: Client;
let kakanwil: Client;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-10T02:00:00Z') });
  officer = await signedIn(t)('pembinaan.lpp.tangerang');
  kakanwil = await signedIn(t)('kakanwil.banten');
});
after(async () => t.close());

describe('creating and changing a programme', () => {
  test('a created programme carries its track, sorted timetable, weekly hours, counts and abilities', async () => {
    const p = await createProgramme(officer, {
      category: 'keagamaan',
      timetable: [
        { weekday: 3, start: '13:00', end: '15:00' },
        { weekday: 1, start: '08:00', end: '09:30' },
      ],
    });
    assert.equal(p.track, 'kepribadian');
    assert.deepEqual(p.timetable.map((s) => s.weekday), [1, 3]);
    assert.equal(p.hoursPerWeek, 3.5);
    assert.equal(p.unit.name, LPP);
    assert.deepEqual(p.counts, { active: 0, waitlist: 0, suspended: 0, ended: 0 });
    assert.deepEqual(p.abilities, { update: true, enrol: true, changeEnrolment: true });
  });

  test('end before start, overlapping slots and a slot ending before it starts: 422/400 with field paths', async () => {
    const dates = problem(await officer.post(PROGRAMMES, programmeBody({ startDate: '2026-06-01', endDate: '2026-05-01' })), 422, 'programmes.invalid');
    assert.deepEqual(dates.errors?.map((e) => e.path), ['body.endDate']);
    const overlap = problem(
      await officer.post(
        PROGRAMMES,
        programmeBody({
          timetable: [
            { weekday: 1, start: '08:00', end: '10:00' },
            { weekday: 1, start: '09:00', end: '11:00' },
          ],
        }),
      ),
      422,
      'programmes.invalid',
    );
    assert.deepEqual(overlap.errors?.map((e) => e.path), ['body.timetable.1']);
    problem(await officer.post(PROGRAMMES, programmeBody({ timetable: [{ weekday: 1, start: '10:00', end: '09:00' }] })), 400);
    problem(await officer.post(PROGRAMMES, programmeBody({ timetable: [{ weekday: 8, start: '08:00', end: '09:00' }] })), 400);
    problem(await officer.post(PROGRAMMES, programmeBody({ capacity: 0 })), 400);
    problem(await officer.post(PROGRAMMES, programmeBody({ capacity: 1001 })), 400);
    problem(await officer.post(PROGRAMMES, programmeBody({ category: 'sulap' })), 400);
    problem(await officer.patch(`${PROGRAMMES}/${(await createProgramme(officer)).id}`, { endDate: '2026-01-01' }), 422, 'programmes.invalid');
  });

  test('a Kanwil leader creates for its UPT with unitId; not for itself', async () => {
    const lpp = await unitNamed(t, LPP);
    const res = await kakanwil.post(PROGRAMMES, programmeBody({ unitId: lpp.id }));
    assert.equal(res.statusCode, 201, res.body);
    assert.equal((res.json() as Programme).unit.id, lpp.id);
    problem(await kakanwil.post(PROGRAMMES, programmeBody()), 422, 'programmes.invalid');
    const cipinang = await unitNamed(t, 'Lapas Kelas I Cipinang');
    problem(await kakanwil.post(PROGRAMMES, programmeBody({ unitId: cipinang.id })), 422, 'programmes.invalid');
  });

  test('list filters by track, category and active', async () => {
    const ended = await createProgramme(officer, { name: 'Tani lama', category: 'agribisnis', startDate: '2025-01-01', endDate: '2025-12-31' });
    const running = await createProgramme(officer, { name: 'Tani baru', category: 'agribisnis' });
    const ids = async (query: string) => ((await officer.get(`${PROGRAMMES}?${query}`)).json() as ProgrammeList).items.map((p) => p.id);
    const active = await ids('category=agribisnis&active=true');
    assert.ok(active.includes(running.id) && !active.includes(ended.id));
    const inactive = await ids('category=agribisnis&active=false');
    assert.ok(inactive.includes(ended.id) && !inactive.includes(running.id));
    assert.ok(!(await ids('track=kepribadian')).includes(running.id));
    problem(await officer.get(`${PROGRAMMES}?track=lain`), 400);
  });

  test('an archived programme refuses enrolment until it is restored', async () => {
    const p = await createProgramme(officer);
    assert.equal((await officer.patch(`${PROGRAMMES}/${p.id}`, { archived: true })).statusCode, 200);
    problem(await officer.patch(`${PROGRAMMES}/${p.id}`, { name: 'Nama baru' }), 409, 'programmes.archived');
    assert.equal((await officer.patch(`${PROGRAMMES}/${p.id}`, { archived: false })).statusCode, 200);
  });
});
