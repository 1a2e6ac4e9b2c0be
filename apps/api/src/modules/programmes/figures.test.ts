import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProgrammeFigures } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { buildMarchDataset, CIPINANG, datasetWriter, LAPAS_I, LPP } from './figures.test-kit.js';

const URL = '/api/v1/programme-figures';
let t: TestApp;
let as: (username: string) => Promise<Client>;
let ids: Record<string, string>;

before(async () => {
  // 18.00 UTC on 31 March is 01.00 WIB on 1 April: "this month" is April.
  t = await buildTestApp({ clock: () => new Date('2026-03-31T18:00:00Z') });
  as = signedIn(t);
  await buildMarchDataset(t.database.db);
  const w = datasetWriter(t.database.db);
  ids = {
    lpp: (await w.unit(LPP)).id,
    lapasI: (await w.unit(LAPAS_I)).id,
    cipinang: (await w.unit(CIPINANG)).id,
    banten: (await w.unit(LPP)).kanwilId ?? '',
    dki: (await w.unit(CIPINANG)).kanwilId ?? '',
  };
});
after(async () => t.close());

async function figures(username: string, query = 'month=2026-03'): Promise<ProgrammeFigures> {
  const res = await (await as(username)).get(`${URL}?${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as ProgrammeFigures;
}

/** The headline figures only, for compact expectations. */
const head = (f: { population: number; participants: number; participationRate: number; hours: number; hoursPerInmate: number }) => ({
  population: f.population,
  participants: f.participants,
  participationRate: f.participationRate,
  hours: f.hours,
  hoursPerInmate: f.hoursPerInmate,
});
const expected = (population: number, participants: number, hours: number) => ({
  population,
  participants,
  participationRate: population ? participants / population : 0,
  hours,
  hoursPerInmate: population ? hours / population : 0,
});

describe('participation rate computed correctly on a known dataset', () => {
  test('national: totals, by sex, by track and category, per Kanwil', async () => {
    const f = await figures('dirjen');
    assert.equal(f.month, '2026-03');
    assert.deepEqual([f.from, f.to], ['2026-03-01', '2026-03-31']);
    assert.deepEqual(head(f), expected(8, 5, 21));
    assert.deepEqual(
      f.bySex.map((s) => [s.sex, head(s)]),
      [
        ['L', expected(4, 2, 8)],
        ['P', expected(4, 3, 13)],
      ],
    );
    assert.deepEqual(
      f.byCategory.map((c) => [c.track, c.category, c.participants, c.hours, c.participationRate]),
      [
        ['kemandirian', null, 3, 13, 3 / 8],
        ['kemandirian', 'agribisnis', 1, 4, 1 / 8],
        ['kemandirian', 'manufaktur', 2, 9, 2 / 8],
        ['kepribadian', null, 3, 8, 3 / 8],
        ['kepribadian', 'intelektual', 1, 4, 1 / 8],
        ['kepribadian', 'keagamaan', 2, 4, 2 / 8],
      ],
    );
    assert.equal(f.per, 'kanwil');
    assert.ok(f.byUnit.every((u) => u.unitKind === 'kanwil'));
    assert.ok(f.byUnit.length >= 33, 'every Kanwil is listed, with or without inmates');
    const kanwil = (id: string) => f.byUnit.find((u) => u.unitId === id);
    assert.deepEqual(head(kanwil(ids.banten ?? '') ?? f), expected(6, 4, 17));
    assert.deepEqual(head(kanwil(ids.dki ?? '') ?? f), expected(2, 1, 4));
    const others = f.byUnit.filter((u) => u.unitId !== ids.banten && u.unitId !== ids.dki);
    assert.ok(others.every((u) => u.population === 0 && u.participationRate === 0 && u.hoursPerInmate === 0));
  });

  test('a Kanwil sees its UPTs one by one; a Kanwil asked by HQ rolls up the same', async () => {
    const f = await figures('kanwil.banten');
    assert.deepEqual(head(f), expected(6, 4, 17));
    assert.equal(f.per, 'unit');
    assert.ok(f.byUnit.every((u) => u.unitKind === 'upt'));
    assert.ok(!f.byUnit.some((u) => u.unitId === ids.cipinang), 'no UPT of another Kanwil');
    const upt = (id: string) => f.byUnit.find((u) => u.unitId === id);
    assert.deepEqual(head(upt(ids.lpp ?? '') ?? f), expected(4, 3, 13));
    assert.deepEqual(head(upt(ids.lapasI ?? '') ?? f), expected(2, 1, 4));
    assert.deepEqual(f.bySex.map((s) => [s.sex, s.population, s.participants]), [['L', 2, 1], ['P', 4, 3]]);

    const viaHq = await figures('dirjen', `month=2026-03&unitId=${ids.banten}`);
    assert.deepEqual(head(viaHq), head(f));
    assert.deepEqual(viaHq.byUnit, f.byUnit);
  });

  test('a UPT: its own figures, categories and the one row for itself', async () => {
    const f = await figures('pembinaan.lpp.tangerang');
    assert.deepEqual(head(f), expected(4, 3, 13));
    assert.equal(f.unit.name, LPP);
    assert.deepEqual(f.byUnit.map((u) => [u.unitName, head(u)]), [[LPP, expected(4, 3, 13)]]);
    assert.deepEqual(f.bySex.map((s) => [s.sex, head(s)]), [['L', expected(0, 0, 0)], ['P', expected(4, 3, 13)]]);
    assert.deepEqual(
      f.byCategory.map((c) => [c.category, c.participants, c.hours, c.hoursPerInmate]),
      [[null, 2, 9, 9 / 4], ['manufaktur', 2, 9, 9 / 4], [null, 2, 4, 1], ['keagamaan', 2, 4, 1]],
    );
    const other = await figures('operator.lapas.cipinang');
    assert.deepEqual(head(other), expected(2, 1, 4));
  });

  test('other months: February counts the inmates released later and its own attendance; a month without data is zero', async () => {
    const feb = await figures('kanwil.banten', 'month=2026-02');
    // LPP: t1, t3, t4 (released 20 Feb) stayed in February; u1, u2 at Lapas I.
    assert.deepEqual(head(feb), expected(5, 2, 6));
    const empty = await figures('dirjen', 'month=2019-07');
    assert.deepEqual(head(empty), expected(0, 0, 0));
    assert.deepEqual(empty.byCategory, []);
  });

  test('without a month, the current month in WIB', async () => {
    const f = await figures('dirjen', '');
    assert.equal(f.month, '2026-04');
    // April: t1, t2, t5 (enters 2 April), t6 at LPP; u1 at Lapas I; c1, c2 at Cipinang; t2 and t5 attended on 2 April.
    assert.deepEqual(head(f), expected(7, 2, 4));
  });
});

describe('programme figures: scope and input', () => {
  test('out of scope → 404, in scope → 200', async () => {
    const cases: [string, string, number][] = [
      ['kanwil.banten', ids.lpp ?? '', 200],
      ['kanwil.banten', ids.cipinang ?? '', 404],
      ['kanwil.banten', ids.dki ?? '', 404],
      ['pembinaan.lpp.tangerang', ids.lpp ?? '', 200],
      ['pembinaan.lpp.tangerang', ids.lapasI ?? '', 404],
      ['pembinaan.lpp.tangerang', ids.banten ?? '', 404],
      ['operator.lapas.cipinang', ids.lpp ?? '', 404],
      ['humas.ditjenpas', ids.cipinang ?? '', 200],
      ['dirjen', '01900000-0000-7000-8000-000000000000', 404],
    ];
    for (const [username, unitId, status] of cases) {
      const res = await (await as(username)).get(`${URL}?month=2026-03&unitId=${unitId}`);
      assert.equal(res.statusCode, status, `${username} → ${unitId}: ${res.body}`);
      if (status === 404) assert.match(String(res.headers['content-type']), /problem\+json/);
    }
    const lpp = await figures('kanwil.banten', `month=2026-03&unitId=${ids.lpp}`);
    assert.deepEqual(head(lpp), expected(4, 3, 13));
  });

  test('a bad month or unit id is a 400 problem in Indonesian', async () => {
    const client = await as('dirjen');
    for (const query of ['month=2026-13', 'month=2026-3', 'month=1999-12', 'unitId=abc', 'extra=1']) {
      const res = await client.get(`${URL}?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.match(String(res.headers['content-type']), /problem\+json/);
    }
    const res = await client.get(`${URL}?month=2026-13`);
    assert.match(res.body, /Bulan harus berformat/);
  });
});
