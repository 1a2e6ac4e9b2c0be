import type { CooperativeStatus, PreorderState } from '@selaras/contracts';
import { formatNumber, formatPercent, type Language } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n/messages';

export const STATUS_LABEL: Record<CooperativeStatus, MessageKey> = {
  belum_terdaftar: 'coop.status.belum_terdaftar',
  akta_terbit: 'coop.status.akta_terbit',
  berbadan_hukum: 'coop.status.berbadan_hukum',
};

export const PO_STATE_LABEL: Record<PreorderState, MessageKey> = {
  tepat_waktu: 'coop.po.state.tepat_waktu',
  terlambat: 'coop.po.state.terlambat',
  tidak_ada: 'coop.po.state.tidak_ada',
};

export const PO_STATE_TONE: Record<PreorderState, string> = {
  tepat_waktu: 'bg-teal-50 text-teal-800 ring-teal-200',
  terlambat: 'bg-amber-50 text-amber-900 ring-amber-200',
  tidak_ada: 'bg-red-50 text-red-800 ring-red-200',
};

/** "Rp1.250.000" in whole rupiah. */
export function rupiah(value: number, lang: Language): string {
  return `Rp${formatNumber(value, lang, 0)}`;
}

/** "30%" of a ratio, or a dash without a target. */
export function ratioText(ratio: number | null, lang: Language): string {
  return ratio === null ? '–' : formatPercent(ratio * 100, lang);
}

export { toRupiah } from './money';
