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

export const campaignUnitWorkEn: Record<keyof typeof campaignUnitWorkId, string> = {
  'campaigns.site.edit': 'Edit',
  'campaigns.site.editNamed': 'Edit the site {name}',
  'campaigns.site.editLabel': 'Changes to the site {name}',
  'campaigns.site.saveChanges': 'Save changes',
  'campaigns.site.cancelEdit': 'Cancel',
  'campaigns.site.changed': 'The site’s changes are saved.',
  'campaigns.behalf.unit': 'UPT you work for',
  'campaigns.behalf.choose': 'Choose a UPT…',
  'campaigns.behalf.hint':
    'A regional office may register sites, fill in readiness and send reports on behalf of the taking-part UPTs in its region.',
  'campaigns.behalf.notice':
    'You are recording on behalf of {unit}: the sites, readiness and reports saved here belong to that unit.',
  'campaigns.behalf.none': 'No UPT in your region takes part yet.',
  'campaigns.behalf.sites': 'Sites of {unit}',
  'campaigns.monitor.photos': 'Photos, {window}',
  'campaigns.monitor.photosNone': 'No monitoring photos yet.',
  'campaigns.monitor.addPhoto': 'Add photos for {window}',
  'campaigns.monitor.photoHint':
    'Photograph the plants at the check with the camera’s GPS on; their place is checked against the site. The photos go with the monitoring report.',
};
