// Helpers shared by the campaigns module's route tests.
import assert from 'node:assert/strict';
import type { Campaign, CampaignPhoto, Site } from '@selaras/contracts';
import type { Client } from '../../test/app.js';
import { uploadOk } from '../../test/files.js';
import { put } from '../../test/app.js';

// eslint-disable-next-line no-restricted-imports -- test helpers about units and problems, shared rather than copied
export { API, kanwilId, problem, unitByName } from '../directives/directives.test-kit.js';
// eslint-disable-next-line no-restricted-imports -- the same settable clock the meetings tests use
export { testClock } from '../meetings/meetings.test-kit.js';

const API_V1 = '/api/v1';
export const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
export const CIPINANG = 'Lapas Kelas I Cipinang';
/** The centre of the test photos' GPS (see geotaggedJpeg): inside a 500 m fence around this point. */
export const TANGERANG_SITE = { kind: 'point', lat: -6.1752, lng: 106.6198 } as const;

/** The coconut planting on 9 September 2025, 07.00–12.00 in each unit's own zone; tests override what they are about. */
export function coconutBody(kanwilIds: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Penanaman Pohon Kelapa Serentak',
    body: 'Setiap UPT menanam bibit kelapa bersama mitra setempat dan melaporkan hasilnya dengan foto bergeotag.',
    target: { mode: 'filter', kanwilIds },
    metrics: [
      { key: 'bibit', name: 'Bibit ditanam', unit: 'batang', type: 'integer', rollup: 'sum' },
      { key: 'luas_ha', name: 'Luas tanam', unit: 'ha', type: 'decimal', rollup: 'sum' },
      { key: 'varietas', name: 'Varietas', type: 'choice', choices: ['dalam', 'genjah'], rollup: 'count' },
    ],
    targetMetricKeys: ['bibit'],
    areaMetricKey: 'luas_ha',
    quantityLabel: 'bibit',
    eventDate: '2025-09-09',
    windowStart: '07:00',
    windowEnd: '12:00',
    nationalTarget: 30_000,
    minPerKanwil: 10_000,
    ...overrides,
  };
}

export async function createCampaign(by: Client, body: Record<string, unknown>): Promise<Campaign> {
  const res = await by.post(`${API_V1}/campaigns`, body);
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as Campaign;
}

export function siteBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Lahan SAE belakang blok hunian',
    geometry: TANGERANG_SITE,
    landType: 'sae',
    areaHa: 1.2,
    planned: 300,
    partners: [{ kind: 'imigrasi', name: 'Kantor Imigrasi Tangerang', confirmed: true, brings: '150 bibit' }],
    ...overrides,
  };
}

export async function registerSite(by: Client, campaignId: string, overrides: Record<string, unknown> = {}): Promise<Site> {
  const res = await by.post(`${API_V1}/campaigns/${campaignId}/sites`, siteBody(overrides));
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as Site;
}

export { put };

export async function saveResults(by: Client, campaignId: string, siteId: string, values: Record<string, unknown>): Promise<Site> {
  const res = await put(by, `${API_V1}/campaigns/${campaignId}/sites/${siteId}/results`, { values });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Site;
}

/** Uploads the bytes as the client's unit and attaches them to the site. */
export async function attachPhoto(by: Client, campaignId: string, siteId: string, bytes: Buffer, extra: Record<string, unknown> = {}): Promise<CampaignPhoto> {
  const file = await uploadOk(by, 'foto.jpg', bytes);
  const res = await by.post(`${API_V1}/campaigns/${campaignId}/sites/${siteId}/photos`, { fileId: file.id, ...extra });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as CampaignPhoto;
}

export const codes = (photo: CampaignPhoto) => photo.flags.map((f) => f.code).sort();
