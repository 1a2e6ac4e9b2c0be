import { bigint, boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { PRODUCT_CATEGORIES, PRODUCT_STAGES, PERMIT_KINDS, SALES_CHANNELS, STAGE_REQUEST_STATUSES, WORK_BASES, ORDER_REQUEST_STATUSES } from '@selaras/contracts';
import { idColumn, timestamps } from '../../platform/db/columns.js';
import { orgUnits } from '../org-units/org-units.table.js';
import { inmates } from '../programmes/programmes.table.js';

/** A product made in a unit, on its way from trial to flagship. Money is whole rupiah. */
export const products = pgTable(
  'products',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    name: text('name').notNull(),
    brand: text('brand'),
    category: text('category', { enum: PRODUCT_CATEGORIES }).notNull(),
    description: text('description').notNull(),
    /** What one sold piece is: "bungkus", "lembar", "kg". */
    unitOfSale: text('unit_of_sale').notNull(),
    priceRupiah: bigint('price_rupiah', { mode: 'number' }),
    costRupiah: bigint('cost_rupiah', { mode: 'number' }),
    capacityPerWeek: integer('capacity_per_week').notNull().default(0),
    inmatesInvolved: integer('inmates_involved').notNull().default(0),
    inmatesTrained: integer('inmates_trained').notNull().default(0),
    packagingReady: boolean('packaging_ready').notNull().default(false),
    labelReady: boolean('label_ready').notNull().default(false),
    salesChannels: jsonb('sales_channels').$type<(typeof SALES_CHANNELS)[number][]>().notNull().default([]),
    /** Uploaded photos (files), first is the cover; public copies are re-encoded without metadata. */
    photoFileIds: jsonb('photo_file_ids').$type<string[]>().notNull().default([]),
    stage: text('stage', { enum: PRODUCT_STAGES }).notNull().default('uji_coba'),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    archived: boolean('archived').notNull().default(false),
    createdByUserId: uuid('created_by_user_id').notNull(),
    ...timestamps(),
  },
  (t) => [index('products_path_idx').using('btree', t.unitPath.op('text_pattern_ops')), index('products_stage_idx').on(t.stage)],
);

/** A permit of a product (P-IRT, BPJPH halal, BPOM, brand registration), with its number and expiry. */
export const productPermits = pgTable(
  'product_permits',
  {
    id: idColumn(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    unitPath: text('unit_path').notNull(),
    kind: text('kind', { enum: PERMIT_KINDS }).notNull(),
    number: text('number').notNull(),
    issuedOn: date('issued_on').notNull(),
    /** Null for a permit without an expiry. */
    expiresOn: date('expires_on'),
    fileId: uuid('file_id'),
    ...timestamps(),
  },
  (t) => [index('product_permits_product_idx').on(t.productId), index('product_permits_expiry_idx').on(t.expiresOn)],
);

/** One reminder per permit and threshold ("90", "30", "7", "0" days before expiry): sent exactly once. */
export const permitRemindersSent = pgTable(
  'permit_reminders_sent',
  {
    permitId: uuid('permit_id')
      .notNull()
      .references(() => productPermits.id),
    thresholdDays: integer('threshold_days').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.permitId, t.thresholdDays] })],
);

/** The unit asks to advance a product one stage; the parent Kanwil approves or returns it with reasons. */
export const productStageRequests = pgTable(
  'product_stage_requests',
  {
    id: idColumn(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    unitPath: text('unit_path').notNull(),
    fromStage: text('from_stage', { enum: PRODUCT_STAGES }).notNull(),
    toStage: text('to_stage', { enum: PRODUCT_STAGES }).notNull(),
    status: text('status', { enum: STAGE_REQUEST_STATUSES }).notNull(),
    /** The checklist as evaluated when asked: what the approver saw. */
    checklist: jsonb('checklist').$type<{ code: string; met: boolean; detail: string }[]>().notNull(),
    note: text('note'),
    requestedByUserId: uuid('requested_by_user_id').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
  },
  (t) => [index('product_stage_requests_product_idx').on(t.productId), index('product_stage_requests_path_idx').using('btree', t.unitPath.op('text_pattern_ops'))],
);

/** A production batch: its quantity can be sold, and the inmates who made it share the premi of those sales. */
export const productionBatches = pgTable(
  'production_batches',
  {
    id: idColumn(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    producedOn: date('produced_on').notNull(),
    quantity: integer('quantity').notNull(),
    /** How the workers' shares are weighed: pieces made or hours worked. */
    workBasis: text('work_basis', { enum: WORK_BASES }).notNull(),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
    ...timestamps(),
  },
  (t) => [index('production_batches_product_idx').on(t.productId, t.producedOn), index('production_batches_path_idx').using('btree', t.unitPath.op('text_pattern_ops'))],
);

export const batchWorkers = pgTable(
  'batch_workers',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => productionBatches.id),
    inmateId: uuid('inmate_id')
      .notNull()
      .references(() => inmates.id),
    /** Pieces or hours, by the batch's work basis. */
    amount: doublePrecision('amount').notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.inmateId] }), index('batch_workers_inmate_idx').on(t.inmateId)],
);

/** An order request from the public catalogue: it reaches the unit's cooperative. The buyer's contact is all it keeps. */
export const orderRequests = pgTable(
  'order_requests',
  {
    id: idColumn(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    unitPath: text('unit_path').notNull(),
    buyerName: text('buyer_name').notNull(),
    contact: text('contact').notNull(),
    quantity: integer('quantity').notNull(),
    message: text('message'),
    status: text('status', { enum: ORDER_REQUEST_STATUSES }).notNull().default('baru'),
    handledByUserId: uuid('handled_by_user_id'),
    ...timestamps(),
  },
  (t) => [index('order_requests_path_idx').using('btree', t.unitPath.op('text_pattern_ops'))],
);
