import type { Language } from '../format';

/** English for the Indonesian field messages of the shared contract schemas and of the API. */
const CONTRACT_MESSAGES_EN: Record<string, string> = {
  'NIP harus 18 angka': 'NIP must be 18 digits',
  'Nomor WhatsApp tidak valid (contoh 081234567890)': 'Invalid WhatsApp number (for example 081234567890)',
  'Nama pengguna hanya huruf kecil, angka, titik, garis bawah atau tanda hubung':
    'Username may only contain lower-case letters, digits, dots, underscores or hyphens',
  'Kata sandi minimal 10 karakter': 'Password must be at least 10 characters',
  'Kata sandi baru minimal 10 karakter': 'New password must be at least 10 characters',
  'Nama pengguna sudah dipakai.': 'This username is already taken.',
  'NIP sudah terdaftar pada pengguna lain.': 'This NIP is already registered to another user.',
  'Kata sandi saat ini salah.': 'The current password is wrong.',
};

export function localizeContractMessage(message: string, lang: Language): string {
  if (lang === 'id') return message;
  return CONTRACT_MESSAGES_EN[message] ?? message;
}
