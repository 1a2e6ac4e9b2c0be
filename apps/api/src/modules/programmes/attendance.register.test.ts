import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { ProgrammeSessionList, SessionAttendance } from '@selaras/contracts';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { attendance, programmeSessions, programmes } from './programmes.table.js';
import {
  allPresent,
  buildTestApp,
  NOW,
  problem,
  putRegister,
  readRegister,
  registerUrl,
  seedAttendanceSet,
  sessionsUrl,
  type AttendanceSet,
  type Client,
  type TestApp,
} from './attendance.test-kit.js';

let t: TestApp;
let data: AttendanceSet;
let officer: Client;

before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  data = await seedAttendanceSet(t.database.db);
  officer = await t.as('pembinaan.lpp.tangerang');
});
after(async () => t.close());

const url = (date: string, start: string) => registerUrl(data.programmeId, date, start);

describe('the attendance grid', () => {
  test('round trip: 30 present, read back, two exceptions, the same PUT again changes nothing', async () => {
    const thursday = url('2026-03-12', '08:00');
    const first = await putRegister(officer, thursday, allPresent(data.active));
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual((first.json() as SessionAttendance).session.counts, { hadir: 30, izin: 0, sakit: 0, alpa: 0, lainnya: 0 });

    const read = await readRegister(officer, thursday);
    assert.equal(read.roster.length, 30);
    assert.ok(read.roster.every((row) => row.status === 'hadir' && row.reasonCode === null));
    assert.equal(read.session.taken, true);
    assert.equal(read.session.startsAt, '2026-03-12T01:00:00.000Z', '08.00 WIB');
    assert.equal(read.session.hours, 2);
    assert.ok(read.roster.every((row) => row.pseudonym.startsWith('WB-') && !('name' in row)));

    const [sick, court] = data.active;
    assert.ok(sick && court);
    const changed = {
      entries: data.active.map((inmateId) =>
        inmateId === sick
          ? { inmateId, status: 'sakit' as const, reasonCode: 'rawat_klinik', note: 'Demam' }
          : inmateId === court
            ? { inmateId, status: 'izin' as const, reasonCode: 'sidang' }
            : { inmateId, status: 'hadir' as const },
      ),
    };
    const second = await putRegister(officer, thursday, changed);
    assert.equal(second.statusCode, 200, second.body);
    const afterChange = second.json() as SessionAttendance;
    assert.deepEqual(afterChange.session.counts, { hadir: 28, izin: 1, sakit: 1, alpa: 0, lainnya: 0 });
    const sickRow = afterChange.roster.find((r) => r.inmateId === sick);
    assert.deepEqual([sickRow?.status, sickRow?.reasonCode, sickRow?.note], ['sakit', 'rawat_klinik', 'Demam']);

    const again = await putRegister(officer, thursday, changed);
    assert.equal(again.statusCode, 200, again.body);
    assert.deepEqual(again.json(), afterChange, 'the same register again: the same result, recordedAt included');

    const rows = await t.database.db.select().from(attendance).where(eq(attendance.sessionId, afterChange.session.id ?? ''));
    assert.equal(rows.length, 30, 'one row per inmate, no duplicates');
    const sessions = await t.database.db.select().from(programmeSessions).where(eq(programmeSessions.programmeId, data.programmeId));
    assert.equal(sessions.length, 1, 'the session was materialised once');

    const events = await t.database.db
      .select({ summary: auditEvents.summary })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'programmes.attendance_recorded'), eq(auditEvents.subjectId, afterChange.session.id ?? '')));
    assert.deepEqual(
      events.map((e) => [e.summary.changed, (e.summary.counts as { hadir: number }).hadir]),
      [
        [30, 30],
        [2, 28],
        [0, 28],
      ],
    );
  });

  test("the week's sessions carry the counts of what was recorded", async () => {
    const res = await officer.get(sessionsUrl(data.programmeId));
    assert.equal(res.statusCode, 200, res.body);
    const list = res.json() as ProgrammeSessionList;
    assert.deepEqual([list.from, list.to], ['2026-03-09', '2026-03-15'], 'Monday to Sunday in WIB');
    assert.deepEqual(
      list.items.map((s) => `${s.date} ${s.start}-${s.end} ${s.taken ? s.counts.hadir : '-'}`),
      ['2026-03-10 08:00-10:00 -', '2026-03-12 08:00-10:00 28', '2026-03-12 13:00-15:00 -'],
    );
    const ranged = (await officer.get(`${sessionsUrl(data.programmeId)}?from=2026-06-25&to=2026-07-10`)).json() as ProgrammeSessionList;
    assert.deepEqual(
      ranged.items.map((s) => s.date),
      ['2026-06-25', '2026-06-25', '2026-06-30'],
      'nothing after the programme ends on 30 June',
    );
    problem(await officer.get(`${sessionsUrl(data.programmeId)}?from=2026-03-10&to=2026-03-01`), 422, 'attendance.bad_range');
    problem(await officer.get(`${sessionsUrl(data.programmeId)}?from=2026-01-01&to=2026-12-31`), 422, 'attendance.bad_range');
    problem(await officer.get(`${sessionsUrl(data.programmeId)}?from=10-03-2026`), 400);
  });
});

describe('the roster', () => {
  test('holds the enrolments active on the date: not suspended, ended or later ones', async () => {
    const register = await readRegister(officer, url('2026-03-10', '08:00'));
    const ids = register.roster.map((r) => r.inmateId);
    assert.deepEqual(new Set(ids), new Set(data.active));
    for (const outside of [data.suspended, data.ended, data.lateJoiner]) assert.ok(!ids.includes(outside));
    assert.ok(register.roster.every((r) => r.status === null));
    assert.equal(register.abilities.record, true);
  });

  test('an inmate not on the roster is refused, naming the row', async () => {
    const body = { entries: [{ inmateId: data.active[0], status: 'hadir' }, { inmateId: data.suspended, status: 'hadir' }] };
    const res = problem(await putRegister(officer, url('2026-03-10', '08:00'), body), 422, 'attendance.invalid_entries');
    assert.deepEqual(res.errors?.map((e) => [e.path, e.code]), [['body.entries.1.inmateId', 'not_on_roster']]);
    assert.match(res.detail ?? '', /Baris 2/);
    const rows = await readRegister(officer, url('2026-03-10', '08:00'));
    assert.ok(rows.roster.every((r) => r.status === null), 'nothing applied');
  });
});

describe('reason codes', () => {
  const cases: [string, Record<string, unknown>, number, string | null][] = [
    ['izin without a reason', { status: 'izin' }, 422, 'reason_required'],
    ['sakit with a reason of izin', { status: 'sakit', reasonCode: 'sidang' }, 422, 'reason_unknown'],
    ['alpa with an invented reason', { status: 'alpa', reasonCode: 'bolos' }, 422, 'reason_unknown'],
    ['hadir with a reason', { status: 'hadir', reasonCode: 'sidang' }, 422, 'reason_not_allowed'],
    ['alpa tanpa_keterangan', { status: 'alpa', reasonCode: 'tanpa_keterangan' }, 200, null],
    ['lainnya sanksi_disiplin', { status: 'lainnya', reasonCode: 'sanksi_disiplin' }, 200, null],
    ['izin kunjungan_keluarga', { status: 'izin', reasonCode: 'kunjungan_keluarga' }, 200, null],
    ['sakit rawat_rs', { status: 'sakit', reasonCode: 'rawat_rs' }, 200, null],
  ];
  for (const [name, entry, status, code] of cases) {
    test(`${name}: ${status}`, async () => {
      const res = await putRegister(officer, url('2026-03-05', '08:00'), { entries: [{ inmateId: data.active[5], ...entry }] });
      if (code) assert.deepEqual(problem(res, status, 'attendance.invalid_entries').errors?.map((e) => [e.path, e.code]), [['body.entries.0.reasonCode', code]]);
      else assert.equal(res.statusCode, status, res.body);
    });
  }

  test('an unknown status is a 400 from the schema', async () => {
    problem(await putRegister(officer, url('2026-03-05', '08:00'), { entries: [{ inmateId: data.active[5], status: 'bolos' }] }), 400);
  });

  test('the same inmate twice is refused', async () => {
    const body = { entries: [{ inmateId: data.active[1], status: 'hadir' }, { inmateId: data.active[1], status: 'hadir' }] };
    const res = problem(await putRegister(officer, url('2026-03-05', '08:00'), body), 422);
    assert.deepEqual(res.errors?.map((e) => e.code), ['duplicate']);
  });
});

describe('which sessions can be recorded', () => {
  test('a session that has not started is refused; its register says so', async () => {
    const later = url('2026-03-12', '13:00');
    problem(await putRegister(officer, later, allPresent(data.active)), 422, 'attendance.session_not_started');
    const register = await readRegister(officer, later);
    assert.deepEqual([register.abilities.record, register.closedReason], [false, 'belum_dimulai']);
    problem(await putRegister(officer, url('2026-03-17', '08:00'), allPresent(data.active)), 422, 'attendance.session_not_started');
  });

  test('a session more than 30 days old is refused', async () => {
    problem(await putRegister(officer, url('2026-02-05', '08:00'), allPresent(data.active)), 422, 'attendance.session_too_old');
    assert.equal((await putRegister(officer, url('2026-02-12', '08:00'), allPresent(data.active))).statusCode, 200, 'exactly 28 days is fine');
    const old = await readRegister(officer, url('2026-02-05', '08:00'));
    assert.deepEqual([old.abilities.record, old.closedReason], [false, 'terlalu_lama']);
  });

  test('a date off the timetable or outside the programme is not a session', async () => {
    problem(await officer.get(url('2026-03-11', '08:00')), 404, 'attendance.session_not_found');
    problem(await officer.get(url('2026-03-12', '09:00')), 404, 'attendance.session_not_found');
    problem(await officer.get(url('2025-12-30', '08:00')), 404, 'attendance.session_not_found');
    problem(await putRegister(officer, url('2026-03-11', '08:00'), allPresent(data.active)), 404, 'attendance.session_not_found');
    problem(await officer.get(url('2026-02-30', '08:00')), 400);
    problem(await officer.get(url('2026-03-12', '8.00')), 400);
    problem(await officer.get(registerUrl('0190a0a0-0000-7000-8000-000000000000', '2026-03-12', '08:00')), 404, 'attendance.programme_not_found');
  });

  test('an archived programme takes no attendance until it is restored', async () => {
    const setArchived = (archived: boolean) => t.database.db.update(programmes).set({ archived }).where(eq(programmes.id, data.programmeId));
    await setArchived(true);
    problem(await putRegister(officer, url('2026-03-12', '08:00'), allPresent(data.active)), 409, 'attendance.programme_archived');
    await setArchived(false);
    assert.equal((await putRegister(officer, url('2026-03-12', '08:00'), allPresent(data.active))).statusCode, 200);
  });
});
