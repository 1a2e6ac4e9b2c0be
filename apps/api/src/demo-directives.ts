import type { SubmitReportBody } from '@selaras/contracts';

type DemoDirective = {
  body: Record<string, unknown>;
  /** Share of target units that reported, and of those, the share their Kanwil decided on. */
  reportShare: number;
  verifiedShare: number;
  reportedFrom: string;
  values: (next: () => number) => SubmitReportBody;
};

const MEETING = 'Rapat virtual Dirjenpas dengan seluruh Kanwil dan UPT, 29 Agustus 2025';
const allUpts = { mode: 'filter' };
const between = (next: () => number, min: number, max: number) => Math.round(min + next() * (max - min));

/** Four of the five directives of the 29 August 2025 meeting (public record); the second, the coconut planting, is a campaign. */
export const DEMO_DIRECTIVES: DemoDirective[] = [
  {
    body: {
      source: 'meeting',
      reference: 'Arahan Dirjenpas 29-08-2025 / 1',
      title: 'Pembinaan yang berdampak bagi warga binaan dan masyarakat sekitar',
      body: `${MEETING}. Setiap UPT memastikan kegiatan pembinaan berdampak nyata bagi warga binaan dan masyarakat sekitar, serta melaporkan kegiatan dan jumlah yang terlibat.`,
      category: 'Pembinaan',
      tags: ['Program Akselerasi'],
      priority: 'high',
      target: allUpts,
      metrics: [
        { key: 'activities', name: 'Kegiatan pembinaan berdampak', unit: 'kegiatan', type: 'integer', targetPerUnit: 2, rollup: 'sum' },
        { key: 'inmates', name: 'Warga binaan terlibat', unit: 'orang', type: 'integer', rollup: 'sum' },
      ],
      due: { local: '2025-09-30T16:00', zone: 'unit' },
    },
    reportShare: 0.7,
    verifiedShare: 0.6,
    reportedFrom: '2025-09-20T03:00:00Z',
    values: (next) => ({
      values: { activities: between(next, 1, 6), inmates: between(next, 15, 180) },
      narrative: 'Pelatihan keterampilan dan bakti sosial bersama warga sekitar.',
    }),
  },
  {
    body: {
      source: 'meeting',
      reference: 'Arahan Dirjenpas 29-08-2025 / 3',
      title: 'Kamtib: bekerja sesuai SOP dan berkoordinasi langsung dengan APH',
      body: `${MEETING}. Pengamanan dijalankan sesuai SOP; bila terjadi gangguan, UPT berkoordinasi langsung dengan aparat penegak hukum setempat.`,
      category: 'Keamanan dan ketertiban',
      tags: ['Zero Halinar'],
      priority: 'high',
      target: allUpts,
      metrics: [{ key: 'aph_meeting', name: 'Rapat koordinasi dengan APH sudah dilakukan', type: 'boolean', rollup: 'count' }],
      due: { local: '2025-09-15T10:00', zone: 'Asia/Jakarta' },
    },
    reportShare: 0.8,
    verifiedShare: 0.8,
    reportedFrom: '2025-09-05T02:00:00Z',
    values: (next) => ({ values: { aph_meeting: next() < 0.85 }, narrative: 'Koordinasi dengan Polres dan Kodim setempat.' }),
  },
  {
    body: {
      source: 'meeting',
      reference: 'Arahan Dirjenpas 29-08-2025 / 4',
      title: 'Inkopasindo dan produk unggulan yang siap dipasarkan',
      body: `${MEETING}. Setiap UPT memiliki produk unggulan yang matang dan siap dipasarkan, bukan uji coba, dan mendukung Inkopasindo sebagai wadah kesejahteraan bersama.`,
      category: 'Kemandirian',
      tags: ['Inkopasindo'],
      priority: 'normal',
      target: allUpts,
      metrics: [
        { key: 'market_ready', name: 'Produk siap pasar', unit: 'produk', type: 'integer', targetPerUnit: 1, rollup: 'sum' },
        { key: 'coop_registered', name: 'Primkopasindo berbadan hukum', type: 'boolean', rollup: 'count' },
      ],
      due: { local: '2025-10-31T16:00', zone: 'unit' },
    },
    reportShare: 0.55,
    verifiedShare: 0.5,
    reportedFrom: '2025-10-20T03:00:00Z',
    values: (next) => ({
      values: { market_ready: between(next, 0, 3), coop_registered: next() < 0.6 },
      narrative: 'Produk roti dan kerajinan dijual melalui koperasi.',
    }),
  },
  {
    body: {
      source: 'meeting',
      reference: 'Arahan Dirjenpas 29-08-2025 / 5',
      title: 'Kesungguhan bekerja dan tindak lanjut arahan pimpinan',
      body: `${MEETING}. Seluruh pimpinan, dari Kakanwil hingga Ka UPT, bersungguh-sungguh menindaklanjuti arahan Menteri dan Dirjen, dan menyatakan kesiapan menindaklanjuti.`,
      category: 'Tata kelola',
      tags: ['Zona Integritas'],
      priority: 'normal',
      target: allUpts,
      metrics: [],
      due: { local: '2025-09-01T10:00', zone: 'unit' },
    },
    reportShare: 0.95,
    verifiedShare: 0.9,
    reportedFrom: '2025-08-29T10:00:00Z',
    values: () => ({ values: {}, narrative: 'Siap menindaklanjuti arahan Dirjenpas.' }),
  },
];
