import type { OrderRequestStatus, ProductCategory, ProductStage } from '@selaras/contracts';
import type { Language } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n/messages';

export function categoryLabel(category: ProductCategory): MessageKey {
  return `catalogue.category.${category}`;
}

export function stageLabel(stage: ProductStage): MessageKey {
  return `catalogue.stage.${stage}`;
}

export function statusLabel(status: OrderRequestStatus): MessageKey {
  return `orders.status.${status}`;
}

/** Whole rupiah, as Indonesians write it: "Rp185.000". */
export function formatRupiah(value: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(value);
}

/** "Lapas Perempuan Kelas IIA Tangerang" stays; a Kanwil's long official name is shortened to its region. */
export function shortKanwilName(name: string): string {
  return name.replace(/^Kantor Wilayah Direktorat Jenderal Pemasyarakatan\s+/i, 'Kanwil ');
}
