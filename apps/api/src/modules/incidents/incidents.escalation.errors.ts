import { conflict, forbidden, notFound } from '../../platform/http/errors.js';

export const alertNotFound = () => notFound('Peringatan insiden', 'incidents.alert_not_found');
export const notAlertRecipient = () =>
  forbidden(
    'Hanya penerima peringatan ini (pimpinan atau petugas yang ditentukan di unit tujuan) yang dapat menyatakannya diterima.',
  );
export const alertNotSent = () =>
  conflict('incidents.alert_not_sent', 'Peringatan ini belum dikirim, sehingga belum dapat dinyatakan diterima.');
export const alertAlreadyAcknowledged = (byName: string | null) =>
  conflict(
    'incidents.alert_already_acknowledged',
    byName ? `Peringatan ini sudah dinyatakan diterima oleh ${byName}.` : 'Peringatan ini sudah dinyatakan diterima.',
  );
