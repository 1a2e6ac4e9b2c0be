import { conflict, forbidden, notFound } from '../../platform/http/errors.js';

export const orderRequestNotFound = () => notFound('Permintaan pesanan', 'order_requests.not_found');
export const cannotHandle = () => forbidden('Jabatan Anda tidak berwenang menangani permintaan pesanan koperasi.');
export const moveNotAllowed = (from: string, to: string) =>
  conflict('order_requests.move_not_allowed', `Status tidak dapat diubah dari "${from}" menjadi "${to}".`);
