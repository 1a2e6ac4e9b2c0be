import { invalid, notFound } from '../../platform/http/errors.js';

export const incidentNotFound = () => notFound('Insiden', 'incidents.not_found');
export const unitNotFound = () => notFound('Unit', 'incidents.unit_not_found');
export const exportTooLarge = (total: number, max: number) =>
  invalid(
    'incidents.export_too_large',
    `Ada ${total} insiden; satu ekspor memuat paling banyak ${max}. Persempit dengan rentang tanggal, kategori atau unit.`,
  );
export const badRange = () =>
  invalid(
    'incidents.bad_range',
    'Rentang tanggal tidak valid: tahun 2000–2100, dan tanggal awal tidak sesudah tanggal akhir.',
  );
