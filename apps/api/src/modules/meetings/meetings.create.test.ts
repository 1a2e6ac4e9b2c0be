import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { Meeting } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { API, chairId, createMeeting, kanwilId, meetingBody, problem, SEED_UPT, unitByName } from './meetings.test-kit.js';

let t: TestApp;
let dirjen: Client;
let kakanwil: Client;
let dirjenChair: string;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-08-20T00:00:00Z') });
  [dirjen, kakanwil] = await Promise.all([t.as('dirjen'), t.as('kakanwil.banten')]);
  dirjenChair = await chairId(dirjen, 'Direktur Jenderal');
});
after(async () => t.close());

describe('creating a meeting', () => {
  test('stores the start in its zone, the chair with its holder, one invitation per UPT, and an audit row', async () => {
    const meeting = await createMeeting(dirjen, meetingBody(dirjenChair));
    assert.equal(meeting.startsAt, '2025-08-29T02:00:00.000Z');
    assert.equal(meeting.endsAt, '2025-08-29T04:00:00.000Z');
    assert.equal(meeting.startLocal, '2025-08-29T09:00');
    assert.equal(meeting.checkInOpensAt, '2025-08-29T01:30:00.000Z');
    assert.deepEqual(meeting.chair, { positionId: dirjenChair, title: 'Direktur Jenderal Pemasyarakatan', holderName: 'Direktur Jenderal Pemasyarakatan (demo)' });
    assert.equal(meeting.invitedCount, SEED_UPT.length);
    assert.deepEqual(meeting.abilities, { checkIn: false, manage: true, createDirective: true });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'meetings.created'), eq(auditEvents.subjectId, meeting.id)));
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.summary.invited, SEED_UPT.length);
  });

  test('an end time in WITA is read in WITA', async () => {
    const meeting = await createMeeting(
      dirjen,
      meetingBody(dirjenChair, { timezone: 'Asia/Makassar', durationMinutes: undefined, endLocal: '2025-08-29T10:30', mode: 'in_person', link: undefined, location: 'Aula Kanwil' }),
    );
    assert.equal(meeting.startsAt, '2025-08-29T01:00:00.000Z');
    assert.equal(meeting.endsAt, '2025-08-29T02:30:00.000Z');
    assert.equal(meeting.link, null);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['virtual without a link', { link: undefined }, 'body.link'],
    ['hybrid without a link', { mode: 'hybrid', link: undefined }, 'body.link'],
    ['a link that is not https', { link: 'http://meet.example.go.id/x' }, 'body.link'],
    ['an end before the start', { durationMinutes: undefined, endLocal: '2025-08-29T08:00' }, 'body.endLocal'],
    ['neither end nor duration', { durationMinutes: undefined }, 'body.endLocal'],
    ['a date that does not exist', { startLocal: '2025-02-30T09:00' }, 'body.startLocal'],
    ['a zone outside Indonesia', { timezone: 'Asia/Singapore' }, 'body.timezone'],
  ];
  for (const [what, overrides, path] of invalid) {
    test(`refuses ${what} with 400 and the field named`, async () => {
      const body = problem(await dirjen.post(`${API}/meetings`, meetingBody(dirjenChair, overrides)), 400, 'validation_failed');
      assert.ok(body.errors?.some((e) => e.path === path), JSON.stringify(body.errors));
    });
  }

  test('refuses a chair outside the caller’s subtree and an organiser above it', async () => {
    problem(await kakanwil.post(`${API}/meetings`, meetingBody(dirjenChair)), 422, 'meetings.chair_not_found');
    const ownChair = await chairId(kakanwil, 'Kepala Kanwil');
    const hq = await unitByName(t, 'Direktorat Jenderal Pemasyarakatan');
    problem(await kakanwil.post(`${API}/meetings`, meetingBody(ownChair, { organiserUnitId: hq.id })), 422, 'meetings.organiser_outside_scope');
  });
});

describe('invited units follow the directive selector', () => {
  const count = (m: Meeting) => m.invitedCount;

  test('by type, by variant and by Kanwil', async () => {
    const lapas = await createMeeting(dirjen, meetingBody(dirjenChair, { target: { mode: 'filter', types: ['LAPAS'] } }));
    assert.equal(count(lapas), SEED_UPT.filter((u) => u.type === 'LAPAS').length);
    const narkotika = await createMeeting(dirjen, meetingBody(dirjenChair, { target: { mode: 'filter', variants: ['NARKOTIKA'] } }));
    assert.equal(count(narkotika), SEED_UPT.filter((u) => u.variant === 'NARKOTIKA').length);
    const banten = await createMeeting(dirjen, meetingBody(dirjenChair, { target: { mode: 'filter', kanwilIds: [await kanwilId(t, 'BANTEN')] } }));
    assert.equal(count(banten), SEED_UPT.filter((u) => u.kanwil === 'BANTEN').length);
  });

  test('a list of units, and a Kanwil organiser reaches only its own UPTs', async () => {
    const [a, b] = await Promise.all([unitByName(t, 'Lapas Kelas I Tangerang'), unitByName(t, 'Lapas Kelas I Cipinang')]);
    const list = await createMeeting(dirjen, meetingBody(dirjenChair, { target: { mode: 'list', unitIds: [a.id, b.id] } }));
    assert.equal(count(list), 2);
    const kakanwilChair = await chairId(kakanwil, 'Kepala Kanwil');
    const own = await createMeeting(kakanwil, meetingBody(kakanwilChair));
    assert.equal(count(own), SEED_UPT.filter((u) => u.kanwil === 'BANTEN').length);
    problem(
      await kakanwil.post(`${API}/meetings`, meetingBody(kakanwilChair, { target: { mode: 'list', unitIds: [a.id, b.id] } })),
      422,
      'meetings.invitees_outside_scope',
    );
  });
});
