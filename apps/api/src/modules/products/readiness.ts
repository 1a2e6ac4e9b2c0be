import {
  FOOD_CATEGORIES,
  PERMIT_KIND_LABELS,
  type ChecklistItem,
  type PermitKind,
  type ProductCategory,
  type ProductStage,
  type SalesChannel,
} from '@selaras/contracts';

/** What the readiness rules look at, gathered for one product on the unit's local `today` (YYYY-MM-DD). */
export type ReadinessFacts = {
  today: string;
  category: ProductCategory;
  priceRupiah: number | null;
  costRupiah: number | null;
  inmatesTrained: number;
  packagingReady: boolean;
  labelReady: boolean;
  salesChannels: readonly SalesChannel[];
  permits: readonly { kind: PermitKind; expiresOn: string | null }[];
  /** How many production batches the product has ever had. */
  batchCount: number;
  /** Production dates of the product's batches (at least the last 8 weeks). */
  batchDates: readonly string[];
  /** Dates of sales that included the product (at least the last 90 days). */
  saleDates: readonly string[];
};

const DAY_MS = 86_400_000;

/** The calendar date `days` after (or before, when negative) an ISO date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A permit counts when it has no expiry or expires today or later. */
export function isPermitValid(p: { expiresOn: string | null }, today: string): boolean {
  return p.expiresOn === null || p.expiresOn >= today;
}

/** How many of the `count` windows of `size` days ending today hold at least one of the dates. */
export function windowsCovered(dates: readonly string[], today: string, size: number, count: number): number {
  let covered = 0;
  for (let i = 0; i < count; i += 1) {
    const end = addDays(today, -size * i);
    const start = addDays(end, -(size - 1));
    if (dates.some((d) => d >= start && d <= end)) covered += 1;
  }
  return covered;
}

const item = (code: string, met: boolean, detail: string): ChecklistItem => ({ code, met, detail });

function hasValid(f: ReadinessFacts, kind: PermitKind): boolean {
  return f.permits.some((p) => p.kind === kind && isPermitValid(p, f.today));
}

function basics(f: ReadinessFacts): ChecklistItem[] {
  const priced = f.priceRupiah !== null && f.priceRupiah > 0 && f.costRupiah !== null && f.costRupiah > 0;
  return [
    item(
      'harga',
      priced,
      priced ? 'Harga pokok dan harga jual sudah ditetapkan.' : 'Tetapkan harga pokok dan harga jual.',
    ),
    item(
      'produksi',
      f.batchCount > 0,
      f.batchCount > 0 ? `${f.batchCount} batch produksi tercatat.` : 'Belum ada batch produksi yang tercatat.',
    ),
    item(
      'pelatihan',
      f.inmatesTrained >= 1,
      f.inmatesTrained >= 1
        ? `${f.inmatesTrained} warga binaan sudah dilatih.`
        : 'Belum ada warga binaan yang tercatat sudah dilatih.',
    ),
  ];
}

function permitItem(f: ReadinessFacts): ChecklistItem {
  if (!FOOD_CATEGORIES.includes(f.category)) return item('izin', true, 'Kategori ini tidak memerlukan izin pangan.');
  const halal = hasValid(f, 'halal');
  const food = hasValid(f, 'pirt') || hasValid(f, 'bpom');
  const missing = [...(halal ? [] : [PERMIT_KIND_LABELS.halal]), ...(food ? [] : ['P-IRT atau izin edar BPOM'])];
  return item(
    'izin',
    missing.length === 0,
    missing.length === 0
      ? 'Sertifikat halal dan izin pangan masih berlaku.'
      : `Belum ada yang berlaku: ${missing.join(' dan ')}.`,
  );
}

function steadyItem(f: ReadinessFacts, weeks: number): ChecklistItem {
  const covered = windowsCovered(f.batchDates, f.today, 7, weeks);
  return item(
    `produksi_stabil_${weeks}`,
    covered === weeks,
    covered === weeks
      ? `Produksi rutin setiap minggu selama ${weeks} minggu terakhir.`
      : `Produksi baru ada di ${covered} dari ${weeks} minggu terakhir; perlu minimal satu batch setiap minggu.`,
  );
}

function marketItems(f: ReadinessFacts, weeks: number): ChecklistItem[] {
  const packed = f.packagingReady && f.labelReady;
  const channels = f.salesChannels.length;
  return [
    item(
      'kemasan_label',
      packed,
      packed
        ? 'Kemasan dan label siap.'
        : `Belum siap: ${[f.packagingReady ? null : 'kemasan', f.labelReady ? null : 'label'].filter(Boolean).join(' dan ')}.`,
    ),
    permitItem(f),
    steadyItem(f, weeks),
    item(
      'saluran',
      channels > 0,
      channels > 0 ? `${channels} saluran penjualan.` : 'Tetapkan minimal satu saluran penjualan.',
    ),
  ];
}

function flagshipItems(f: ReadinessFacts): ChecklistItem[] {
  const brand = hasValid(f, 'merek');
  const months = windowsCovered(f.saleDates, f.today, 30, 3);
  return [
    item('merek', brand, brand ? 'Merek sudah terdaftar.' : 'Daftarkan merek produk.'),
    item(
      'penjualan_3_bulan',
      months === 3,
      months === 3
        ? 'Ada penjualan di setiap bulan selama 3 bulan terakhir.'
        : `Penjualan baru ada di ${months} dari 3 bulan terakhir.`,
    ),
  ];
}

/** The checklist a product must meet to reach `target`; each stage includes what the earlier ones ask. */
export function checklistFor(target: ProductStage, f: ReadinessFacts): ChecklistItem[] {
  if (target === 'uji_coba') return [];
  if (target === 'pengembangan') return basics(f);
  if (target === 'siap_pasar') return [...basics(f), ...marketItems(f, 4)];
  return [...basics(f), ...marketItems(f, 8), ...flagshipItems(f)];
}

export function allMet(items: readonly ChecklistItem[]): boolean {
  return items.every((i) => i.met);
}

/** The unit's calendar date at `at` (YYYY-MM-DD): permits and production are counted in local days. */
export function localToday(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
