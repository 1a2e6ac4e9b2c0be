import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommunityActivity, CommunityActivityList, CommunitySummary } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import { communityActivities } from './programmes.table.js';
import { addProgramme, API, auditOf, CIPINANG, LAPAS_TANGERANG, LPP, NOW, unitByCode, type Unit } from './outcomes.test-kit.js';

let t: TestApp;
let as: (username: string) => Promise<Client>;
let lpp: Unit;
let lapas: Unit;
let cipinang: Unit;
let lppProgramme: string;

const activity = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-03-02',
  kind: 'kerja_sosial',
  title: 'Kerja bakti di Pasar Anyar',
  partner: 'Kelurahan Sukasari',
  peopleReached: 300,
  inmatesInvolved: 10,
  hours: 3,
  ...overrides,
});

async function record(username: string, body: Record<string, unknown>): Promise<CommunityActivity> {
  const res = await (await as(username)).post(`${API}/community-activities`, body);
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as CommunityActivity;
}

async function summaryAs(username: string, query = ''): Promise<CommunitySummary> {
  const res = await (await as(username)).get(`${API}/community-activities/summary${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as CommunitySummary;
}

/**
 * LPP Tangerang: social work (10 inmates × 3 h, 300 people), products (4 × 2.5 h, 120 people, 150 items);
 * Lapas Tangerang (same Kanwil): a service (6 × 1.5 h, 80 people) in February; Cipinang (DKI): training
 * (5 × 4 h, 25 people, 10 items), written straight into the table.
 */
before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  as = signedIn(t);
  [lpp, lapas, cipinang] = await Promise.all([unitByCode(t.database.db, LPP), unitByCode(t.database.db, LAPAS_TANGERANG), unitByCode(t.database.db, CIPINANG)]);
  lppProgramme = (await addProgramme(t.database.db, lpp, 'Eco-print', 'kemandirian', 'kerajinan')).id;
  await record('pembinaan.lpp.tangerang', activity());
  await record('pembinaan.lpp.tangerang', activity({ kind: 'produk', title: 'Masker batik untuk puskesmas', peopleReached: 120, inmatesInvolved: 4, hours: 2.5, productsDelivered: 150, programmeId: lppProgramme, date: '2026-03-10' }));
  await record('kakanwil.banten', activity({ unitId: lapas.id, kind: 'layanan', title: 'Cukur gratis', peopleReached: 80, inmatesInvolved: 6, hours: 1.5, date: '2026-02-14' }));
  await t.database.db.insert(communityActivities).values({
    unitId: cipinang.id,
    unitPath: cipinang.path,
    date: '2026-03-05',
    kind: 'pelatihan',
    title: 'Pelatihan sablon untuk karang taruna',
    peopleReached: 25,
    inmatesInvolved: 5,
    hours: 4,
    productsDelivered: 10,
    createdByUserId: lpp.id,
  });
});
after(async () => t.close());

describe('community activities', () => {
  test('HQ totals: by kind (every kind listed) and by Kanwil; inmate hours are inmates × hours summed', async () => {
    const s = await summaryAs('dirjen');
    assert.equal(s.per, 'kanwil');
    assert.deepEqual(s.totals, { activities: 4, peopleReached: 525, inmateHours: 30 + 10 + 9 + 20, productsDelivered: 160 });
    assert.deepEqual(
      s.byKind.map((k) => [k.kind, k.activities, k.peopleReached, k.inmateHours, k.productsDelivered]),
      [
        ['kerja_sosial', 1, 300, 30, 0],
        ['layanan', 1, 80, 9, 0],
        ['produk', 1, 120, 10, 150],
        ['pelatihan', 1, 25, 20, 10],
        ['lainnya', 0, 0, 0, 0],
      ],
    );
    assert.deepEqual(
      s.byUnit.map((u) => [u.unitId, u.activities, u.peopleReached, u.inmateHours]),
      [
        [lpp.kanwilId, 3, 500, 49],
        [cipinang.kanwilId, 1, 25, 20],
      ],
    );
  });

  test('a Kanwil sees its UPTs one by one; a UPT itself; dates narrow the totals', async () => {
    const kanwil = await summaryAs('kanwil.banten');
    assert.equal(kanwil.per, 'unit');
    assert.deepEqual(kanwil.byUnit.map((u) => [u.unitName, u.activities, u.peopleReached, u.inmateHours, u.productsDelivered]), [
      [lpp.name, 2, 420, 40, 150],
      [lapas.name, 1, 80, 9, 0],
    ]);
    const unit = await summaryAs('operator.lpp.tangerang');
    assert.deepEqual(unit.totals, { activities: 2, peopleReached: 420, inmateHours: 40, productsDelivered: 150 });
    const march = await summaryAs('kanwil.banten', '?from=2026-03-01&to=2026-03-09');
    assert.deepEqual(march.totals, { activities: 1, peopleReached: 300, inmateHours: 30, productsDelivered: 0 });
    problem(await (await as('dirjen')).get(`${API}/community-activities/summary?from=2026-03-09&to=2026-03-01`), 422, 'community.bad_range');
  });

  test('the list: newest first, in scope, by unit and dates; another Kanwil’s unit is 404', async () => {
    const dirjen = await as('dirjen');
    const all = (await dirjen.get(`${API}/community-activities`)).json() as CommunityActivityList;
    assert.deepEqual(all.items.map((a) => a.date), ['2026-03-10', '2026-03-05', '2026-03-02', '2026-02-14']);
    const product = all.items[0];
    assert.equal(product?.programmeName, 'Eco-print');
    assert.equal(product?.inmateHours, 10);
    const lppOnly = (await dirjen.get(`${API}/community-activities?unitId=${lpp.id}&from=2026-03-03`)).json() as CommunityActivityList;
    assert.deepEqual(lppOnly.items.map((a) => a.title), ['Masker batik untuk puskesmas']);
    const banten = (await (await as('kanwil.banten')).get(`${API}/community-activities`)).json() as CommunityActivityList;
    assert.equal(banten.items.length, 3);
    assert.equal(banten.abilities.record, false);
    problem(await (await as('operator.lapas.cipinang')).get(`${API}/community-activities?unitId=${lpp.id}`), 404, 'community.unit_not_found');
  });

  test('recorded by a UPT in scope on a date no later than its today, audited', async () => {
    const officer = await as('pembinaan.lpp.tangerang');
    const future = problem(await officer.post(`${API}/community-activities`, activity({ date: '2026-03-11' })), 422, 'community.invalid');
    assert.equal(future.errors?.[0]?.path, 'body.date');
    problem(await officer.post(`${API}/community-activities`, activity({ date: '1999-12-31' })), 422, 'community.invalid');
    const kakanwil = await as('kakanwil.banten');
    const notUpt = problem(await kakanwil.post(`${API}/community-activities`, activity()), 422, 'community.invalid');
    assert.equal(notUpt.errors?.[0]?.path, 'body.unitId');
    problem(await kakanwil.post(`${API}/community-activities`, activity({ unitId: cipinang.id })), 404, 'community.unit_not_found');
    const wrongProgramme = problem(await kakanwil.post(`${API}/community-activities`, activity({ unitId: lapas.id, programmeId: lppProgramme })), 422);
    assert.equal(wrongProgramme.errors?.[0]?.path, 'body.programmeId');
    for (const bad of [{ kind: 'pesta' }, { peopleReached: -1 }, { hours: 'tiga' }, { inmatesInvolved: 1.5 }, { title: '' }, { extra: 1 }])
      problem(await officer.post(`${API}/community-activities`, activity(bad)), 400);
    const events = await auditOf(t, 'programmes.community_recorded');
    assert.equal(events.length, 3, 'the three recorded through the API, none of the refused');
    assert.deepEqual(events.map((e) => e.unitId).sort(), [lpp.id, lpp.id, lapas.id].sort());
  });
});
