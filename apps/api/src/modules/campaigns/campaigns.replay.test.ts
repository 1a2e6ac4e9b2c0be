import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Campaign, CampaignPhoto, Site } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { sceneJpeg, uploadOk } from '../../test/files.js';
import { API, coconutBody, createCampaign, kanwilId, problem, put, registerSite, testClock } from './campaigns.test-kit.js';

/** What a phone's queue sends again after a lost answer: the same request twice changes nothing more. */
const clock = testClock('2025-09-09T01:30:00Z');
let t: TestApp;
let operator: Client;
let campaign: Campaign;
let site: Site;

before(async () => {
  t = await buildTestApp({ clock: clock.clock });
  const dirjen = await t.as('dirjen');
  operator = await t.as('operator.lpp.tangerang');
  campaign = await createCampaign(dirjen, coconutBody([await kanwilId(t, 'BANTEN')]));
  site = await registerSite(operator, campaign.id);
});
after(async () => t.close());

async function sitePhotos(): Promise<CampaignPhoto[]> {
  const res = await operator.get(`${API}/campaigns/${campaign.id}/sites`);
  assert.equal(res.statusCode, 200, res.body);
  const found = (res.json() as { items: Site[] }).items.find((s) => s.id === site.id);
  assert.ok(found);
  return found.photos;
}

test('a photo attached twice with one Idempotency-Key is attached once; the retry gets the first answer', async () => {
  const bytes = await sceneJpeg({ seed: 41, gps: { lat: -6.175, lon: 106.62 }, takenAt: '2025:09:09 08:15:00', offset: '+07:00' });
  // The queue uploads the same bytes again on a retry: the server returns the same stored file.
  const file = await uploadOk(operator, 'kelapa.jpg', bytes);
  assert.equal((await uploadOk(operator, 'kelapa.jpg', bytes)).id, file.id);
  const path = `${API}/campaigns/${campaign.id}/sites/${site.id}/photos`;
  const body = { fileId: file.id, showsFaces: false, phase: 'acara' };
  const headers = { 'idempotency-key': randomUUID() };
  const first = await operator.post(path, body, { headers });
  assert.equal(first.statusCode, 201, first.body);
  const again = await operator.post(path, body, { headers });
  assert.equal(again.statusCode, 201, again.body);
  assert.equal(again.headers['idempotent-replayed'], 'true');
  assert.equal((again.json() as CampaignPhoto).id, (first.json() as CampaignPhoto).id);
  assert.equal((await sitePhotos()).filter((p) => p.fileId === file.id).length, 1);
  // Without the key the same attachment is refused rather than duplicated.
  problem(await operator.post(path, body), 409, 'campaigns.photo_attached');
  assert.equal((await sitePhotos()).filter((p) => p.fileId === file.id).length, 1);
});

test('site results sent twice leave the same values (a PUT of the whole set)', async () => {
  const path = `${API}/campaigns/${campaign.id}/sites/${site.id}/results`;
  const values = { bibit: 280, luas_ha: 1.2, varietas: 'dalam' };
  const first = await put(operator, path, { values });
  assert.equal(first.statusCode, 200, first.body);
  const again = await put(operator, path, { values });
  assert.equal(again.statusCode, 200, again.body);
  assert.deepEqual((again.json() as Site).results, (first.json() as Site).results);
  assert.deepEqual((again.json() as Site).results, values);
});
