import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CampaignBoard } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import { SEED_UPT } from '../../test/seed-data.js';
import {
  API,
  BANTEN,
  CIPINANG,
  DKI,
  LAPAS_I,
  LPKA,
  LPP,
  PEMUDA,
  seedCampaignDataset,
  type Dataset,
} from './campaigns.read.test-kit.js';
import type { Survival } from './campaigns.survival.js';
import { survivalRate } from './campaigns.survival.js';

const BANTEN_UPTS = SEED_UPT.filter((u) => u.kanwil === 'BANTEN').map((u) => u.name);
const DKI_UPTS = SEED_UPT.filter((u) => u.kanwil === 'DKI').map((u) => u.name);

let t: TestApp;
let data: Dataset;
let dirjen: Client;
let kanwil: Client;
let operator: Client;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-09T06:00:00Z') });
  data = await seedCampaignDataset(t);
  [dirjen, kanwil, operator] = await Promise.all([
    data.as('dirjen'),
    data.as('kanwil.banten'),
    data.as('operator.lpp.tangerang'),
  ]);
});
after(async () => t.close());

async function boardOf(by: Client, query = ''): Promise<CampaignBoard> {
  const res = await by.get(`${API}/campaigns/${data.campaignId}/board${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as CampaignBoard;
}

describe('live board', () => {
  test('HQ: national counts, sums and target; Kanwil ranked by percent of their allocation', async () => {
    const board = await boardOf(dirjen);
    assert.equal(board.asOf, '2025-09-09T06:00:00.000Z');
    assert.deepEqual(board.totals, {
      units: BANTEN_UPTS.length + DKI_UPTS.length,
      reported: 3,
      verified: 1,
      notReported: BANTEN_UPTS.length + DKI_UPTS.length - 3,
      target: 1800,
      realised: 300 + 120 + 200,
      realisedVerified: 300,
      areaHa: 1.5 + 0.5 + 2,
      sites: 6,
      flaggedPhotos: 1,
    });
    assert.deepEqual(board.kanwil, [
      {
        unitId: data.ids.banten,
        unitName: BANTEN,
        units: BANTEN_UPTS.length,
        reported: 2,
        verified: 1,
        target: 1000,
        realised: 420,
        percent: 42,
      },
      {
        unitId: data.ids.dki,
        unitName: DKI,
        units: DKI_UPTS.length,
        reported: 1,
        verified: 0,
        target: 800,
        realised: 200,
        percent: 25,
      },
    ]);
  });

  test("site points carry their unit's report status; not-reported lists returned and silent units", async () => {
    const board = await boardOf(dirjen);
    const statusOf = (id: string) => board.sites.find((s) => s.id === id)?.status;
    assert.equal(statusOf(data.sites.a), 'terverifikasi');
    assert.equal(statusOf(data.sites.b), 'terverifikasi');
    assert.equal(statusOf(data.sites.c), 'dilaporkan');
    assert.equal(statusOf(data.sites.d), 'dilaporkan');
    assert.equal(statusOf(data.sites.e), 'dikembalikan');
    assert.equal(statusOf(data.sites.f), 'terdaftar');
    assert.deepEqual(board.sites.find((s) => s.id === data.sites.a)?.planned, 250);
    const waiting = board.notReported.map((u) => u.unitName);
    assert.ok(waiting.includes(PEMUDA), 'a returned report counts as not reported');
    for (const name of [LPP, LAPAS_I, CIPINANG]) assert.ok(!waiting.includes(name), name);
    assert.deepEqual(
      waiting.sort(),
      [...BANTEN_UPTS, ...DKI_UPTS].filter((n) => ![LPP, LAPAS_I, CIPINANG].includes(n)).sort(),
    );
    assert.equal(board.notReported.find((u) => u.unitName === PEMUDA)?.kanwilName, BANTEN);
  });

  test('HQ narrowed to DKI: DKI units only, the DKI allocation as target', async () => {
    const board = await boardOf(dirjen, `?kanwilId=${data.ids.dki}`);
    assert.deepEqual(
      {
        units: board.totals.units,
        reported: board.totals.reported,
        target: board.totals.target,
        realised: board.totals.realised,
        sites: board.totals.sites,
      },
      { units: DKI_UPTS.length, reported: 1, target: 800, realised: 200, sites: 1 },
    );
    assert.deepEqual(
      board.kanwil.map((k) => k.unitName),
      [DKI],
    );
    assert.ok(board.notReported.every((u) => u.kanwilName === DKI));
  });

  test('the Kanwil sees its own units against its allocation; another Kanwil is out of scope (404)', async () => {
    const board = await boardOf(kanwil);
    assert.equal(board.totals.units, BANTEN_UPTS.length);
    assert.equal(board.totals.target, 1000);
    assert.equal(board.totals.realised, 420);
    assert.equal(board.totals.flaggedPhotos, 1);
    assert.deepEqual(board.sites.map((s) => s.unitName).sort(), [LAPAS_I, LPKA, LPP, LPP, PEMUDA].sort());
    assert.deepEqual(await boardOf(kanwil, `?kanwilId=${data.ids.banten}`), { ...board, asOf: board.asOf });
    problem(
      await kanwil.get(`${API}/campaigns/${data.campaignId}/board?kanwilId=${data.ids.dki}`),
      404,
      'campaigns.kanwil_not_found',
    );
  });

  test('a UPT sees only itself, with its own allocation as target', async () => {
    const board = await boardOf(operator);
    assert.deepEqual(board.totals, {
      units: 1,
      reported: 1,
      verified: 1,
      notReported: 0,
      target: 400,
      realised: 300,
      realisedVerified: 300,
      areaHa: 1.5,
      sites: 2,
      flaggedPhotos: 1,
    });
    assert.deepEqual(board.notReported, []);
    assert.ok(board.sites.every((s) => s.unitName === LPP));
    problem(await operator.get(`${API}/campaigns/${data.campaignId}/board?kanwilId=${data.ids.banten}`), 404);
  });

  test('an unknown campaign and a bad kanwilId are refused', async () => {
    problem(
      await dirjen.get(`${API}/campaigns/01900000-0000-7000-8000-000000000000/board`),
      404,
      'campaigns.not_found',
    );
    problem(
      await dirjen.get(`${API}/campaigns/${data.campaignId}/board?kanwilId=${data.ids.lpp}`),
      404,
      'campaigns.kanwil_not_found',
    );
    problem(await dirjen.get(`${API}/campaigns/${data.campaignId}/board?kanwilId=bukan-uuid`), 400);
  });
});

describe('survival roll-up', () => {
  async function survivalOf(by: Client): Promise<Survival> {
    const res = await by.get(`${API}/campaigns/${data.campaignId}/survival`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Survival;
  }

  test('national: planted is the site results, or the plan without results; windows without checks have a null rate', async () => {
    const { national } = await survivalOf(dirjen);
    assert.deepEqual(national, [
      // A: results 200, F: no results so planned 150, D: results 200
      { window: 1, month: 1, planted: 550, alive: 430, dead: 120, replanted: 0, sitesChecked: 3, rate: 0.7818 },
      { window: 2, month: 3, planted: 100, alive: 90, dead: 10, replanted: 5, sitesChecked: 1, rate: 0.9 },
      { window: 3, month: 6, planted: 0, alive: 0, dead: 0, replanted: 0, sitesChecked: 0, rate: null },
      { window: 4, month: 12, planted: 0, alive: 0, dead: 0, replanted: 0, sitesChecked: 0, rate: null },
    ]);
  });

  test('per Kanwil, by name; a Kanwil with no check in a window has a null rate there', async () => {
    const { kanwil: rows } = await survivalOf(dirjen);
    assert.deepEqual(
      rows.map((k) => k.unitName),
      [BANTEN, DKI],
    );
    const rates = (i: number) => rows[i]?.windows.map((w) => [w.sitesChecked, w.planted, w.alive, w.rate]);
    assert.deepEqual(rates(0), [
      [2, 350, 280, 0.8],
      [1, 100, 90, 0.9],
      [0, 0, 0, null],
      [0, 0, 0, null],
    ]);
    assert.deepEqual(rates(1), [
      [1, 200, 150, 0.75],
      [0, 0, 0, null],
      [0, 0, 0, null],
      [0, 0, 0, null],
    ]);
  });

  test('scope: the UPT counts only its own sites', async () => {
    const survival = await survivalOf(operator);
    assert.deepEqual(
      survival.national.slice(0, 2).map((w) => [w.sitesChecked, w.planted, w.alive, w.rate]),
      [
        [1, 200, 180, 0.9],
        [1, 100, 90, 0.9],
      ],
    );
    assert.deepEqual(
      survival.kanwil.map((k) => k.unitName),
      [BANTEN],
    );
  });

  test('rate arithmetic: four decimals, null with nothing checked or nothing planted', () => {
    assert.equal(survivalRate(2, 3, 1), 0.6667);
    assert.equal(survivalRate(0, 10, 1), 0);
    assert.equal(survivalRate(5, 0, 1), null);
    assert.equal(survivalRate(0, 0, 0), null);
  });
});
