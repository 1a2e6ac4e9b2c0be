import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttendanceUnit, Meeting } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import {
  attendanceOf,
  chairId,
  checkIn,
  createMeeting,
  kanwilId,
  kanwilName,
  meetingBody,
  meetingOf,
  problem,
  record,
  testClock,
  unitByName,
} from './meetings.test-kit.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
const time = testClock('2025-08-20T00:00:00Z');
let t: TestApp;
let dirjen: Client;
let operator: Client;
let kalapas: Client;
let admin: Client;
/** 09.00–11.00 WIB on 29 August 2025 (02.00–04.00 UTC), to every UPT. */
let national: Meeting;

before(async () => {
  // Sessions last long enough for the clock to travel across the meeting and the days after it.
  t = await buildTestApp({ clock: time.clock, config: { sessionTtlHours: 24 * 60 } });
  [dirjen, operator, kalapas, admin] = await Promise.all([t.as('dirjen'), t.as('operator.lpp.tangerang'), t.as('kalapas.lpp.tangerang'), t.as('admin')]);
  national = await createMeeting(dirjen, meetingBody(await chairId(dirjen, 'Direktur Jenderal')));
});
after(async () => t.close());

describe('a unit checks itself in', () => {
  test('31 minutes before the start is too early: 409 with the window in WIB', async () => {
    time.set('2025-08-29T01:29:00Z');
    assert.equal((await meetingOf(operator, national.id)).abilities.checkIn, false);
    const body = problem(await checkIn(operator, national.id, 12), 409, 'meetings.outside_window');
    assert.match(body.detail ?? '', /30 menit sebelum rapat dimulai/);
    assert.match(body.detail ?? '', /29-08-2025 08\.30 WIB sampai 29-08-2025 11\.00 WIB/);
  });

  test('from 30 minutes before the start it records the staff count, by the unit itself', async () => {
    time.set('2025-08-29T01:30:00Z');
    assert.equal((await meetingOf(operator, national.id)).abilities.checkIn, true);
    const res = await checkIn(operator, national.id, 12);
    assert.equal(res.statusCode, 200, res.body);
    const row = res.json() as AttendanceUnit;
    assert.equal(row.unitName, LPP);
    assert.equal(row.staffCount, 12);
    assert.equal(row.checkedInAt, '2025-08-29T01:30:00.000Z');
    assert.equal(row.byOrganiser, false);
    assert.equal(row.recordedByPosition, 'Operator Lapas Perempuan Tangerang');
    const own = (await meetingOf(operator, national.id)).ownInvitation;
    assert.equal(own?.staffCount, 12);
  });

  test('a second check-in during the meeting corrects the count and keeps the first time', async () => {
    time.set('2025-08-29T03:59:00Z');
    const row = (await checkIn(kalapas, national.id, 15)).json() as AttendanceUnit;
    assert.equal(row.staffCount, 15);
    assert.equal(row.checkedInAt, '2025-08-29T01:30:00.000Z');
  });

  test('after the end it is too late', async () => {
    time.set('2025-08-29T04:00:01Z');
    problem(await checkIn(operator, national.id, 3), 409, 'meetings.outside_window');
    assert.equal((await attendanceOf(operator, national.id)).units[0]?.staffCount, 15);
  });

  test('staff counts outside 1..500 are refused', async () => {
    time.set('2025-08-29T02:00:00Z');
    problem(await checkIn(operator, national.id, 0), 400, 'validation_failed');
    problem(await checkIn(operator, national.id, 501), 400, 'validation_failed');
  });

  test('a unit that is not invited cannot check in', async () => {
    time.set('2025-08-29T02:00:00Z');
    problem(await checkIn(admin, national.id, 3), 403, 'forbidden');
  });
});

describe('the organiser records attendance', () => {
  test('for any invited unit at any time, recorded as the organiser’s', async () => {
    time.set('2025-09-02T00:00:00Z');
    const cipinang = await unitByName(t, 'Lapas Kelas I Cipinang');
    const res = await record(dirjen, national.id, cipinang.id, 40);
    assert.equal(res.statusCode, 200, res.body);
    const row = res.json() as AttendanceUnit;
    assert.deepEqual([row.staffCount, row.byOrganiser, row.recordedByPosition], [40, true, 'Direktur Jenderal Pemasyarakatan']);
    const cleared = (await record(dirjen, national.id, cipinang.id, null)).json() as AttendanceUnit;
    assert.deepEqual([cleared.staffCount, cleared.checkedInAt], [null, null]);
  });

  test('a leader of an invited unit is not the organiser', async () => {
    const lpp = await unitByName(t, LPP);
    problem(await record(kalapas, national.id, lpp.id, 5), 403, 'forbidden');
  });

  test('a unit that is not invited is not found', async () => {
    const hq = await unitByName(t, 'Direktorat Jenderal Pemasyarakatan');
    problem(await record(dirjen, national.id, hq.id, 5), 404, 'meetings.invitation_not_found');
  });
});

describe('attendance rates per Kanwil and nationally', () => {
  test('on a known set of invitations', async () => {
    time.set('2025-08-20T00:00:00Z');
    const units = await Promise.all(
      ['Lapas Kelas I Tangerang', 'Lapas Kelas IIA Serang', 'LPKA Tangerang', 'Lapas Kelas I Cipinang'].map((n) => unitByName(t, n)),
    );
    type Unit = (typeof units)[number];
    // LPKA Tangerang is invited and does not attend.
    const [tangerang, serang, , cipinang] = units as [Unit, Unit, Unit, Unit];
    const meeting = await createMeeting(dirjen, meetingBody(await chairId(dirjen, 'Direktur Jenderal'), { target: { mode: 'list', unitIds: units.map((u) => u.id) } }));
    for (const [unit, staff] of [[tangerang, 10], [serang, 4]] as const) assert.equal((await record(dirjen, meeting.id, unit.id, staff)).statusCode, 200);
    const rates = await attendanceOf(dirjen, meeting.id);
    assert.deepEqual(rates.national, { invited: 4, attended: 2, staff: 14, ratePercent: 50 });
    const banten = await kanwilId(t, 'BANTEN');
    const dki = cipinang.kanwilId;
    assert.deepEqual(
      rates.kanwil.map((k) => [k.unitId, k.unitName, k.invited, k.attended, k.staff, k.ratePercent]),
      [
        [banten, kanwilName('BANTEN'), 3, 2, 14, 66.7],
        [dki, kanwilName('DKI'), 1, 0, 0, 0],
      ],
    );
    assert.equal(rates.units.length, 4);
  });
});
