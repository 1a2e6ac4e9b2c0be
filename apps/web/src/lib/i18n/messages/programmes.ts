export const programmesId = {
  'nav.programmes': 'Pembinaan',
  'auditAction.inmates.created': 'Warga binaan didaftarkan',
  'auditAction.inmates.updated': 'Data warga binaan diubah',
  'auditAction.inmates.imported': 'Register warga binaan diimpor',
  'auditAction.inmates.names_read': 'Nama warga binaan dibaca',
  'auditAction.programmes.created': 'Program pembinaan dibuat',
  'auditAction.programmes.updated': 'Program pembinaan diubah',
  'auditAction.programmes.enrolment_changed': 'Keikutsertaan program diubah',
  'auditAction.programmes.attendance_recorded': 'Presensi program dicatat',
  'auditAction.programmes.certificate_recorded': 'Sertifikat warga binaan dicatat',
  'auditAction.programmes.community_recorded': 'Kegiatan bagi masyarakat dicatat',
};
