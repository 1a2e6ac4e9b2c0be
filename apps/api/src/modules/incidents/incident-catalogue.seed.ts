import { count } from 'drizzle-orm';
import type { AlertLevel, CounterDef, SopStep } from '@selaras/contracts';
import type { Db } from '../../platform/db/index.js';
import { incidentCategories, incidentEscalationRules, incidentSeverities, incidentSopVersions } from './incident-catalogue.table.js';

type DefaultCategory = { code: string; name: string; nameEn: string; serious: boolean; counters?: CounterDef[]; sop: string[] };

const injuries: CounterDef[] = [
  { key: 'luka', label: 'Luka', labelEn: 'Injured' },
  { key: 'meninggal', label: 'Meninggal', labelEn: 'Dead' },
];

const firstSteps = ['Amankan lokasi dan pisahkan pihak yang terlibat', 'Laporkan kepada Karupam/KPLP dan Kepala UPT'];
const lastSteps = ['Dokumentasikan kejadian (foto, saksi, barang bukti)', 'Buat laporan kronologis kejadian'];

/** Categories of DOMAIN §4 with a default SOP; units refine them in the catalogue. */
export const DEFAULT_CATEGORIES: DefaultCategory[] = [
  {
    code: 'pelarian',
    name: 'Pelarian',
    nameEn: 'Escape',
    serious: true,
    counters: [
      { key: 'kabur', label: 'Kabur', labelEn: 'Escaped' },
      { key: 'tertangkap', label: 'Tertangkap kembali', labelEn: 'Recaptured' },
      { key: 'buron', label: 'Masih buron', labelEn: 'Still at large', derived: { from: 'kabur', subtract: ['tertangkap'] } },
    ],
    sop: [
      'Bunyikan tanda bahaya dan tutup semua akses keluar',
      'Hitung ulang seluruh warga binaan (apel darurat)',
      'Laporkan kepada Kepala UPT dan Kakanwil',
      'Minta bantuan Polres/Polsek setempat dengan identitas dan foto pelarian',
      'Sisir lingkungan sekitar bersama aparat',
      ...lastSteps,
    ],
  },
  {
    code: 'kerusuhan',
    name: 'Kerusuhan / perlawanan terhadap petugas',
    nameEn: 'Riot / rebellion against officers',
    serious: true,
    counters: injuries,
    sop: ['Kunci blok dan tarik petugas ke posisi aman', 'Laporkan kepada Kepala UPT dan Kakanwil', 'Minta bantuan Polres/Brimob dan Kodim', 'Negosiasi melalui petugas yang ditunjuk', ...lastSteps],
  },
  {
    code: 'kebakaran',
    name: 'Kebakaran',
    nameEn: 'Fire',
    serious: true,
    counters: [...injuries, { key: 'dievakuasi', label: 'Dievakuasi', labelEn: 'Evacuated' }],
    sop: ['Panggil pemadam kebakaran', 'Evakuasi warga binaan ke titik kumpul aman', 'Padamkan api dengan APAR/hidran', 'Hitung ulang seluruh warga binaan', ...lastSteps],
  },
  {
    code: 'kematian',
    name: 'Kematian di dalam tahanan',
    nameEn: 'Death in custody',
    serious: true,
    counters: [{ key: 'meninggal', label: 'Meninggal', labelEn: 'Dead' }],
    sop: ['Amankan jenazah dan lokasi', 'Panggil dokter/tenaga kesehatan', 'Laporkan kepada Polres untuk visum', 'Beritahu keluarga', ...lastSteps],
  },
  { code: 'perkelahian', name: 'Perkelahian', nameEn: 'Fight', serious: false, counters: injuries, sop: [...firstSteps, 'Berikan pertolongan pertama kepada yang luka', ...lastSteps] },
  {
    code: 'barang_terlarang',
    name: 'Temuan barang terlarang (HP, narkoba, senjata, uang)',
    nameEn: 'Contraband found (phones, drugs, weapons, cash)',
    serious: false,
    counters: [
      { key: 'hp', label: 'HP', labelEn: 'Phones' },
      { key: 'narkoba_gram', label: 'Narkoba (gram)', labelEn: 'Drugs (grams)' },
      { key: 'senjata', label: 'Senjata tajam', labelEn: 'Weapons' },
    ],
    sop: ['Amankan barang bukti dengan berita acara', 'Periksa pemilik dan pihak terkait', 'Serahkan narkoba kepada BNN/Polres', ...lastSteps],
  },
  { code: 'unjuk_rasa', name: 'Unjuk rasa / mogok makan', nameEn: 'Protest / hunger strike', serious: false, sop: [...firstSteps, 'Dengarkan tuntutan melalui perwakilan', 'Pantau kesehatan peserta mogok makan', ...lastSteps] },
  { code: 'bencana_alam', name: 'Bencana alam', nameEn: 'Natural disaster', serious: false, counters: [...injuries, { key: 'dievakuasi', label: 'Dievakuasi', labelEn: 'Evacuated' }], sop: ['Evakuasi ke titik kumpul aman', 'Hitung ulang seluruh warga binaan', 'Hubungi BPBD dan Pemda', ...lastSteps] },
  { code: 'serangan_luar', name: 'Serangan dari luar', nameEn: 'Attack from outside', serious: false, counters: injuries, sop: ['Tutup pintu utama dan siagakan regu jaga', 'Minta bantuan Polres/Kodim', ...lastSteps] },
  { code: 'pencurian_pemerasan', name: 'Pencurian, pemerasan atau ancaman', nameEn: 'Theft, extortion or threats', serious: false, sop: [...firstSteps, ...lastSteps] },
  { code: 'penipuan_dari_dalam', name: 'Penipuan yang dikendalikan dari dalam', nameEn: 'Fraud run from inside', serious: false, sop: ['Sita alat komunikasi yang digunakan', 'Koordinasi dengan Polres (siber)', ...lastSteps] },
  { code: 'pelanggaran_petugas', name: 'Pelanggaran / kekerasan oleh petugas', nameEn: 'Officer misconduct or violence', serious: false, sop: ['Bebastugaskan sementara petugas terkait', 'Laporkan kepada Kepala UPT dan Kanwil', ...lastSteps] },
  { code: 'lainnya', name: 'Lainnya', nameEn: 'Other', serious: false, sop: [...firstSteps, ...lastSteps] },
];

export const DEFAULT_SEVERITIES = [
  { code: 'ringan', name: 'Ringan', nameEn: 'Minor', rank: 1 },
  { code: 'sedang', name: 'Sedang', nameEn: 'Moderate', rank: 2 },
  { code: 'berat', name: 'Berat', nameEn: 'Severe', rank: 3 },
  { code: 'kritis', name: 'Kritis', nameEn: 'Critical', rank: 4 },
];

/** HQ duty officers are alerted at once for these. */
const HQ_AT_ONCE = ['pelarian', 'kerusuhan', 'kematian', 'kebakaran'];

function stepsOf(texts: string[]): SopStep[] {
  return texts.map((text, i) => ({ key: `langkah_${i + 1}`, text }));
}

type Rule = { categoryId: string | null; minSeverityRank: number; level: AlertLevel; notifyAfterMinutes: number; ackWithinMinutes: number };

/**
 * The default catalogue, once: unit head and security head at once, the Kanwil within 30 minutes
 * (at once for serious categories), HQ duty officers at once for escape, riot, death and fire.
 */
export async function seedIncidentCatalogue(tx: Db, activeFrom = new Date('2024-01-01T00:00:00Z')): Promise<boolean> {
  const [existing] = await tx.select({ n: count() }).from(incidentCategories);
  if ((existing?.n ?? 0) > 0) return false;
  await tx.insert(incidentSeverities).values(DEFAULT_SEVERITIES);
  const rules: Rule[] = [
    { categoryId: null, minSeverityRank: 1, level: 'unit', notifyAfterMinutes: 0, ackWithinMinutes: 15 },
    { categoryId: null, minSeverityRank: 1, level: 'kanwil', notifyAfterMinutes: 30, ackWithinMinutes: 30 },
  ];
  for (const [i, c] of DEFAULT_CATEGORIES.entries()) {
    const [row] = await tx
      .insert(incidentCategories)
      .values({ code: c.code, name: c.name, nameEn: c.nameEn, serious: c.serious, counters: c.counters ?? [], sortOrder: (i + 1) * 10 })
      .returning({ id: incidentCategories.id });
    if (!row) continue;
    await tx.insert(incidentSopVersions).values({ categoryId: row.id, version: 1, activeFrom, steps: stepsOf(c.sop), note: 'Versi awal (bawaan Selaras)' });
    if (c.serious) rules.push({ categoryId: row.id, minSeverityRank: 1, level: 'kanwil', notifyAfterMinutes: 0, ackWithinMinutes: 15 });
    if (HQ_AT_ONCE.includes(c.code)) rules.push({ categoryId: row.id, minSeverityRank: 1, level: 'hq', notifyAfterMinutes: 0, ackWithinMinutes: 15 });
  }
  await tx.insert(incidentEscalationRules).values(rules);
  return true;
}
