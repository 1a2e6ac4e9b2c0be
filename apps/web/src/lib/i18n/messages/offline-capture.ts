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

export const offlineCaptureEn: Record<keyof typeof offlineCaptureId, string> = {
  'capture.status.pending': 'Waiting to be sent: it goes out by itself once there is a signal.',
  'capture.status.sending': 'Sending…',
  'capture.status.sent': 'Sent.',
  'capture.status.rejected': 'Refused by the server: {reason}',
  'capture.status.conflict': 'Needs checking: {reason}',
  'capture.status.gone': 'No longer in this device’s queue.',
  'capture.discard': 'Discard',
  'capture.photo.queued': 'Photo kept on the device; it is sent by itself once there is a signal.',
  'capture.photo.waiting': 'Photo waiting to be sent',
  'capture.photo.previewAlt': 'Photo of {site} waiting to be sent',
  'capture.photo.label': 'Site photo {site}',
  'capture.results.queued': 'Results kept on the device; they are sent by themselves once there is a signal.',
  'capture.results.label': 'Site results {site}',
  'capture.incident.queued':
    'Incident report kept on the device; it is sent by itself once there is a signal. Its number, alerts and escalation start when the server receives it.',
  'capture.incident.noUpdates':
    'Updates, agency coordination and SOP steps can be recorded once this report is sent and its page opens.',
  'capture.incident.open': 'Open the incident page',
  'capture.incident.another': 'Report another incident',
  'capture.incident.edit': 'Correct the report',
  'capture.incident.label': 'Incident report: {category}, {location}',
  'capture.incident.waitingList': 'Incident reports not yet sent',
  'capture.update.queued': 'Update kept on the device; it is sent by itself once there is a signal.',
  'capture.update.label': 'Update {number}',
  'capture.attendance.label': 'Attendance {programme}, {date} {start}',
  'capture.check.label': 'Plant count {site}, {window}',
  'capture.checkIn.waiting':
    'Waiting for a signal. "Start" and "Finish" are stamped with the server’s clock when the signal returns, not when the button was pressed.',
  'capture.monitorReport.label': 'Monitoring report {window}',
  'capture.monitorReport.queued':
    'Monitoring report kept on the device; it is sent by itself once there is a signal, after the counts and photos made before it.',
};
