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

export const programmesEn: Record<keyof typeof programmesId, string> = {
  'nav.programmes': 'Rehabilitation',
  'auditAction.inmates.created': 'Inmate registered',
  'auditAction.inmates.updated': 'Inmate record changed',
  'auditAction.inmates.imported': 'Inmate register imported',
  'auditAction.inmates.names_read': 'Inmate names read',
  'auditAction.programmes.created': 'Rehabilitation programme created',
  'auditAction.programmes.updated': 'Rehabilitation programme changed',
  'auditAction.programmes.enrolment_changed': 'Programme enrolment changed',
  'auditAction.programmes.attendance_recorded': 'Programme attendance recorded',
  'auditAction.programmes.certificate_recorded': 'Inmate certificate recorded',
  'auditAction.programmes.community_recorded': 'Community activity recorded',
};
