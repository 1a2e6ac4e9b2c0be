import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import exifr from 'exifr';
import type { Client, TestApp } from '../../test/app.js';
import { buildTestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import {
  API,
  BANTEN,
  DKI,
  FORMULA_SITE,
  LPP,
  PARTNER,
  seedCampaignDataset,
  type Dataset,
} from './campaigns.read.test-kit.js';
import type { PublicCampaign } from './campaigns.public.js';

let t: TestApp;
let data: Dataset;
let dirjen: Client;
let operator: Client;

const pageUrl = () => `${API}/public/campaigns/${data.campaignId}`;
const photoUrl = (fileId: string) => `${pageUrl()}/photos/${fileId}`;
const setPublic = async (publicPage: boolean) => {
  const res = await dirjen.patch(`${API}/campaigns/${data.campaignId}`, { publicPage });
  assert.equal(res.statusCode, 200, res.body);
};

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-09T06:00:00Z') });
  data = await seedCampaignDataset(t);
  [dirjen, operator] = await Promise.all([data.as('dirjen'), data.as('operator.lpp.tangerang')]);
});
after(async () => t.close());

describe('public impact page', () => {
  test('404 while the campaign has not opened it, for the page and for every photo', async () => {
    problem(await t.anonymous.get(pageUrl()), 404, 'campaigns.public_not_found');
    problem(await t.anonymous.get(photoUrl(data.files.clean)), 404, 'campaigns.public_not_found');
    problem(await t.anonymous.get(`${API}/public/campaigns/01900000-0000-7000-8000-000000000000`), 404);
  });

  test('opened: totals over reported units, per Kanwil, rounded points and only publishable photos, without sign-in', async () => {
    await setPublic(true);
    const res = await t.anonymous.get(pageUrl());
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json() as PublicCampaign;
    assert.equal(page.title, data.campaign.title);
    assert.equal(page.quantityLabel, 'batang');
    // LPP 300 (verified), Lapas I 120, Cipinang 200; Pemuda was returned and LPKA never reported.
    assert.deepEqual(page.totals, { unitsReported: 3, realised: 620, areaHa: 4, sites: 4, partners: 1 });
    assert.deepEqual(page.kanwil, [
      { unitName: BANTEN, realised: 420 },
      { unitName: DKI, realised: 200 },
    ]);
    assert.ok(
      page.sites.some((s) => s.lat === -6.175 && s.lng === 106.62),
      'site A at -6.1752, 106.6198 rounded to 3 decimals',
    );
    for (const s of page.sites) {
      assert.equal(Math.round(s.lat * 1000) / 1000, s.lat);
      assert.equal(Math.round(s.lng * 1000) / 1000, s.lng);
    }
    assert.deepEqual(
      page.photoIds,
      [data.files.clean],
      'not the one with faces, the flagged one, or one from an unverified unit',
    );
  });

  test('nothing personal: no contact, no site or unit name, no user', async () => {
    const body = (await t.anonymous.get(pageUrl())).body;
    for (const word of [
      PARTNER.contactName,
      PARTNER.contactPhone,
      PARTNER.name,
      FORMULA_SITE,
      'Kebun SAE',
      LPP,
      'operator',
      'Operator',
      'Kanwil Banten (demo)',
    ]) {
      assert.ok(!body.includes(word), `the page holds no "${word}"`);
    }
  });

  test('a publishable photo is a JPEG without EXIF; the original had GPS and device', async () => {
    const original = await operator.get(`${API}/files/${data.files.clean}`);
    assert.equal(original.statusCode, 200);
    const before = (await exifr.parse(original.rawPayload, { gps: true, tiff: true })) as
      { latitude?: number; Make?: string } | undefined;
    assert.ok(before?.latitude && before.Make, 'the uploaded photo carries GPS and the camera');

    const res = await t.anonymous.get(photoUrl(data.files.clean));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'image/jpeg');
    assert.deepEqual([...res.rawPayload.subarray(0, 3)], [0xff, 0xd8, 0xff]);
    const after = (await exifr
      .parse(res.rawPayload, { gps: true, tiff: true, exif: true, xmp: true, iptc: true })
      .catch(() => undefined)) as Record<string, unknown> | undefined;
    assert.ok(!after || Object.keys(after).length === 0, `no metadata left: ${JSON.stringify(after)}`);
  });

  test('any photo that is not publishable, or not of this campaign, is 404', async () => {
    for (const fileId of [
      data.files.faces,
      data.files.flagged,
      data.files.unverified,
      '01900000-0000-7000-8000-00000000dead',
    ]) {
      problem(await t.anonymous.get(photoUrl(fileId)), 404, 'campaigns.public_photo_not_found');
    }
    problem(
      await t.anonymous.get(`${API}/public/campaigns/01900000-0000-7000-8000-000000000000/photos/${data.files.clean}`),
      404,
    );
  });

  test('closed again: 404', async () => {
    await setPublic(false);
    problem(await t.anonymous.get(pageUrl()), 404, 'campaigns.public_not_found');
    problem(await t.anonymous.get(photoUrl(data.files.clean)), 404, 'campaigns.public_not_found');
  });
});
