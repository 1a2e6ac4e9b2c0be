import type { Permit, PermitKind, ProductCategory, ProductStage, SalesChannel } from '@selaras/contracts';
import type { MessageKey } from '@/lib/i18n/messages';
import { messagesId } from '@/lib/i18n/messages';

export const BADGE = 'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset';

export const stageLabel = (s: ProductStage): MessageKey => `products.stage.${s}`;
export const categoryLabel = (c: ProductCategory): MessageKey => `products.category.${c}`;
export const channelLabel = (c: SalesChannel): MessageKey => `products.channel.${c}`;
export const permitKindLabel = (k: PermitKind): MessageKey => `products.permitKind.${k}`;

/** The label of a checklist item's code, or null for a code this screen does not know (its detail then speaks). */
export function checkLabel(code: string): MessageKey | null {
  const key = `products.check.${code}`;
  return key in messagesId ? (key as MessageKey) : null;
}

export const STAGE_BADGE: Record<ProductStage, string> = {
  uji_coba: 'bg-slate-100 text-slate-800 ring-slate-400',
  pengembangan: 'bg-amber-50 text-amber-950 ring-amber-500',
  siap_pasar: 'bg-teal-50 text-teal-900 ring-teal-600',
  unggulan: 'bg-navy-50 text-navy-900 ring-navy-300',
};

export const PERMIT_BADGE: Record<Permit['status'], string> = {
  berlaku: 'bg-teal-50 text-teal-900 ring-teal-600',
  segera_berakhir: 'bg-amber-50 text-amber-950 ring-amber-500',
  kedaluwarsa: 'bg-red-50 text-red-900 ring-red-600',
};

/** Whole rupiah as "Rp15.000". */
export function formatRupiah(value: number, lang: 'id' | 'en'): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  }).format(value);
}
