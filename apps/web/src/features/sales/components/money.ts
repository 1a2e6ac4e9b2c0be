import type { Language } from '@/lib/format';
import { formatNumber } from '@/lib/format';

/** "Rp12.345": whole rupiah in the reader's language. */
export function formatRupiah(value: number, lang: Language): string {
  const sign = value < 0 ? '−' : '';
  return `${sign}Rp${formatNumber(Math.abs(value), lang, 0)}`;
}

/** 3500 basis points → "35%" (up to two decimals). */
export function formatShare(basisPoints: number, lang: Language): string {
  return `${formatNumber(basisPoints / 100, lang, 2)}%`;
}
