import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Campaign, UnitReadiness } from '@selaras/contracts';
import { z } from 'zod';
import { ReadinessBoardSchema } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { sceneJpeg } from '../../test/files.js';
import { API, attachPhoto, coconutBody, createCampaign, kanwilId, LPP, problem, put, registerSite, saveResults, testClock } from './campaigns.test-kit.js';

const READY = { lahan_siap: true, bibit_diterima: true, mitra_terkonfirmasi: true, petugas_dokumentasi: true };
let t: TestApp;
let dirjen: Client;
let kanwil: Client;
let operator: Client;
let campaign: Campaign;
const clock = testClock('2025-09-02T03:00:00Z');

before(async () => {
  t = await buildTestApp({ clock: clock.clock });
  [dirjen, kanwil, operator] = (await Promise.all(['dirjen', 'kanwil.banten', 'operator.lpp.tangerang'].map((u) => t.as(u)))) as [Client, Client, Client];
  campaign = await createCampaign(dirjen, coconutBody([await kanwilId(t, 'BANTEN')]));
});
after(async () => t.close());

type Board = z.infer<typeof ReadinessBoardSchema>;

describe('readiness before the day', () => {
  test('the unit ticks its H-7 list; the Kanwil board and the HQ board count it', async () => {
    const res = await put(operator, `${API}/campaigns/${campaign.id}/readiness/h7`, { items: { ...READY, mitra_terkonfirmasi: false }, documentationOfficer: 'Rina (Humas)' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as UnitReadiness).h7?.documentationOfficer, 'Rina (Humas)');
    await put(operator, `${API}/campaigns/${campaign.id}/readiness/h1`, { items: READY });

    const kanwilBoard = (await kanwil.get(`${API}/campaigns/${campaign.id}/readiness-board`)).json() as Board;
    const lpp = kanwilBoard.rows.find((r) => r.unitName === LPP);
    assert.deepEqual([lpp?.units, lpp?.h7Complete, lpp?.h1Complete, lpp?.items.mitra_terkonfirmasi], [1, 0, 1, 1]);
    const hqBoard = (await dirjen.get(`${API}/campaigns/${campaign.id}/readiness-board`)).json() as Board;
    assert.equal(hqBoard.rows.length, 1, 'one row per Kanwil');
    assert.ok((hqBoard.rows[0]?.units ?? 0) > 1);
    assert.equal(hqBoard.rows[0]?.h1Complete, 1);
  });

  test('an unknown checklist item is refused', async () => {
    problem(await put(operator, `${API}/campaigns/${campaign.id}/readiness/h7`, { items: { ...READY, pupuk: true } }), 400);
  });
});

describe('check-ins on the day, on the unit’s clock', () => {
  test('refused a week early; "selesai" needs "mulai"; both recorded on the day', async () => {
    problem(await operator.post(`${API}/campaigns/${campaign.id}/check-ins`, { kind: 'mulai' }), 409, 'campaigns.check_in_outside_day');
    clock.set('2025-09-09T00:30:00Z'); // 07.30 WIB; a week later every session has expired
    [operator, kanwil] = (await Promise.all(['operator.lpp.tangerang', 'kanwil.banten'].map((u) => t.as(u)))) as [Client, Client];
    problem(await operator.post(`${API}/campaigns/${campaign.id}/check-ins`, { kind: 'selesai' }), 409, 'campaigns.finish_before_start');
    const started = await operator.post(`${API}/campaigns/${campaign.id}/check-ins`, { kind: 'mulai' });
    assert.equal(started.statusCode, 200, started.body);
    assert.equal((started.json() as UnitReadiness).startedAt, '2025-09-09T00:30:00.000Z');
    clock.set('2025-09-09T04:00:00Z');
    const finished = (await operator.post(`${API}/campaigns/${campaign.id}/check-ins`, { kind: 'selesai' })).json() as UnitReadiness;
    assert.equal(finished.finishedAt, '2025-09-09T04:00:00.000Z');
    const board = (await kanwil.get(`${API}/campaigns/${campaign.id}/readiness-board`)).json() as Board;
    assert.deepEqual([board.rows.find((r) => r.unitName === LPP)?.started, board.rows.find((r) => r.unitName === LPP)?.finished], [1, 1]);
  });
});

describe('monitoring months later', () => {
  test('survival counts per site, checked against what was planted, reported per window', async () => {
    const site = await registerSite(operator, campaign.id, { planned: 200 });
    await saveResults(operator, campaign.id, site.id, { bibit: 200, luas_ha: 0.8, varietas: 'genjah' });
    await attachPhoto(operator, campaign.id, site.id, await sceneJpeg({ seed: 41, gps: { lat: -6.175, lon: 106.62 }, takenAt: '2025:09:09 09:00:00', offset: '+07:00' }));
    assert.equal((await operator.post(`${API}/campaigns/${campaign.id}/reports`, { narrative: 'Selesai ditanam.' })).statusCode, 201);

    const check = (window: number, body: Record<string, unknown>) => put(operator, `${API}/campaigns/${campaign.id}/sites/${site.id}/checks/${window}`, body);
    problem(await check(1, { alive: 190, dead: 30, replanted: 0 }), 422, 'campaigns.check_exceeds');
    problem(await check(5, { alive: 1, dead: 0, replanted: 0 }), 422, 'campaigns.monitoring_window');
    assert.equal((await check(1, { alive: 184, dead: 16, replanted: 10 })).statusCode, 200);
    const res = await operator.post(`${API}/campaigns/${campaign.id}/reports`, { narrative: 'Pemantauan bulan pertama.', phase: 'pemantauan', monitoringWindow: 1 });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual((res.json() as { values: unknown }).values, { hidup: 184, mati: 16, disulam: 10 });
    problem(await operator.post(`${API}/campaigns/${campaign.id}/reports`, { narrative: 'Bulan ketiga.', phase: 'pemantauan', monitoringWindow: 2 }), 422, 'campaigns.results_missing');
  });
});
