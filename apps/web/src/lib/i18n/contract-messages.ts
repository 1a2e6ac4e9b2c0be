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
  'huruf kecil, angka dan garis bawah; diawali huruf':
    'lower-case letters, digits and underscores, starting with a letter',
  'Metrik pilihan memerlukan daftar pilihan': 'A choice metric needs a list of choices',
  'Kunci metrik harus unik': 'Metric keys must be unique',
  'tanggal tidak ada': 'no such date',
  'Nilai metrik tidak sesuai dengan definisi arahan.': 'The metric values do not match the directive.',
  'Arahan ini sudah diterbitkan.': 'This directive has already been issued.',
  'Pemilih sasaran tidak menghasilkan satu unit pun di wilayah Anda.':
    'The target selection matches no unit within your area.',
  'Jabatan Anda tidak berwenang menerbitkan arahan ini.': 'Your position may not issue this directive.',
  'Rapat virtual atau hibrida memerlukan tautan https://': 'A virtual or hybrid meeting needs an https:// link',
  'tautan harus berupa alamat https://': 'the link must be an https:// address',
  'Isi waktu selesai atau durasi (salah satu)': 'Give either an end time or a duration',
  'Waktu selesai harus setelah waktu mulai': 'The end must come after the start',
  'Jam selesai harus setelah jam mulai': 'The end time must come after the start time',
  'Metrik target harus metrik angka dari kampanye ini': 'Target metrics must be number metrics of this campaign',
  'Metrik luas harus metrik angka dari kampanye ini': 'The area metric must be a number metric of this campaign',
  'bulan pemantauan harus naik berurutan': 'monitoring months must go up in order',
  'lintang di luar wilayah Indonesia': 'latitude outside Indonesia',
  'bujur di luar wilayah Indonesia': 'longitude outside Indonesia',
  'nomor telepon tidak valid': 'invalid phone number',
  'format HH:mm': 'format HH:mm',
  'nama minimal 2 huruf': 'name must be at least 2 letters',
  'nama maksimal 120 huruf': 'name must be at most 120 letters',
  'isi nomor telepon/WhatsApp atau alamat e-mail yang benar': 'enter a valid phone/WhatsApp number or e-mail address',
  'jumlah harus bilangan bulat': 'the quantity must be a whole number',
  'jumlah minimal 1': 'the quantity must be at least 1',
  'jumlah maksimal 100.000': 'the quantity must be at most 100,000',
  'pesan maksimal 1000 huruf': 'the message must be at most 1000 letters',
};

export function localizeContractMessage(message: string, lang: Language): string {
  if (lang === 'id') return message;
  return CONTRACT_MESSAGES_EN[message] ?? message;
}
