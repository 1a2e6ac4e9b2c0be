/** Changing a site, a Kanwil's work on a UPT's behalf, and the photos of each monitoring check. */
export const campaignUnitWorkId = {
  'campaigns.site.edit': 'Ubah',
  'campaigns.site.editNamed': 'Ubah lokasi {name}',
  'campaigns.site.editLabel': 'Perubahan lokasi {name}',
  'campaigns.site.saveChanges': 'Simpan perubahan',
  'campaigns.site.cancelEdit': 'Batal',
  'campaigns.site.changed': 'Perubahan lokasi tersimpan.',
  'campaigns.behalf.unit': 'UPT yang dikerjakan',
  'campaigns.behalf.choose': 'Pilih UPT…',
  'campaigns.behalf.hint':
    'Kanwil dapat mendaftarkan lokasi, mengisi kesiapan dan mengirim laporan atas nama UPT peserta di wilayahnya.',
  'campaigns.behalf.notice':
    'Anda mencatat atas nama unit {unit}: lokasi, kesiapan dan laporan yang disimpan di sini menjadi milik unit tersebut.',
  'campaigns.behalf.none': 'Belum ada UPT peserta di wilayah Anda.',
  'campaigns.behalf.sites': 'Lokasi {unit}',
  'campaigns.monitor.photos': 'Foto {window}',
  'campaigns.monitor.photosNone': 'Belum ada foto pemantauan.',
  'campaigns.monitor.addPhoto': 'Tambah foto {window}',
  'campaigns.monitor.photoHint':
    'Foto tanaman saat pemeriksaan dengan GPS kamera menyala; letaknya diperiksa terhadap lokasi. Foto ikut terkirim bersama laporan pemantauan.',
};
