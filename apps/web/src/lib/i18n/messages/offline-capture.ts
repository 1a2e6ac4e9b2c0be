/** Forms filled in without a signal: kept on the device in the outbox and sent when the connection returns. */
export const offlineCaptureId = {
  'capture.status.pending': 'Menunggu dikirim: akan dikirim otomatis saat ada sinyal.',
  'capture.status.sending': 'Sedang dikirim…',
  'capture.status.sent': 'Terkirim.',
  'capture.status.rejected': 'Ditolak server: {reason}',
  'capture.status.conflict': 'Perlu diperiksa: {reason}',
  'capture.status.gone': 'Tidak lagi ada di antrean perangkat ini.',
  'capture.discard': 'Buang',
  'capture.photo.queued': 'Foto tersimpan di perangkat; akan dikirim otomatis saat ada sinyal.',
  'capture.photo.waiting': 'Foto menunggu dikirim',
  'capture.photo.previewAlt': 'Foto {site} yang menunggu dikirim',
  'capture.photo.label': 'Foto lokasi {site}',
  'capture.results.queued': 'Hasil tersimpan di perangkat; akan dikirim otomatis saat ada sinyal.',
  'capture.results.label': 'Hasil lokasi {site}',
  'capture.incident.queued':
    'Laporan kejadian tersimpan di perangkat; akan dikirim otomatis saat ada sinyal. Nomor laporan, peringatan dan eskalasi dimulai saat server menerimanya.',
  'capture.incident.noUpdates':
    'Perkembangan, koordinasi dan langkah SOP dapat dicatat setelah laporan ini terkirim dan halamannya terbuka.',
  'capture.incident.open': 'Buka halaman kejadian',
  'capture.incident.another': 'Laporkan kejadian lain',
  'capture.incident.edit': 'Perbaiki laporan',
  'capture.incident.label': 'Laporan kejadian: {category}, {location}',
  'capture.incident.waitingList': 'Laporan kejadian yang belum terkirim',
  'capture.update.queued': 'Perkembangan tersimpan di perangkat; akan dikirim otomatis saat ada sinyal.',
  'capture.update.label': 'Perkembangan {number}',
  'capture.attendance.label': 'Presensi {programme}, {date} {start}',
  'capture.check.label': 'Hitungan tanaman {site}, {window}',
  'capture.checkIn.waiting':
    'Menunggu sinyal. "Mulai" dan "Selesai" dicatat dengan jam server saat sinyal kembali, bukan saat tombol ditekan.',
  'capture.monitorReport.label': 'Laporan pemantauan {window}',
  'capture.monitorReport.queued':
    'Laporan pemantauan tersimpan di perangkat; dikirim otomatis saat ada sinyal, setelah hitungan dan foto yang dibuat sebelumnya.',
};
