/** The vocabulary of flagship products and the cooperative (DOMAIN §6), shared by the API, the UI and the tables. */

export const PRODUCT_STAGES = ['uji_coba', 'pengembangan', 'siap_pasar', 'unggulan'] as const;
export type ProductStage = (typeof PRODUCT_STAGES)[number];
/** Stages the public catalogue shows. */
export const MARKET_STAGES: readonly ProductStage[] = ['siap_pasar', 'unggulan'];

export function nextStage(stage: ProductStage): ProductStage | null {
  return PRODUCT_STAGES[PRODUCT_STAGES.indexOf(stage) + 1] ?? null;
}

export const PRODUCT_CATEGORIES = ['makanan', 'minuman', 'tekstil', 'kerajinan', 'pertanian', 'perikanan', 'peternakan', 'mebel', 'lainnya'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];
/** Food and drink need a food permit (P-IRT or BPOM) and a halal certificate before they reach the market. */
export const FOOD_CATEGORIES: readonly ProductCategory[] = ['makanan', 'minuman'];

export const PERMIT_KINDS = ['pirt', 'halal', 'bpom', 'merek'] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];

export const SALES_CHANNELS = ['koperasi', 'outlet', 'online', 'pembeli_usaha', 'pameran'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

export const STAGE_REQUEST_STATUSES = ['diajukan', 'disetujui', 'dikembalikan'] as const;
export type StageRequestStatus = (typeof STAGE_REQUEST_STATUSES)[number];

export const WORK_BASES = ['potong', 'jam'] as const;
export type WorkBasis = (typeof WORK_BASES)[number];

export const ORDER_REQUEST_STATUSES = ['baru', 'dihubungi', 'selesai', 'ditolak'] as const;
export type OrderRequestStatus = (typeof ORDER_REQUEST_STATUSES)[number];

export const COOPERATIVE_STATUSES = ['belum_terdaftar', 'akta_terbit', 'berbadan_hukum'] as const;
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number];

export const PREMI_ENTRY_KINDS = ['penjualan', 'pembayaran'] as const;
export type PremiEntryKind = (typeof PREMI_ENTRY_KINDS)[number];

/** Premi is never paid in cash. */
export const PAYOUT_METHODS = ['kartu_uang_elektronik', 'tabungan_bank'] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];
