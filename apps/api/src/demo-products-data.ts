import type { PermitKind, ProductCategory, ProductStage, SalesChannel } from '@selaras/contracts';

/** A permit of a demo product; days are counted from the unit's local today. */
export type DemoPermit = { kind: PermitKind; number: string; issuedDaysAgo: number; expiresInDays: number | null };

/** A product of the demo, at a stage whose evidence it has (permits, packaging, steady batches, recent sales). */
export type DemoProduct = {
  unit: string;
  name: string;
  brand: string | null;
  category: ProductCategory;
  description: string;
  unitOfSale: string;
  priceRupiah: number;
  costRupiah: number;
  capacityPerWeek: number;
  stage: ProductStage;
  channels: SalesChannel[];
  packagingReady: boolean;
  labelReady: boolean;
  inmatesTrained: number;
  permits: DemoPermit[];
  /** Pieces per weekly batch (a range), and how many of the last 12 weeks had one. */
  batch: { min: number; max: number; weeks: number };
  /** Share of each batch sold over the last three months (0 for products not yet on sale). */
  sellShare: number;
  /** Business buyers and exhibitions (never private persons). */
  buyers: string[];
  photoSeed: number;
};

export const LPP_TANGERANG = 'Lapas Perempuan Kelas IIA Tangerang';
export const LAPAS_PATI = 'Lapas Kelas IIB Pati';
export const LAPAS_CIPINANG = 'Lapas Kelas I Cipinang';
export const LAPAS_BALIKPAPAN = 'Lapas Kelas IIA Balikpapan';
export const LAPAS_PALU = 'Lapas Kelas IIA Palu';

const YEAR = 365;

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    unit: LPP_TANGERANG,
    name: 'Bordir Tangerang',
    brand: 'Bordir Tangerang',
    category: 'tekstil',
    description: 'Kain dan kerudung bordir tangan motif flora Tangerang, dikerjakan di bengkel kerja Lapas Perempuan.',
    unitOfSale: 'lembar',
    priceRupiah: 185_000,
    costRupiah: 95_000,
    capacityPerWeek: 60,
    stage: 'unggulan',
    channels: ['koperasi', 'outlet', 'online', 'pameran'],
    packagingReady: true,
    labelReady: true,
    inmatesTrained: 34,
    permits: [{ kind: 'merek', number: 'IDM001098765', issuedDaysAgo: 420, expiresInDays: 10 * YEAR - 420 }],
    batch: { min: 35, max: 55, weeks: 12 },
    sellShare: 0.8,
    buyers: ['IPPAFest 2025', 'Dekranasda Kota Tangerang', 'Butik Nusantara Serpong'],
    photoSeed: 601,
  },
  {
    unit: LPP_TANGERANG,
    name: 'Eco-print Kain Tangerang',
    brand: null,
    category: 'tekstil',
    description: 'Kain eco-print pewarna alami dari daun jati dan ketapang, ukuran 2 × 1,15 m.',
    unitOfSale: 'lembar',
    priceRupiah: 250_000,
    costRupiah: 120_000,
    capacityPerWeek: 25,
    stage: 'siap_pasar',
    channels: ['koperasi', 'online', 'pameran'],
    packagingReady: true,
    labelReady: true,
    inmatesTrained: 18,
    permits: [],
    batch: { min: 12, max: 22, weeks: 11 },
    sellShare: 0.6,
    buyers: ['IPPAFest 2025', 'Galeri Kriya Tangerang'],
    photoSeed: 602,
  },
  {
    unit: LPP_TANGERANG,
    name: 'Sayur Hidroponik',
    brand: null,
    category: 'pertanian',
    description: 'Selada, pakcoy dan kangkung hidroponik dari kebun SAE.',
    unitOfSale: 'kg',
    priceRupiah: 22_000,
    costRupiah: 11_000,
    capacityPerWeek: 80,
    stage: 'pengembangan',
    channels: ['koperasi'],
    packagingReady: false,
    labelReady: false,
    inmatesTrained: 12,
    permits: [],
    batch: { min: 40, max: 70, weeks: 8 },
    sellShare: 0,
    buyers: [],
    photoSeed: 603,
  },
  {
    unit: LPP_TANGERANG,
    name: 'Lele Segar',
    brand: null,
    category: 'perikanan',
    description: 'Lele segar dari kolam bioflok, panen mingguan.',
    unitOfSale: 'kg',
    priceRupiah: 26_000,
    costRupiah: 17_000,
    capacityPerWeek: 50,
    stage: 'uji_coba',
    channels: [],
    packagingReady: false,
    labelReady: false,
    inmatesTrained: 6,
    permits: [],
    batch: { min: 20, max: 40, weeks: 4 },
    sellShare: 0,
    buyers: [],
    photoSeed: 604,
  },
  {
    unit: LAPAS_PATI,
    name: 'Roti Halal Lapas Pati',
    brand: 'Roti Pas Pati',
    category: 'makanan',
    description: 'Roti manis dan roti tawar bersertifikat halal, dipanggang setiap hari hingga 1.000 bungkus.',
    unitOfSale: 'bungkus',
    priceRupiah: 6_000,
    costRupiah: 3_200,
    capacityPerWeek: 5_000,
    stage: 'unggulan',
    channels: ['koperasi', 'outlet', 'pembeli_usaha'],
    packagingReady: true,
    labelReady: true,
    inmatesTrained: 22,
    permits: [
      { kind: 'pirt', number: '2073318010045-29', issuedDaysAgo: 610, expiresInDays: 5 * YEAR - 610 },
      { kind: 'halal', number: 'ID33110000123450924', issuedDaysAgo: 4 * YEAR - 21, expiresInDays: 21 },
      { kind: 'merek', number: 'IDM001112233', issuedDaysAgo: 300, expiresInDays: 10 * YEAR - 300 },
    ],
    batch: { min: 3_000, max: 4_500, weeks: 12 },
    sellShare: 0.9,
    buyers: ['Koperasi Pegawai Pemkab Pati', 'SD Negeri 2 Pati (katering sekolah)', 'Toko Roti Juwana'],
    photoSeed: 605,
  },
  {
    unit: LAPAS_CIPINANG,
    name: 'Batik Lintas 5',
    brand: 'Lintas 5',
    category: 'tekstil',
    description: 'Batik tulis dan cap motif Betawi karya bengkel batik Lapas Cipinang.',
    unitOfSale: 'lembar',
    priceRupiah: 350_000,
    costRupiah: 170_000,
    capacityPerWeek: 30,
    stage: 'siap_pasar',
    channels: ['koperasi', 'online', 'pameran'],
    packagingReady: true,
    labelReady: true,
    inmatesTrained: 20,
    permits: [{ kind: 'merek', number: 'IDM000987654', issuedDaysAgo: 800, expiresInDays: 10 * YEAR - 800 }],
    batch: { min: 15, max: 28, weeks: 12 },
    sellShare: 0.7,
    buyers: ['IPPAFest 2025', 'Inkopasindo', 'Galeri Batik Jatinegara'],
    photoSeed: 606,
  },
  {
    unit: LAPAS_BALIKPAPAN,
    name: 'Roti Paris',
    brand: 'Roti Paris',
    category: 'makanan',
    description: 'Roti sobek dan roti isi dari dapur produksi Lapas Balikpapan.',
    unitOfSale: 'bungkus',
    priceRupiah: 8_000,
    costRupiah: 4_500,
    capacityPerWeek: 700,
    stage: 'pengembangan',
    channels: ['koperasi'],
    packagingReady: true,
    labelReady: false,
    inmatesTrained: 9,
    permits: [{ kind: 'pirt', number: '2066471010012-30', issuedDaysAgo: 90, expiresInDays: 5 * YEAR - 90 }],
    batch: { min: 300, max: 600, weeks: 10 },
    sellShare: 0,
    buyers: [],
    photoSeed: 607,
  },
  {
    unit: LAPAS_PALU,
    name: 'PAKPAS Keripik Pisang',
    brand: 'PAKPAS',
    category: 'makanan',
    description: 'Keripik pisang kepok dan bawang goreng khas Palu dalam kemasan 250 g.',
    unitOfSale: 'bungkus',
    priceRupiah: 25_000,
    costRupiah: 13_000,
    capacityPerWeek: 300,
    stage: 'siap_pasar',
    channels: ['koperasi', 'outlet', 'pameran'],
    packagingReady: true,
    labelReady: true,
    inmatesTrained: 11,
    permits: [
      { kind: 'pirt', number: '2077271010078-28', issuedDaysAgo: 400, expiresInDays: 5 * YEAR - 400 },
      { kind: 'halal', number: 'ID72110000456780123', issuedDaysAgo: 380, expiresInDays: 4 * YEAR - 380 },
    ],
    batch: { min: 150, max: 260, weeks: 12 },
    sellShare: 0.75,
    buyers: ['Pusat Oleh-oleh Palu', 'IPPAFest 2025'],
    photoSeed: 608,
  },
];

/** Demo inmates for the units without a register in the pembinaan demo. */
export const EXTRA_REGISTERS: { unit: string; prefix: string; sex: 'L' | 'P'; count: number; names: string[] }[] = [
  { unit: LAPAS_PATI, prefix: 'PTI', sex: 'L', count: 10, names: ['Slamet Riyadi', 'Agus Supriyanto', 'Bambang Susilo', 'Joko Prasetyo', 'Eko Wahyudi', 'Sugeng Raharjo', 'Hadi Santoso', 'Teguh Wibowo', 'Imam Syafii', 'Darmaji'] },
  { unit: LAPAS_BALIKPAPAN, prefix: 'BPN', sex: 'L', count: 6, names: ['Andi Baso', 'Rahmat Hidayat', 'Yusuf Maulana', 'Syamsul Bahri', 'Irwan Saputra', 'Arif Rahman'] },
  { unit: LAPAS_PALU, prefix: 'PLU', sex: 'L', count: 6, names: ['Moh. Rizal', 'Abdul Gani', 'Fadli Lamasitudju', 'Nasrun Lapasere', 'Iskandar Lamarauna', 'Ridwan Tombolotutu'] },
];
