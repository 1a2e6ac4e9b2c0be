/**
 * Which account opens each page of the router: one that may see it, the least powerful where that is
 * natural. An empty name is an anonymous visitor.
 */
export const PAGES_BY_USER: Record<string, string[]> = {
  '': ['/login', '/katalog', '/katalog/$productId', '/publik/gerakan/$campaignId'],
  admin: ['/users', '/audit', '/admin/kamtib', '/admin/pembagian-hasil', '/units', '/units/$unitId', '/account'],
  dirjen: [
    '/',
    '/dashboard',
    '/directives',
    '/directives/new',
    '/directives/$directiveId',
    '/meetings',
    '/meetings/new',
    '/meetings/$meetingId',
    '/campaigns',
    '/campaigns/new',
    '/campaigns/$campaignId',
    '/insiden/statistik',
    '/notifications',
  ],
  'kakanwil.banten': ['/produk/persetujuan'],
  'operator.lpp.tangerang': ['/assignments', '/assignments/$assignmentId', '/kotak-keluar', '/insiden/baru'],
  'kplp.lpp.tangerang': ['/insiden', '/insiden/$incidentId'],
  'pembinaan.lpp.tangerang': [
    '/pembinaan',
    '/pembinaan/baru',
    '/pembinaan/program/$programmeId',
    '/pembinaan/program/$programmeId/presensi',
    '/pembinaan/warga-binaan',
    '/pembinaan/warga-binaan/$inmateId',
    '/pembinaan/masyarakat',
  ],
  'koperasi.lpp.tangerang': [
    '/produk',
    '/produk/baru',
    '/produk/$productId',
    '/koperasi',
    '/koperasi/pesanan',
    '/penjualan',
    '/penjualan/baru',
    '/penjualan/$saleId',
    '/produksi',
    '/produksi/baru',
    '/premi',
    '/premi/$inmateId',
  ],
};
