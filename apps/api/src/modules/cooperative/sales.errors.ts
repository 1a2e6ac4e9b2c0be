import { conflict, forbidden, invalid, notFound } from '../../platform/http/errors.js';

export const saleNotFound = () => notFound('Penjualan', 'sales.not_found');
export const batchNotFound = () => notFound('Batch produksi', 'sales.batch_not_found');
export const unitNotFound = () => notFound('Unit kerja', 'sales.unit_not_found');
export const inmateNotFound = () => notFound('Warga binaan', 'premi.inmate_not_found');

export const namesForbidden = () =>
  forbidden('Jabatan Anda tidak berwenang melihat nama warga binaan; premi tetap tampil dengan nama samaran.');

export const noRule = () => conflict('sales.no_split_rule', 'Belum ada aturan pembagian hasil yang berlaku pada tanggal penjualan.');

export const badSoldOn = (message: string) =>
  invalid('sales.invalid', `Tanggal penjualan tidak valid: ${message}.`, [{ path: 'body.soldOn', message, code: 'invalid' }]);

export const mixedUnits = () =>
  invalid('sales.mixed_units', 'Semua barang dalam satu penjualan harus dari batch unit yang sama.', [
    { path: 'body.items', message: 'batch dari unit berbeda', code: 'mixed_units' },
  ]);

export const outOfStock = (productName: string, remaining: number) =>
  conflict('sales.out_of_stock', `Stok ${productName} tidak cukup: tersisa ${remaining}. Kurangi jumlahnya lalu simpan lagi.`);

export const clientIdTaken = () =>
  conflict('sales.client_id_taken', 'Kode penjualan ini sudah dipakai pengguna lain. Muat ulang formulir lalu simpan lagi.');

export const ruleInPast = () =>
  invalid('sales.rule_in_past', 'Aturan baru tidak boleh berlaku surut: pilih waktu mulai sekarang atau nanti.', [
    { path: 'body.effectiveFrom', message: 'tidak boleh di masa lalu', code: 'in_past' },
  ]);

export const ruleClash = () => conflict('sales.rule_clash', 'Sudah ada aturan yang berlaku mulai waktu yang sama persis.');

export const cashRefused = () =>
  invalid('premi.cash_refused', 'Premi dibayar nontunai: pilih kartu uang elektronik atau tabungan bank. Pembayaran tunai tidak dicatat.', [
    { path: 'body.method', message: 'premi dibayar nontunai (kartu uang elektronik atau tabungan bank)', code: 'cashless_only' },
  ]);

export const badPaidOn = (message: string) =>
  invalid('premi.invalid', `Tanggal pembayaran tidak valid: ${message}.`, [{ path: 'body.paidOn', message, code: 'invalid' }]);

export const overBalance = (balance: number) =>
  conflict('premi.over_balance', `Jumlah melebihi saldo premi (Rp${balance.toLocaleString('id-ID')}). Tidak ada yang dibayarkan.`);
