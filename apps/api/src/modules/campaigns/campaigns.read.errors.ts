import { invalid, notFound } from '../../platform/http/errors.js';

export { campaignNotFound } from './campaigns.errors.js';

export const kanwilNotFound = () => notFound('Kantor wilayah', 'campaigns.kanwil_not_found');
export const publicPageNotFound = () => notFound('Halaman publik gerakan', 'campaigns.public_not_found');
export const publicPhotoNotFound = () => notFound('Foto', 'campaigns.public_photo_not_found');
export const exportTooLarge = (total: number, max: number) =>
  invalid(
    'campaigns.export_too_large',
    `Ada ${total} baris; satu ekspor memuat paling banyak ${max}. Ekspor per unit, atau dari akun Kantor Wilayah.`,
  );
