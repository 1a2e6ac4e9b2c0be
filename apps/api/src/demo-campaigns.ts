import { asc } from 'drizzle-orm';
import sharp from 'sharp';
import { CreateCampaignBodySchema, type LandType, type PartnerKindSchema, type TimeZone } from '@selaras/contracts';
import type { z } from 'zod';
import type { Db } from './platform/db/index.js';
import { createAudit } from './platform/audit/audit.js';
import type { Principal } from './platform/auth/principal.js';
import { createFilesService } from './platform/files/index.js';
import { orgUnits } from './modules/org-units/index.js';
import { createDirectivesService } from './modules/directives/index.js';
import { createCampaignsModule } from './modules/campaigns/index.js';
import { sceneJpeg } from './demo-photos.js';

type Deps = { filesRoot: string; principalOf: (username: string) => Promise<Principal>; next: () => number };

const OFFSET: Record<TimeZone, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };
const LAND: LandType[] = ['sae', 'lahan_upt', 'lahan_masyarakat', 'bantaran_sungai', 'diserahkan_masyarakat'];
const PARTNERS: [z.infer<typeof PartnerKindSchema>, string][] = [
  ['imigrasi', 'Kantor Imigrasi setempat'],
  ['polri', 'Polres setempat'],
  ['tni', 'Kodim setempat'],
  ['pemda', 'Dinas Pertanian kabupaten/kota'],
  ['desa', 'Pemerintah desa/kelurahan'],
];

const COCONUT = {
  reference: 'Arahan Dirjenpas 29-08-2025 / 2',
  title: 'Penanaman Pohon Kelapa Serentak 9 September 2025',
  body: 'Penanaman bibit kelapa serentak di seluruh jajaran Pemasyarakatan. Setiap UPT berkoordinasi dengan Pemda, Polri, TNI dan desa untuk lokasi tanam, menyiapkan lahan dan bibit berkualitas, melibatkan warga binaan sebagai pelatihan kemandirian, mendokumentasikan dengan foto bergeotag, dan melapor ke Kanwil dan Ditjenpas. Target nasional 360.000 bibit, minimal 10.000 per Kanwil.',
  target: { mode: 'filter' },
  metrics: [
    { key: 'bibit', name: 'Bibit ditanam', unit: 'batang', type: 'integer', rollup: 'sum' },
    { key: 'luas_ha', name: 'Luas tanam', unit: 'ha', type: 'decimal', rollup: 'sum' },
    { key: 'varietas', name: 'Varietas', type: 'choice', choices: ['dalam', 'genjah'], rollup: 'count' },
    { key: 'warga_binaan', name: 'Warga binaan terlibat', unit: 'orang', type: 'integer', rollup: 'sum' },
    { key: 'petugas', name: 'Petugas terlibat', unit: 'orang', type: 'integer', rollup: 'sum' },
    { key: 'bibit_mitra', name: 'Bibit dari mitra (mis. Imigrasi)', unit: 'batang', type: 'integer', rollup: 'sum' },
  ],
  targetMetricKeys: ['bibit'],
  areaMetricKey: 'luas_ha',
  quantityLabel: 'bibit',
  eventDate: '2025-09-09',
  windowStart: '07:00',
  windowEnd: '12:00',
  nationalTarget: 360_000,
  minPerKanwil: 10_000,
  publicPage: true,
};

const HARVEST = {
  title: 'Panen Raya Serentak 15 Januari 2026',
  body: 'Panen raya serentak hasil pembinaan kemandirian di lahan SAE dan kolam UPT. Laporkan hasil panen dalam kilogram per komoditas.',
  target: { mode: 'filter' },
  metrics: [
    { key: 'padi_kg', name: 'Padi', unit: 'kg', type: 'decimal', rollup: 'sum' },
    { key: 'jagung_kg', name: 'Jagung', unit: 'kg', type: 'decimal', rollup: 'sum' },
    { key: 'sayur_kg', name: 'Sayuran', unit: 'kg', type: 'decimal', rollup: 'sum' },
    { key: 'ikan_kg', name: 'Ikan', unit: 'kg', type: 'decimal', rollup: 'sum' },
  ],
  targetMetricKeys: ['padi_kg', 'jagung_kg', 'sayur_kg', 'ikan_kg'],
  quantityLabel: 'kg',
  eventDate: '2026-01-15',
  windowStart: '07:00',
  windowEnd: '13:00',
  nationalTarget: 120_000,
  monitoringMonths: [],
  minPhotos: 0,
};

/**
 * The coconut planting of 9 September 2025 as Selaras would have run it: targets split to every Kanwil and
 * UPT, most units with a site, a photo and a report, many verified, a few photos that the checks flag,
 * and the first survival counts a month later. Then a harvest on the same engine, counted in kilograms.
 * Returns the coconut campaign's directive, which the 29 August meeting's second decision became.
 */
export async function seedDemoCampaigns(db: Db, deps: Deps): Promise<string> {
  const { next, principalOf } = deps;
  let now = new Date('2025-09-04T03:00:00Z');
  const clock = () => now;
  const audit = createAudit({ clock });
  const directives = createDirectivesService({ db, audit, clock });
  const files = createFilesService({ db, audit, root: deps.filesRoot });
  const m = createCampaignsModule({ db, audit, clock, files });
  const dirjen = await principalOf('dirjen');
  const between = (min: number, max: number) => Math.round(min + next() * (max - min));
  const units = await db.select().from(orgUnits).orderBy(asc(orgUnits.name));
  const codeOf = new Map(units.map((u) => [u.id, u.code]));

  const coconut = await m.campaigns.create(dirjen, CreateCampaignBodySchema.parse(COCONUT));
  const national = await m.allocations.get(dirjen, coconut.id);
  const share = Math.ceil(COCONUT.nationalTarget / national.rows.length);
  await m.allocations.save(dirjen, coconut.id, { parentId: national.parent.unitId, items: national.rows.map((r) => ({ unitId: r.unitId, target: share })) });
  const uptTarget = new Map<string, number>();
  for (const kanwil of national.rows) {
    const verifier = await principalOf(`kanwil.${codeOf.get(kanwil.unitId) ?? ''}`);
    const split = await m.allocations.get(verifier, coconut.id, kanwil.unitId);
    const each = Math.ceil(share / Math.max(split.rows.length, 1));
    if (split.rows.length > 0) await m.allocations.save(verifier, coconut.id, { parentId: kanwil.unitId, items: split.rows.map((r) => ({ unitId: r.unitId, target: each })) });
    for (const r of split.rows) uptTarget.set(r.unitId, each);
  }

  let previousPhoto: Buffer | null = null;
  let i = 0;
  for (const unit of units.filter((u) => u.kind === 'upt' && u.lat !== null && u.lng !== null)) {
    i += 1;
    if (next() > 0.85) continue;
    const operator = await principalOf(`operator.${unit.code}`).catch(() => null);
    if (!operator) continue;
    now = new Date('2025-09-06T02:00:00Z');
    const ready = { lahan_siap: true, bibit_diterima: next() < 0.95, mitra_terkonfirmasi: next() < 0.9, petugas_dokumentasi: true };
    await m.readiness.save(operator, coconut.id, 'h1', { items: ready, documentationOfficer: 'Petugas Humas UPT' });
    const point = { lat: (unit.lat as number) + (next() - 0.5) * 0.004, lng: (unit.lng as number) + (next() - 0.5) * 0.004 };
    const [kind, name] = PARTNERS[between(0, PARTNERS.length - 1)] ?? ['desa', 'Pemerintah desa/kelurahan'];
    const site = await m.sites.create(operator, coconut.id, {
      name: `Lokasi tanam ${unit.name}`,
      geometry: { kind: 'point', ...point },
      landType: LAND[between(0, LAND.length - 1)] ?? 'sae',
      areaHa: Math.round(((uptTarget.get(unit.id) ?? 700) / 250) * 10) / 10,
      planned: uptTarget.get(unit.id) ?? 700,
      partners: [{ kind, name, confirmed: true, brings: kind === 'imigrasi' ? 'Separuh bibit' : 'Personel dan peralatan' }],
    });
    const bibit = Math.round((uptTarget.get(unit.id) ?? 700) * (0.85 + next() * 0.4));
    await m.sites.saveResults(operator, coconut.id, site.id, {
      bibit,
      luas_ha: Math.round((bibit / 250) * 10) / 10,
      varietas: next() < 0.7 ? 'dalam' : 'genjah',
      warga_binaan: between(10, 60),
      petugas: between(5, 25),
      bibit_mitra: kind === 'imigrasi' ? Math.round(bibit / 2) : 0,
    });

    now = new Date(Date.parse('2025-09-09T00:00:00Z') + between(60, 240) * 60_000);
    await m.readiness.checkIn(operator, coconut.id, { kind: 'mulai' }).catch(() => undefined);
    // A few photos that the checks must catch: no GPS, far from the site, the day before, edited, a copy of another unit's.
    const suspicious = i % 29;
    const takenAt = suspicious === 17 ? '2025:09:08 15:30:00' : `2025:09:09 0${between(7, 9)}:${String(between(10, 59))}:00`;
    const gps = suspicious === 5 ? null : suspicious === 11 ? { lat: point.lat + 0.2, lon: point.lng + 0.2 } : { lat: point.lat, lon: point.lng };
    const photo: Buffer =
      suspicious === 23 && previousPhoto
        ? await sharp(previousPhoto).resize({ width: 400 }).jpeg({ quality: 70 }).withMetadata().toBuffer()
        : await sceneJpeg({ seed: 9_000 + i, width: 480, gps, takenAt, offset: OFFSET[unit.timezone], software: suspicious === 3 ? 'Adobe Photoshop 25.0' : undefined });
    previousPhoto = photo;
    const file = await files.upload(operator, { bytes: photo, filename: `kelapa-${unit.code}.jpg` });
    await m.sites.attachPhoto(operator, coconut.id, site.id, { fileId: file.id, showsFaces: next() < 0.15, phase: 'acara' });
    if (next() > 0.88) continue;
    now = new Date(now.getTime() + 4 * 3_600_000);
    const report = await m.reports.submit(operator, coconut.id, { narrative: `Penanaman bersama ${name} dan warga binaan.`, phase: 'acara' });
    if (next() > 0.7) continue;
    now = new Date(now.getTime() + 20 * 3_600_000);
    const verifier = await principalOf(`kanwil.${codeOf.get(unit.kanwilId ?? '') ?? ''}`);
    const returned = next() < 0.06;
    await directives.decide(verifier, report.id, returned ? { decision: 'returned', reason: 'Foto belum menunjukkan titik tanam; unggah foto bergeotag dari lokasi.' } : { decision: 'verified' });
    if (returned || next() > 0.6) continue;
    now = new Date('2025-10-09T03:00:00Z');
    const dead = Math.round(bibit * (0.02 + next() * 0.08));
    await m.reports.saveCheck(operator, coconut.id, site.id, 1, { alive: bibit - dead, dead, replanted: Math.round(dead * next()) });
    await m.reports.submit(operator, coconut.id, { narrative: 'Perawatan: penyiangan dan pemupukan.', phase: 'pemantauan', monitoringWindow: 1 });
  }

  now = new Date('2026-01-05T03:00:00Z');
  const harvest = await m.campaigns.create(dirjen, CreateCampaignBodySchema.parse(HARVEST));
  for (const unit of units.filter((u) => u.kind === 'upt' && u.lat !== null && u.lng !== null)) {
    if (next() > 0.4) continue;
    const operator = await principalOf(`operator.${unit.code}`).catch(() => null);
    if (!operator) continue;
    now = new Date('2026-01-15T06:00:00Z');
    const site = await m.sites.create(operator, harvest.id, {
      name: `Lahan SAE ${unit.name}`,
      geometry: { kind: 'point', lat: unit.lat as number, lng: unit.lng as number },
      landType: 'sae',
      areaHa: between(1, 8) / 2,
      planned: between(100, 600),
      partners: [],
    });
    await m.sites.saveResults(operator, harvest.id, site.id, { padi_kg: between(0, 400), jagung_kg: between(0, 200), sayur_kg: between(20, 150), ikan_kg: between(0, 80) });
    await m.reports.submit(operator, harvest.id, { narrative: 'Panen raya bersama Pemda dan warga binaan.', phase: 'acara' });
  }
  return coconut.directiveId;
}

