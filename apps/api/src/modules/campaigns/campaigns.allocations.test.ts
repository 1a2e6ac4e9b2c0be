import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Allocations, Campaign } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { sceneJpeg } from '../../test/files.js';
import { API, attachPhoto, coconutBody, createCampaign, kanwilId, LPP, problem, put, registerSite, saveResults, unitByName } from './campaigns.test-kit.js';

let t: TestApp;
let dirjen: Client;
let kanwil: Client;
let operator: Client;
let campaign: Campaign;
let banten: string;
let dki: string;
let hq: string;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-02T03:00:00Z') });
  [dirjen, kanwil, operator] = (await Promise.all(['dirjen', 'kanwil.banten', 'operator.lpp.tangerang'].map((u) => t.as(u)))) as [Client, Client, Client];
  [banten, dki] = [await kanwilId(t, 'BANTEN'), await kanwilId(t, 'DKI')];
  campaign = await createCampaign(dirjen, coconutBody([banten, dki], { nationalTarget: 30_000, minPerKanwil: 10_000 }));
  hq = campaign.issuerUnitId;
});
after(async () => t.close());

const url = () => `${API}/campaigns/${campaign.id}/allocations`;
const read = async (by: Client, parentId?: string) => {
  const res = await by.get(parentId ? `${url()}?parentId=${parentId}` : url());
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Allocations;
};

describe('HQ splits the national target over the Kanwil', () => {
  test('the Kanwil taking part are the rows, each with its minimum', async () => {
    const a = await read(dirjen);
    assert.equal(a.parent.target, 30_000);
    assert.equal(a.minimum, 10_000);
    assert.deepEqual(a.rows.map((r) => r.unitId).sort(), [banten, dki].sort());
    assert.ok(a.canEdit);
  });

  test('a split below the minimum or short of the national target is refused whole, and what was saved stays', async () => {
    const parentId = hq;
    const ok = await put(dirjen, url(), { parentId, items: [{ unitId: banten, target: 15_000 }, { unitId: dki, target: 15_000 }] });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((ok.json() as Allocations).allocated, 30_000);

    problem(await put(dirjen, url(), { parentId, items: [{ unitId: banten, target: 9_000 }, { unitId: dki, target: 25_000 }] }), 422, 'campaigns.allocation_below_minimum');
    const short = problem(await put(dirjen, url(), { parentId, items: [{ unitId: banten, target: 10_000 }] }), 422, 'campaigns.allocation_short');
    assert.match(short.detail ?? '', /25\.000 kurang dari target 30\.000/);
    const after = await read(dirjen);
    assert.deepEqual(after.rows.map((r) => r.target), [15_000, 15_000]);
  });

  test('only units directly below may be given a share', async () => {
    const lpp = await unitByName(t, LPP);
    problem(await put(dirjen, url(), { parentId: hq, items: [{ unitId: lpp.id, target: 30_000 }] }), 422, 'campaigns.allocation_unit');
  });
});

describe('each Kanwil splits its share over its UPTs', () => {
  test('the Kanwil sees its UPTs and must reach its own share', async () => {
    const a = await read(kanwil);
    assert.equal(a.parent.unitId, banten);
    assert.equal(a.parent.target, 15_000);
    assert.equal(a.minimum, 0);
    const [firstUpt, ...others] = a.rows;
    assert.ok(firstUpt && others.length > 0);
    problem(await put(kanwil, url(), { parentId: banten, items: [{ unitId: firstUpt.unitId, target: 1_000 }] }), 422, 'campaigns.allocation_short');
    const each = Math.ceil(15_000 / a.rows.length);
    const saved = await put(kanwil, url(), { parentId: banten, items: a.rows.map((r) => ({ unitId: r.unitId, target: each })) });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal((saved.json() as Allocations).allocated, each * a.rows.length);
    const national = await read(dirjen);
    assert.equal(national.rows.find((r) => r.unitId === banten)?.allocatedBelow, each * a.rows.length);
  });

  test('a Kanwil cannot split another Kanwil’s share, and an operator cannot split at all', async () => {
    problem(await put(kanwil, url(), { parentId: dki, items: [] }), 400);
    problem(await put(kanwil, url(), { parentId: dki, items: [{ unitId: dki, target: 1 }] }), 404);
    problem(await put(operator, url(), { parentId: banten, items: [{ unitId: banten, target: 1 }] }), 403);
  });

  test('what a unit reports counts as realised for its Kanwil, and as verified once verified', async () => {
    const site = await registerSite(operator, campaign.id);
    await saveResults(operator, campaign.id, site.id, { bibit: 640, luas_ha: 2.5, varietas: 'dalam' });
    assert.equal((await read(dirjen)).rows.find((r) => r.unitId === banten)?.realised, 0, 'nothing counts before the report is in');
    await attachPhoto(operator, campaign.id, site.id, await sceneJpeg({ seed: 31, gps: { lat: -6.175, lon: 106.62 }, takenAt: '2025:09:09 08:00:00', offset: '+07:00' }));
    const res = await operator.post(`${API}/campaigns/${campaign.id}/reports`, { narrative: 'Ditanam bersama Kodim.' });
    assert.equal(res.statusCode, 201, res.body);
    const reported = (await read(dirjen)).rows.find((r) => r.unitId === banten);
    assert.deepEqual([reported?.realised, reported?.realisedVerified], [640, 0]);
    assert.equal((await kanwil.post(`${API}/reports/${(res.json() as { id: string }).id}/decision`, { decision: 'verified' })).statusCode, 200);
    const verified = (await read(kanwil)).rows.find((r) => r.unitName === LPP);
    assert.deepEqual([verified?.realised, verified?.realisedVerified], [640, 640]);
  });
});
