import { invalid, notFound } from '../../platform/http/errors.js';

export const notInCatalogue = () => notFound('Produk katalog', 'catalogue.not_found');
export const photoNotFound = () => notFound('Foto produk', 'catalogue.photo_not_found');
export const requestRejected = () =>
  invalid('catalogue.rejected', 'Permintaan tidak dapat diterima. Kosongkan kolom tambahan lalu kirim ulang.', [
    { path: 'body.website', message: 'Kolom ini harus kosong.', code: 'honeypot' },
  ]);
