import { forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const batchNotFound = () => notFound('Batch produksi', 'batches.not_found');
export const unitNotFound = () => notFound('Unit kerja', 'batches.unit_not_found');
export const productNotFound = () => notFound('Produk', 'batches.product_not_found');

export const batchNamesForbidden = () =>
  forbidden('Jabatan Anda tidak berwenang melihat nama warga binaan; pekerja tetap tampil dengan nama samaran.');

export const productArchived = () =>
  invalid('batches.product_archived', 'Produk ini sudah diarsipkan; produksi baru tidak dapat dicatat.', [
    { path: 'body.productId', message: 'produk sudah diarsipkan', code: 'archived' },
  ]);

/** A field-level 422 on the production date. */
export const badProducedOn = (message: string) =>
  invalid('batches.invalid', `Tanggal produksi tidak valid: ${message}.`, [{ path: 'body.producedOn', message, code: 'invalid' }]);

export type WorkerIssue = { index: number; message: string };

/** One message per worker who cannot be on this batch. */
export const badWorkers = (issues: WorkerIssue[]) =>
  invalid(
    'batches.invalid_workers',
    `${issues.length} warga binaan tidak dapat dicatat pada batch ini: ${issues.map((i) => i.message).join('; ')}.`,
    issues.map((i) => ({ path: `body.workers.${i.index}.inmateId`, message: i.message, code: 'invalid_worker' })),
  );
