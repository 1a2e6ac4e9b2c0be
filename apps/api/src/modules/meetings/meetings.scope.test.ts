import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Meeting, MeetingPageSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { API, attendanceOf, chairId, checkIn, createMeeting, kanwilId, meetingBody, problem, put, record, SEED_UPT, unitByName } from './meetings.test-kit.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
const BANTEN_UPTS = SEED_UPT.filter((u) => u.kanwil === 'BANTEN').map((u) => u.name).sort();

let t: TestApp;
let dirjen: Client;
let kanwil: Client;
let kalapas: Client;
let operator: Client;
let cipinang: Client;
let viewer: Client;
/** To every UPT, by HQ. */
let national: Meeting;
/** Organised by Lapas Perempuan Tangerang for itself. */
let local: Meeting;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-08-29T02:10:00Z') });
  [dirjen, kanwil, kalapas, operator, cipinang, viewer] = await Promise.all(
    ['dirjen', 'kanwil.banten', 'kalapas.lpp.tangerang', 'operator.lpp.tangerang', 'operator.lapas.cipinang', 'humas.ditjenpas'].map((u) => t.as(u)),
  ) as [Client, Client, Client, Client, Client, Client];
  national = await createMeeting(dirjen, meetingBody(await chairId(dirjen, 'Direktur Jenderal')));
  const lpp = await unitByName(t, LPP);
  local = await createMeeting(kalapas, meetingBody(await chairId(kalapas, 'Kalapas'), { title: 'Apel kesiapan regu pengamanan', target: { mode: 'list', unitIds: [lpp.id] } }));
  for (const unit of ['Lapas Kelas I Tangerang', 'Lapas Kelas I Cipinang']) {
    assert.equal((await record(dirjen, national.id, (await unitByName(t, unit)).id, 8)).statusCode, 200);
  }
});
after(async () => t.close());

type Page = z.infer<typeof MeetingPageSchema>;
const visibleIds = async (by: Client) => ((await by.get(`${API}/meetings?when=upcoming`)).json() as Page).items.map((m) => m.id);

describe('who sees a meeting', () => {
  test('another UPT does not see a UPT’s own meeting: 404 on every route', async () => {
    assert.deepEqual(await visibleIds(cipinang), [national.id]);
    problem(await cipinang.get(`${API}/meetings/${local.id}`), 404, 'meetings.not_found');
    problem(await cipinang.get(`${API}/meetings/${local.id}/attendance`), 404, 'meetings.not_found');
    problem(await checkIn(cipinang, local.id, 3), 404, 'meetings.not_found');
  });

  test('the invited unit, its Kanwil and HQ see it', async () => {
    assert.deepEqual((await visibleIds(operator)).sort(), [national.id, local.id].sort());
    assert.ok((await visibleIds(kanwil)).includes(local.id));
    assert.ok((await visibleIds(dirjen)).includes(local.id));
  });
});

describe('attendance rows by scope', () => {
  test('a Kanwil sees its own UPTs’ rows and its own rate only', async () => {
    const rates = await attendanceOf(kanwil, national.id);
    assert.deepEqual(rates.units.map((u) => u.unitName).sort(), BANTEN_UPTS);
    assert.deepEqual(rates.kanwil.map((k) => k.unitId), [await kanwilId(t, 'BANTEN')]);
    assert.deepEqual([rates.national.invited, rates.national.attended], [BANTEN_UPTS.length, 1]);
  });

  test('a UPT sees its own row; HQ sees every row', async () => {
    assert.deepEqual((await attendanceOf(operator, national.id)).units.map((u) => u.unitName), [LPP]);
    const all = await attendanceOf(dirjen, national.id);
    assert.equal(all.units.length, SEED_UPT.length);
    assert.deepEqual([all.national.invited, all.national.attended], [SEED_UPT.length, 2]);
  });
});

describe('a read-only role', () => {
  test('reads, and is refused every write with 403', async () => {
    assert.equal((await viewer.get(`${API}/meetings/${national.id}`)).statusCode, 200);
    const lpp = await unitByName(t, LPP);
    problem(await viewer.post(`${API}/meetings`, meetingBody(national.chair.positionId)), 403);
    problem(await checkIn(viewer, national.id, 3), 403);
    problem(await record(viewer, national.id, lpp.id, 3), 403);
    problem(await put(viewer, `${API}/meetings/${national.id}/minutes`, { text: '', decisions: [] }), 403);
    problem(await viewer.post(`${API}/meetings/${national.id}/decisions/0/directive`), 403);
  });

  test('an operator may check in but not manage', async () => {
    problem(await put(operator, `${API}/meetings/${local.id}/minutes`, { text: '', decisions: [] }), 403);
    assert.equal((await checkIn(operator, local.id, 6)).statusCode, 200);
  });
});
