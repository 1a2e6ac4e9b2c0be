/** The details that follow an incident's first report, and the people involved as counts. */
export const incidentDetailsId = {
  'incidents.details.title': 'Rincian kejadian',
  'incidents.details.open': 'Ubah rincian dan jumlah orang terlibat',
  'incidents.details.explain':
    'Lengkapi atau koreksi laporan pertama. Hanya isian yang Anda ubah yang dikirim; perubahan tercatat di kronologi.',
  'incidents.details.severity': 'Tingkat keparahan',
  'incidents.details.occurredAt': 'Waktu kejadian ({zone})',
  'incidents.details.location': 'Tempat kejadian',
  'incidents.details.description': 'Uraian',
  'incidents.details.involved': 'Jumlah orang terlibat',
  'incidents.details.inmates': 'Warga binaan terlibat',
  'incidents.details.officers': 'Petugas terlibat',
  'incidents.details.others': 'Lainnya terlibat',
  'incidents.details.injured': 'Luka',
  'incidents.details.dead': 'Meninggal',
  'incidents.details.submit': 'Simpan rincian',
  'incidents.details.saved': 'Rincian tersimpan.',
  'incidents.details.unchanged': 'Belum ada rincian yang diubah.',
  'incidents.involvedList.title': 'Orang terlibat',
  'incidents.involvedList.inmates': 'Warga binaan',
  'incidents.involvedList.officers': 'Petugas',
  'incidents.involvedList.others': 'Lainnya',
};
