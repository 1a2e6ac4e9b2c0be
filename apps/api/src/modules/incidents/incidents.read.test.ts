import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { IncidentMap, IncidentStats, OpenSerious } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import { incidents } from './incidents.table.js';
import {
  API,
  BANTEN,
  CIPINANG,
  DKI,
  LAPAS_I,
  LPP,
  openIncidentSet,
  type IncidentSet,
} from './incidents.read.test-kit.js';

let t: TestApp;
let data: IncidentSet;
let dirjen: Client;
let kanwil: Client;
let cipinang: Client;
let lpp: Client;

before(async () => {
  ({
    t,
    data,
    clients: [dirjen, kanwil, cipinang, lpp],
  } = await openIncidentSet('dirjen', 'kanwil.banten', 'operator.lapas.cipinang', 'kalapas.lpp.tangerang'));
});
after(async () => t.close());

async function json<T>(by: Client, url: string): Promise<T> {
  const res = await by.get(`${API}${url}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as T;
}
const banner = async (by: Client) => (await json<OpenSerious>(by, '/incidents/open-serious')).items;
const rows = (list: IncidentStats['byUnit']) => list.map((r) => [r.label, r.total, r.open, r.serious]);

describe('open serious banner', () => {
  test('HQ sees every open incident of a serious category or berat and above, newest first', async () => {
    const items = await banner(dirjen);
    assert.deepEqual(
      items.map((i) => i.id),
      [data.contraband, data.riot, data.escape],
    );
    const escape = items[2];
    assert.equal(escape?.unitName, LPP);
    assert.equal(escape?.categoryCode, 'pelarian');
    assert.deepEqual(escape?.counters, { kabur: 12, tertangkap: 5, buron: 7 }, 'still at large is derived');
    assert.equal(escape?.unacknowledgedAlerts, 1);
  });

  test("Kanwil Banten sees Banten's, not Jakarta's; a UPT only its own", async () => {
    assert.deepEqual(
      (await banner(kanwil)).map((i) => i.id),
      [data.contraband, data.escape],
    );
    assert.deepEqual(
      (await banner(cipinang)).map((i) => [i.id, i.unitName, i.kanwilName]),
      [[data.riot, CIPINANG, DKI]],
    );
    assert.deepEqual(
      (await banner(lpp)).map((i) => i.id),
      [data.escape],
    );
  });

  test('a closed incident leaves the banner', async () => {
    await t.database.db.update(incidents).set({ status: 'ditutup' }).where(eq(incidents.id, data.escape));
    try {
      assert.deepEqual(
        (await banner(kanwil)).map((i) => i.id),
        [data.contraband],
      );
      assert.deepEqual(await banner(lpp), []);
    } finally {
      await t.database.db.update(incidents).set({ status: 'ditangani' }).where(eq(incidents.id, data.escape));
    }
  });
});

describe('statistics', () => {
  test('HQ: totals, by category in catalogue order, per Kanwil, per WIB month', async () => {
    const s = await json<IncidentStats>(dirjen, '/incidents/stats');
    assert.deepEqual([s.total, s.open], [5, 4]);
    assert.deepEqual(
      s.byCategory.map((r) => [r.key, r.total, r.open, r.serious]),
      [
        ['pelarian', 1, 1, 1],
        ['kerusuhan', 1, 1, 1],
        ['perkelahian', 2, 1, 1],
        ['barang_terlarang', 1, 1, 1],
      ],
    );
    assert.deepEqual(rows(s.byUnit), [
      [BANTEN, 4, 3, 3],
      [DKI, 1, 1, 1],
    ]);
    assert.deepEqual(s.byUnit[0]?.key, data.ids.banten);
    assert.deepEqual(
      s.byMonth.map((r) => [r.key, r.total, r.open, r.serious]),
      [
        ['2026-02', 1, 0, 1],
        ['2026-03', 3, 3, 2],
        ['2026-04', 1, 1, 1],
      ],
      'the fight at 18.00 UTC on 28 February is 1 March in WIB',
    );
  });

  test('Kanwil Banten: per UPT, nothing of Jakarta', async () => {
    const s = await json<IncidentStats>(kanwil, '/incidents/stats');
    assert.deepEqual([s.total, s.open], [4, 3]);
    assert.deepEqual(rows(s.byUnit), [
      [LAPAS_I, 2, 2, 1],
      [LPP, 2, 1, 2],
    ]);
    assert.ok(!s.byCategory.some((r) => r.key === 'kerusuhan'));
  });

  test('from/to are WIB days; unitId narrows to a subtree in scope', async () => {
    const march = await json<IncidentStats>(dirjen, '/incidents/stats?from=2026-03-01&to=2026-03-31');
    assert.deepEqual([march.total, march.open], [3, 3]);
    const banten = await json<IncidentStats>(dirjen, `/incidents/stats?unitId=${data.ids.banten}`);
    assert.deepEqual(rows(banten.byUnit), [
      [LAPAS_I, 2, 2, 1],
      [LPP, 2, 1, 2],
    ]);
    const one = await json<IncidentStats>(kanwil, `/incidents/stats?unitId=${data.ids.lpp}&to=2026-02-28`);
    assert.deepEqual([one.total, one.open, rows(one.byUnit)], [1, 0, [[LPP, 1, 0, 1]]]);
  });

  test('a unit outside the scope is 404; bad input 400; a UPT sees itself', async () => {
    problem(await kanwil.get(`${API}/incidents/stats?unitId=${data.ids.dki}`), 404, 'incidents.unit_not_found');
    problem(await cipinang.get(`${API}/incidents/map?unitId=${data.ids.lpp}`), 404, 'incidents.unit_not_found');
    problem(await dirjen.get(`${API}/incidents/stats?from=kemarin`), 400);
    problem(await dirjen.get(`${API}/incidents/stats?unitId=bukan-uuid`), 400);
    problem(await dirjen.get(`${API}/incidents/stats?from=0000-01-01`), 422, 'incidents.bad_range');
    problem(await dirjen.get(`${API}/incidents/map?from=2026-04-01&to=2026-03-01`), 422, 'incidents.bad_range');
    problem(await dirjen.get(`${API}/incidents/export.csv?to=9999-12-31`), 422, 'incidents.bad_range');
    const own = await json<IncidentStats>(cipinang, '/incidents/stats');
    assert.deepEqual([own.total, rows(own.byUnit)], [1, [[CIPINANG, 1, 1, 1]]]);
  });
});

describe('map', () => {
  test('per unit with coordinates: total, open, open serious; scope-bound', async () => {
    const { points } = await json<IncidentMap>(dirjen, '/incidents/map');
    assert.deepEqual(
      points.map((p) => [p.unitName, p.total, p.open, p.openSerious]),
      [
        [CIPINANG, 1, 1, 1],
        [LAPAS_I, 2, 2, 1],
        [LPP, 2, 1, 1],
      ],
    );
    const lppPoint = points.find((p) => p.unitId === data.ids.lpp);
    assert.ok(lppPoint && Math.abs(lppPoint.lat + 6.1783) < 1e-6 && Math.abs(lppPoint.lng - 106.6319) < 1e-6);
    const banten = await json<IncidentMap>(kanwil, '/incidents/map');
    assert.deepEqual(
      banten.points.map((p) => p.unitName),
      [LAPAS_I, LPP],
    );
  });
});

describe('access', () => {
  test('a viewer is refused (403), a visitor must sign in (401)', async () => {
    const humas = await data.as('humas.ditjenpas');
    for (const url of [
      '/incidents/open-serious',
      '/incidents/stats',
      '/incidents/map',
      '/incidents/export.csv',
      `/incidents/${data.escape}/report.pdf`,
    ])
      problem(await humas.get(`${API}${url}`), 403);
    problem(await t.anonymous.get(`${API}/incidents/open-serious`), 401);
  });
});
