import type { ProgrammeCategory, ProgrammeTrack } from '@selaras/contracts';
import type { WeeklySlot } from './modules/programmes/index.js';

/** A programme of the demo, with how many of the unit's inmates take part and how many wait for a seat. */
export type DemoProgramme = {
  name: string;
  track: ProgrammeTrack;
  category: ProgrammeCategory;
  partner: string | null;
  trainer: string | null;
  place: string;
  capacity: number;
  timetable: WeeklySlot[];
  description: string;
  enrol: number;
  waitlist: number;
  /** Certificates issued to the most regular participants. */
  certificate?: { title: string; skill: string; issuer: string; certified: boolean; count: number };
};

export type DemoUnit = {
  name: string;
  sex: 'L' | 'P';
  inmates: number;
  /** The account that records attendance (falls back to the admin). */
  officer: string;
  registerPrefix: string;
  firstNames: string[];
  lastNames: string[];
  programmes: DemoProgramme[];
  community: { daysAgo: number; kind: 'kerja_sosial' | 'layanan' | 'produk' | 'pelatihan'; title: string; description: string; partner: string; peopleReached: number; inmatesInvolved: number; hours: number; productsDelivered: number | null; programme: string | null }[];
};

const slot = (weekday: number, start: string, end: string): WeeklySlot => ({ weekday, start, end });

export const DEMO_PROGRAMME_UNITS: DemoUnit[] = [
  {
    name: 'Lapas Perempuan Kelas IIA Tangerang',
    sex: 'P',
    inmates: 120,
    officer: 'pembinaan.lpp.tangerang',
    registerPrefix: 'LPP-TNG',
    firstNames: ['Siti', 'Dewi', 'Sri', 'Rina', 'Nur', 'Ani', 'Yuliana', 'Wulan', 'Fitri', 'Ratna', 'Indah', 'Putri', 'Ayu', 'Maya', 'Kartika', 'Novita', 'Eka', 'Dian', 'Ika', 'Mega', 'Tuti', 'Yanti', 'Lina', 'Rosmala', 'Nining', 'Euis', 'Neneng', 'Aisyah', 'Fatimah', 'Melati'],
    lastNames: ['Rahmawati', 'Susanti', 'Lestari', 'Wulandari', 'Pratiwi', 'Handayani', 'Kusumawati', 'Anggraini', 'Permatasari', 'Puspita', 'Hasanah', 'Nurjanah', 'Syafitri', 'Maharani', 'Purnamasari', 'Suryani', 'Wahyuni', 'Nurhayati', 'Sulastri', 'Komalasari'],
    programmes: [
      {
        name: 'Bordir', track: 'kemandirian', category: 'manufaktur', partner: 'BLK Tangerang', trainer: 'Instruktur BLK Tangerang',
        place: 'Bengkel Kerja Bordir', capacity: 20, timetable: [slot(1, '08:30', '11:30'), slot(3, '08:30', '11:30')],
        description: 'Bordir mesin dan tangan untuk mukena, kerudung dan seragam; sertifikasi kompetensi bersama BLK.', enrol: 20, waitlist: 4,
        certificate: { title: 'Sertifikat Kompetensi Bordir', skill: 'Bordir mesin', issuer: 'BLK Tangerang', certified: true, count: 6 },
      },
      {
        name: 'Eco-print', track: 'kemandirian', category: 'manufaktur', partner: 'Komunitas Eco-print Tangerang', trainer: null,
        place: 'Ruang Kriya', capacity: 15, timetable: [slot(2, '08:30', '11:30'), slot(4, '08:30', '11:30')],
        description: 'Cetak warna alami daun pada kain dan totebag untuk dijual di galeri dan pameran.', enrol: 15, waitlist: 2,
        certificate: { title: 'Sertifikat Pelatihan Eco-print', skill: 'Eco-print kain', issuer: 'Lapas Perempuan Kelas IIA Tangerang', certified: false, count: 4 },
      },
      {
        name: 'Pertanian Hidroponik', track: 'kemandirian', category: 'agribisnis', partner: 'SAE Lapas Perempuan Tangerang', trainer: 'Penyuluh Dinas Pertanian Kota Tangerang',
        place: 'Lahan SAE', capacity: 20, timetable: [slot(1, '13:30', '15:30'), slot(4, '13:30', '15:30')],
        description: 'Sayur hidroponik dan tanaman obat keluarga di lahan Sarana Asimilasi dan Edukasi.', enrol: 18, waitlist: 0,
      },
      {
        name: 'Pengajian', track: 'kepribadian', category: 'keagamaan', partner: 'Kantor Kementerian Agama Kota Tangerang', trainer: 'Ustazah pembina',
        place: 'Masjid At-Taubah', capacity: 70, timetable: [slot(5, '08:00', '10:00')],
        description: 'Baca tulis Al-Quran dan kajian pekanan.', enrol: 62, waitlist: 0,
      },
      {
        name: 'Paket C', track: 'kepribadian', category: 'intelektual', partner: 'PKBM Tunas Harapan', trainer: 'Tutor PKBM',
        place: 'Ruang Kelas', capacity: 25, timetable: [slot(2, '13:30', '15:30'), slot(3, '13:30', '15:30')],
        description: 'Kesetaraan SMA bagi warga binaan yang belum tamat sekolah.', enrol: 22, waitlist: 0,
      },
    ],
    community: [
      { daysAgo: 20, kind: 'produk', title: 'Pameran produk eco-print di Car Free Day Kota Tangerang', description: 'Totebag dan selendang eco-print dipamerkan dan dijual kepada pengunjung.', partner: 'Pemerintah Kota Tangerang', peopleReached: 350, inmatesInvolved: 6, hours: 5, productsDelivered: 42, programme: 'Eco-print' },
      { daysAgo: 9, kind: 'produk', title: 'Penyerahan mukena bordir ke panti asuhan', description: 'Mukena hasil kelas bordir diserahkan ke dua panti asuhan.', partner: 'Panti Asuhan Al-Hikmah', peopleReached: 80, inmatesInvolved: 10, hours: 3, productsDelivered: 60, programme: 'Bordir' },
      { daysAgo: 4, kind: 'produk', title: 'Sayur hidroponik untuk posyandu', description: 'Panen sayur hidroponik dibagikan untuk makanan tambahan balita.', partner: 'Posyandu Kelurahan Babakan', peopleReached: 120, inmatesInvolved: 5, hours: 2, productsDelivered: 90, programme: 'Pertanian Hidroponik' },
    ],
  },
  {
    name: 'Lapas Kelas I Cipinang',
    sex: 'L',
    inmates: 60,
    officer: 'operator.lapas.cipinang',
    registerPrefix: 'CPN',
    firstNames: ['Budi', 'Agus', 'Ahmad', 'Andi', 'Joko', 'Rudi', 'Hendra', 'Dedi', 'Eko', 'Slamet', 'Bambang', 'Yusuf', 'Rizki', 'Fajar', 'Irfan', 'Hadi', 'Wahyu', 'Asep', 'Dodi', 'Heru'],
    lastNames: ['Santoso', 'Saputra', 'Hidayat', 'Kurniawan', 'Setiawan', 'Nugroho', 'Wijaya', 'Pratama', 'Siregar', 'Simanjuntak', 'Hutapea', 'Gunawan', 'Firmansyah', 'Ramadhan', 'Sitompul'],
    programmes: [
      {
        name: 'Mebel Kayu', track: 'kemandirian', category: 'manufaktur', partner: 'BLK Jakarta Timur', trainer: 'Instruktur mebel',
        place: 'Bengkel Kerja', capacity: 20, timetable: [slot(1, '08:00', '11:00'), slot(3, '08:00', '11:00'), slot(5, '08:00', '11:00')],
        description: 'Kursi, meja dan lemari pesanan instansi.', enrol: 20, waitlist: 3,
        certificate: { title: 'Sertifikat Kompetensi Pertukangan Kayu', skill: 'Pembuatan mebel', issuer: 'BLK Jakarta Timur', certified: true, count: 3 },
      },
      {
        name: 'Kesadaran Berbangsa dan Bernegara', track: 'kepribadian', category: 'kesadaran_berbangsa', partner: 'Kodim 0505 Jakarta Timur', trainer: null,
        place: 'Aula', capacity: 60, timetable: [slot(2, '09:00', '11:00')],
        description: 'Wawasan kebangsaan dan bela negara.', enrol: 45, waitlist: 0,
      },
    ],
    community: [
      { daysAgo: 12, kind: 'kerja_sosial', title: 'Kerja bakti membersihkan saluran air', description: 'Warga binaan asimilasi membersihkan saluran air di lingkungan sekitar lapas.', partner: 'Kelurahan Cipinang Besar Selatan', peopleReached: 500, inmatesInvolved: 15, hours: 4, productsDelivered: null, programme: null },
    ],
  },
  {
    name: 'Lapas Kelas IIA Abepura',
    sex: 'L',
    inmates: 60,
    officer: 'operator.lapas-kelas-iia-abepura',
    registerPrefix: 'ABP',
    firstNames: ['Yohanes', 'Markus', 'Yakob', 'Petrus', 'Paulus', 'Daniel', 'Yosias', 'Melkias', 'Frans', 'Nikolas', 'Simon', 'Agustinus', 'Matius', 'Lukas', 'Habel'],
    lastNames: ['Wenda', 'Tabuni', 'Wonda', 'Kogoya', 'Yikwa', 'Mandowen', 'Rumbiak', 'Krey', 'Ayomi', 'Waromi', 'Numberi', 'Kambu', 'Ohee', 'Itlay'],
    programmes: [
      {
        name: 'Pertanian Hortikultura', track: 'kemandirian', category: 'agribisnis', partner: 'Dinas Pertanian Kota Jayapura', trainer: 'Penyuluh pertanian',
        place: 'Lahan SAE Abepura', capacity: 25, timetable: [slot(2, '08:00', '11:00'), slot(4, '08:00', '11:00')],
        description: 'Sayur dan ubi jalar di lahan asimilasi.', enrol: 25, waitlist: 2,
      },
      {
        name: 'Ibadah dan Pembinaan Rohani', track: 'kepribadian', category: 'keagamaan', partner: 'Gereja Kristen Injili di Tanah Papua', trainer: null,
        place: 'Gereja Lapas', capacity: 60, timetable: [slot(5, '09:00', '11:00')],
        description: 'Ibadah dan pendalaman Alkitab pekanan.', enrol: 48, waitlist: 0,
      },
    ],
    community: [
      { daysAgo: 6, kind: 'produk', title: 'Panen sayur untuk dapur umum', description: 'Hasil panen lahan SAE diserahkan ke dapur umum korban banjir.', partner: 'Dinas Sosial Kota Jayapura', peopleReached: 200, inmatesInvolved: 12, hours: 3, productsDelivered: 150, programme: 'Pertanian Hortikultura' },
    ],
  },
];
