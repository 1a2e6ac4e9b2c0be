import { AppError, notFound } from '../http/errors.js';

export const uploadNotFound = () => notFound('Unggahan', 'uploads.not_found');

export const wrongOffset = (offset: number) =>
  new AppError({
    code: 'uploads.wrong_offset',
    status: 409,
    title: 'Posisi unggahan tidak cocok',
    detail: `Server sudah menerima ${offset} bita; lanjutkan dari posisi itu.`,
    headers: { 'upload-offset': String(offset) },
    extra: { offset },
  });

export const exceedsSize = (size: number) =>
  new AppError({
    code: 'uploads.exceeds_size',
    status: 413,
    title: 'Melebihi ukuran berkas',
    detail: `Potongan ini melewati ukuran berkas yang diumumkan (${size} bita).`,
  });

export const incomplete = (offset: number, size: number) =>
  new AppError({
    code: 'uploads.incomplete',
    status: 409,
    title: 'Unggahan belum lengkap',
    detail: `Baru ${offset} dari ${size} bita yang diterima; kirim sisanya sebelum menyelesaikan unggahan.`,
    headers: { 'upload-offset': String(offset) },
    extra: { offset },
  });

export const missingOffset = () =>
  new AppError({
    code: 'uploads.missing_offset',
    status: 400,
    title: 'Posisi unggahan tidak ada',
    detail: 'Kirim tajuk Upload-Offset berisi jumlah bita yang sudah diterima server.',
  });

export const notAChunk = () =>
  new AppError({
    code: 'uploads.not_a_chunk',
    status: 415,
    title: 'Bukan potongan berkas',
    detail: 'Kirim potongan berkas sebagai application/offset+octet-stream.',
  });
