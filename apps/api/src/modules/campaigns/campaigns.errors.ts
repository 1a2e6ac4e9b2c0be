import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const campaignNotFound = () => notFound('Gerakan serentak', 'campaigns.not_found');
export const siteNotFound = () => notFound('Lokasi', 'campaigns.site_not_found');
export const photoNotFound = () => notFound('Foto', 'campaigns.photo_not_found');
export const fileNotFound = () =>
  invalid('campaigns.file_not_found', 'Berkas foto tidak ditemukan di unit Anda. Unggah foto terlebih dahulu.', [
    { path: 'body.fileId', message: 'Berkas tidak ditemukan', code: 'not_found' },
  ]);
export const notAPhoto = () =>
  invalid('campaigns.not_a_photo', 'Hanya foto (JPEG, PNG, WebP) yang dapat menjadi bukti lokasi.', [
    { path: 'body.fileId', message: 'Bukan foto', code: 'not_a_photo' },
  ]);
export const photoAlreadyAttached = () => conflict('campaigns.photo_attached', 'Foto ini sudah dilampirkan pada lokasi ini.');
export const cannotManage = () => forbidden('Hanya pimpinan unit penerbit yang dapat mengubah gerakan ini.');
export const cannotAllocate = () => forbidden('Anda hanya dapat membagi target dari unit Anda sendiri ke unit di bawahnya.');
export const cannotWorkForUnit = () => forbidden('Anda tidak dapat mengisi data gerakan untuk unit ini.');
export const notATarget = () =>
  invalid('campaigns.unit_not_target', 'Unit ini bukan peserta gerakan serentak ini.', [
    { path: 'body.unitId', message: 'Bukan unit peserta', code: 'not_target' },
  ]);
export const siteLocked = (status: string) =>
  conflict(
    'campaigns.site_locked',
    `Laporan unit berstatus "${status.replace(/_/g, ' ')}"; lokasi dan hasilnya tidak dapat diubah kecuali laporan dikembalikan.`,
  );
export const noSites = () =>
  invalid('campaigns.no_sites', 'Daftarkan minimal satu lokasi dan isi hasilnya sebelum mengirim laporan.');
export const resultsMissing = (names: string[]) =>
  invalid('campaigns.results_missing', `Hasil belum diisi untuk lokasi: ${names.join(', ')}.`);
export const noMonitoring = () => invalid('campaigns.no_monitoring', 'Gerakan ini tidak memiliki jendela pemantauan.');
export const monitoringWindowNotFound = (count: number) =>
  invalid('campaigns.monitoring_window', `Jendela pemantauan tidak ada; gerakan ini memiliki ${count} jendela.`, [
    { path: 'params.window', message: `1 sampai ${count}`, code: 'out_of_range' },
  ]);
export const aliveAboveSite = () =>
  invalid('campaigns.check_exceeds', 'Jumlah hidup dan mati melebihi jumlah yang ditanam ditambah sulaman.');

export function checkInOutsideDay(eventDate: string, localDate: string): AppError {
  return new AppError({
    code: 'campaigns.check_in_outside_day',
    status: 409,
    title: 'Bukan hari pelaksanaan',
    detail: `Mulai dan selesai dicatat pada hari pelaksanaan (${eventDate}, atau sehari sebelumnya) menurut waktu unit; sekarang ${localDate}.`,
  });
}
export const finishBeforeStart = () => conflict('campaigns.finish_before_start', 'Catat "mulai" sebelum "selesai".');

export function allocationBelowMinimum(units: string[], minimum: number): AppError {
  return invalid(
    'campaigns.allocation_below_minimum',
    `Target setiap Kanwil minimal ${minimum.toLocaleString('id-ID')}; di bawah minimal: ${units.join(', ')}.`,
  );
}
export function allocationShort(total: number, target: number): AppError {
  return invalid(
    'campaigns.allocation_short',
    `Jumlah pembagian ${total.toLocaleString('id-ID')} kurang dari target ${target.toLocaleString('id-ID')} (kurang ${(target - total).toLocaleString('id-ID')}).`,
  );
}
export const allocationOutsideChildren = () =>
  invalid('campaigns.allocation_unit', 'Target hanya dapat dibagi ke unit peserta tepat di bawah unit induk.', [
    { path: 'body.items', message: 'Unit bukan bawahan langsung yang menjadi peserta', code: 'not_child' },
  ]);
