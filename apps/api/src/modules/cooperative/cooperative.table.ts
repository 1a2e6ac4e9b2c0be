import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { COOPERATIVE_STATUSES, PAYOUT_METHODS, PREMI_ENTRY_KINDS, SALES_CHANNELS } from '@selaras/contracts';
import { idColumn, timestamps } from '../../platform/db/columns.js';
import { orgUnits } from '../org-units/org-units.table.js';
import { inmates } from '../programmes/programmes.table.js';
import { productionBatches, products } from '../products/products.table.js';

/** A UPT's primary cooperative (Primkopasindo) and how far its registration has come. */
export const cooperatives = pgTable('cooperatives', {
  id: idColumn(),
  unitId: uuid('unit_id')
    .notNull()
    .unique()
    .references(() => orgUnits.id),
  unitPath: text('unit_path').notNull(),
  name: text('name').notNull(),
  status: text('status', { enum: COOPERATIVE_STATUSES }).notNull(),
  deedNumber: text('deed_number'),
  deedDate: date('deed_date'),
  /** The Minister of Law's decision granting legal-entity status (SK AHU). */
  legalEntityNumber: text('legal_entity_number'),
  legalEntityDate: date('legal_entity_date'),
  updatedByUserId: uuid('updated_by_user_id').notNull(),
  ...timestamps(),
});

/** The weekly pre-order to Inkopasindo; on time when sent before the week starts in the unit's zone. */
export const cooperativePreorders = pgTable(
  'cooperative_preorders',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    /** Monday of the delivery week. */
    weekStart: date('week_start').notNull(),
    items: jsonb('items').$type<{ name: string; quantity: number; unit: string }[]>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    timeliness: text('timeliness', { enum: ['tepat_waktu', 'terlambat'] }).notNull(),
    submittedByUserId: uuid('submitted_by_user_id').notNull(),
    ...timestamps(),
  },
  (t) => [unique('cooperative_preorders_unit_week').on(t.unitId, t.weekStart), index('cooperative_preorders_path_idx').using('btree', t.unitPath.op('text_pattern_ops'))],
);

/** The cooperative shop's displayed prices, with the market price they must follow. */
export const cooperativePrices = pgTable(
  'cooperative_prices',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    itemName: text('item_name').notNull(),
    unitOfSale: text('unit_of_sale').notNull(),
    priceRupiah: bigint('price_rupiah', { mode: 'number' }).notNull(),
    marketPriceRupiah: bigint('market_price_rupiah', { mode: 'number' }),
    ...timestamps(),
  },
  (t) => [unique('cooperative_prices_unit_item').on(t.unitId, t.itemName, t.unitOfSale), index('cooperative_prices_path_idx').using('btree', t.unitPath.op('text_pattern_ops'))],
);

/**
 * How proceeds are split, in basis points summing to 10,000. Sources disagree (50/35/15 vs 50/15/35), so admins
 * set it; a rule takes effect from a moment never in the past, and a sale keeps the rule in force on its date.
 */
export const splitRules = pgTable('proceeds_split_rules', {
  id: idColumn(),
  pnbpBasisPoints: integer('pnbp_basis_points').notNull(),
  premiBasisPoints: integer('premi_basis_points').notNull(),
  capitalBasisPoints: integer('capital_basis_points').notNull(),
  effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull().unique(),
  basis: text('basis').notNull(),
  createdByUserId: uuid('created_by_user_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sales = pgTable(
  'sales',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    soldOn: date('sold_on').notNull(),
    channel: text('channel', { enum: SALES_CHANNELS }).notNull(),
    /** A business buyer or exhibition name; never a private person. */
    buyer: text('buyer'),
    totalRupiah: bigint('total_rupiah', { mode: 'number' }).notNull(),
    splitRuleId: uuid('split_rule_id')
      .notNull()
      .references(() => splitRules.id),
    pnbpRupiah: bigint('pnbp_rupiah', { mode: 'number' }).notNull(),
    premiRupiah: bigint('premi_rupiah', { mode: 'number' }).notNull(),
    capitalRupiah: bigint('capital_rupiah', { mode: 'number' }).notNull(),
    /** Device-made id: the same sale sent twice is recorded once. */
    clientId: uuid('client_id').unique(),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
    ...timestamps(),
  },
  (t) => [index('sales_path_idx').using('btree', t.unitPath.op('text_pattern_ops')), index('sales_sold_on_idx').on(t.soldOn)],
);

export const saleItems = pgTable(
  'sale_items',
  {
    id: idColumn(),
    saleId: uuid('sale_id')
      .notNull()
      .references(() => sales.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => productionBatches.id),
    quantity: integer('quantity').notNull(),
    unitPriceRupiah: bigint('unit_price_rupiah', { mode: 'number' }).notNull(),
    amountRupiah: bigint('amount_rupiah', { mode: 'number' }).notNull(),
  },
  (t) => [index('sale_items_sale_idx').on(t.saleId), index('sale_items_batch_idx').on(t.batchId)],
);

/** Each inmate's premi account: credits from sales of what they made, debits for cashless payouts. Append-only. */
export const premiLedger = pgTable(
  'premi_ledger',
  {
    id: idColumn(),
    inmateId: uuid('inmate_id')
      .notNull()
      .references(() => inmates.id),
    unitPath: text('unit_path').notNull(),
    kind: text('kind', { enum: PREMI_ENTRY_KINDS }).notNull(),
    /** Positive for a credit, negative for a payout. */
    amountRupiah: bigint('amount_rupiah', { mode: 'number' }).notNull(),
    saleId: uuid('sale_id').references(() => sales.id),
    batchId: uuid('batch_id').references(() => productionBatches.id),
    payoutId: uuid('payout_id'),
    occurredOn: date('occurred_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('premi_ledger_inmate_idx').on(t.inmateId), index('premi_ledger_path_idx').using('btree', t.unitPath.op('text_pattern_ops'))],
);

/** A premi payout: cashless only, to an e-money card or a bank savings account. */
export const premiPayouts = pgTable(
  'premi_payouts',
  {
    id: idColumn(),
    inmateId: uuid('inmate_id')
      .notNull()
      .references(() => inmates.id),
    unitPath: text('unit_path').notNull(),
    amountRupiah: bigint('amount_rupiah', { mode: 'number' }).notNull(),
    method: text('method', { enum: PAYOUT_METHODS }).notNull(),
    /** The card or account reference, stored masked (last four digits). */
    accountReference: text('account_reference').notNull(),
    paidOn: date('paid_on').notNull(),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('premi_payouts_path_idx').using('btree', t.unitPath.op('text_pattern_ops'))],
);

/** A PNBP deposit to the state treasury, with its billing code (SIMPONI) and, once paid, the NTPN. */
export const pnbpDeposits = pgTable(
  'pnbp_deposits',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    billingCode: text('billing_code').notNull().unique(),
    ntpn: text('ntpn'),
    amountRupiah: bigint('amount_rupiah', { mode: 'number' }).notNull(),
    depositedOn: date('deposited_on').notNull(),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pnbp_deposits_path_idx').using('btree', t.unitPath.op('text_pattern_ops'))],
);

/** A UPT's yearly targets, set by its Kanwil or HQ; a Kanwil's target is the sum of its UPTs'. */
export const salesTargets = pgTable(
  'sales_targets',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    year: integer('year').notNull(),
    salesRupiah: bigint('sales_rupiah', { mode: 'number' }).notNull(),
    pnbpRupiah: bigint('pnbp_rupiah', { mode: 'number' }).notNull(),
    setByUserId: uuid('set_by_user_id').notNull(),
    ...timestamps(),
  },
  (t) => [unique('sales_targets_unit_year').on(t.unitId, t.year)],
);
