import { AppError, conflict, forbidden, notFound } from '../../platform/http/errors.js';

export const userNotFound = () => notFound('Pengguna', 'users.not_found');
export const positionNotFound = () => notFound('Jabatan', 'users.position_not_found');
export const tokenNotFound = () => notFound('Token API', 'auth.token_not_found');
export const usernameTaken = () => conflict('users.username_taken', 'Nama pengguna sudah dipakai.');
export const nipTaken = () => conflict('users.nip_taken', 'NIP sudah terdaftar pada pengguna lain.');
export const roleNotAllowed = () => forbidden('Anda tidak berwenang memberikan peran ini pada unit tersebut.');
export const cannotResetOwnPassword = () =>
  new AppError({
    code: 'users.cannot_reset_own_password',
    status: 403,
    title: 'Tidak diizinkan',
    detail: 'Ganti kata sandi Anda sendiri melalui halaman Akun; kata sandi saat ini diperlukan.',
  });
export const cannotEndOwnPosition = () =>
  new AppError({
    code: 'users.cannot_end_active_position',
    status: 409,
    title: 'Jabatan sedang dipakai',
    detail: 'Jabatan yang sedang Anda pakai tidak dapat diakhiri oleh Anda sendiri.',
  });

export const invalidCredentials = () =>
  new AppError({
    code: 'auth.invalid_credentials',
    status: 401,
    title: 'Gagal masuk',
    detail: 'Nama pengguna atau kata sandi salah.',
  });

export function lockedOut(retryAfterSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new AppError({
    code: 'auth.locked_out',
    status: 429,
    title: 'Terlalu banyak percobaan',
    detail: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`,
    headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });
}

export const wrongCurrentPassword = () =>
  new AppError({
    code: 'auth.wrong_password',
    status: 422,
    title: 'Kata sandi salah',
    detail: 'Kata sandi saat ini salah.',
    errors: [{ path: 'body.currentPassword', message: 'Kata sandi saat ini salah.', code: 'wrong_password' }],
  });

export const sessionRequired = () =>
  new AppError({
    code: 'auth.session_required',
    status: 400,
    title: 'Perlu sesi',
    detail: 'Tindakan ini hanya untuk sesi peramban, bukan token API.',
  });
