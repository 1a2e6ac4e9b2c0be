import { AppError, notFound } from '../http/errors.js';

export const fileNotFound = () => notFound('Berkas', 'files.not_found');
export const thumbnailNotFound = () => notFound('Pratinjau berkas', 'files.thumbnail_not_found');

export const missingFile = () =>
  new AppError({ code: 'files.missing', status: 400, title: 'Berkas tidak ada', detail: 'Kirim berkas pada kolom "file" (multipart/form-data).' });

export const emptyFile = () =>
  new AppError({ code: 'files.empty', status: 422, title: 'Berkas kosong', detail: 'Berkas yang dikirim kosong.' });

export const unsupportedType = () =>
  new AppError({
    code: 'files.unsupported_type',
    status: 415,
    title: 'Jenis berkas tidak didukung',
    detail: 'Isi berkas bukan JPEG, PNG, WebP, PDF, DOCX atau XLSX. Nama atau ekstensi berkas tidak menentukan jenisnya.',
  });

export const unreadableImage = () =>
  new AppError({
    code: 'files.unreadable_image',
    status: 422,
    title: 'Gambar rusak',
    detail: 'Gambar tidak dapat dibaca. Ambil ulang atau simpan ulang fotonya, lalu unggah lagi.',
  });

export const tooLarge = (limitBytes: number) =>
  new AppError({
    code: 'files.too_large',
    status: 413,
    title: 'Berkas terlalu besar',
    detail: `Berkas melebihi batas ${Math.floor(limitBytes / 1_048_576) || 1} MB.`,
  });

export const notAPhoto = () =>
  new AppError({ code: 'files.not_a_photo', status: 422, title: 'Bukan foto', detail: 'Salinan publik hanya dibuat untuk foto.' });
