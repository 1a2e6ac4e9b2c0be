import { date, doublePrecision, index, integer, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../platform/db/columns.js';

export const orgUnits = pgTable(
  'org_units',
  {
    id: idColumn(),
    kind: text('kind', { enum: ['ministry', 'hq', 'kanwil', 'upt'] }).notNull(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    type: text('type', { enum: ['LAPAS', 'RUTAN', 'CABRUTAN', 'LPKA', 'LPAS', 'BAPAS', 'RUPBASAN'] }),
    variant: text('variant', { enum: ['UMUM', 'PEREMPUAN', 'NARKOTIKA', 'KHUSUS', 'TERBUKA', 'PEMUDA', 'ANAK'] }),
    class: text('class', { enum: ['I', 'IIA', 'IIB', 'III', 'II'] }),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id),
    kanwilId: uuid('kanwil_id').references((): AnyPgColumn => orgUnits.id),
    /** Materialised path of codes, e.g. /kemenimipas/ditjenpas/banten/lapas-kelas-i-tangerang/ */
    path: text('path').notNull().unique(),
    city: text('city'),
    province: text('province'),
    timezone: text('timezone', { enum: ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] }).notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    capacity: integer('capacity'),
    occupants: integer('occupants'),
    figuresAsOf: text('figures_as_of'),
    provenance: text('provenance'),
    ...timestamps(),
  },
  (t) => [
    index('org_units_path_pattern_idx').using('btree', t.path.op('text_pattern_ops')),
    index('org_units_parent_idx').on(t.parentId),
    index('org_units_kanwil_idx').on(t.kanwilId),
  ],
);

/** Class changes over time (units get upgraded); the current class is also on org_units. */
export const unitClassHistory = pgTable(
  'unit_class_history',
  {
    id: idColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    class: text('class', { enum: ['I', 'IIA', 'IIB', 'III', 'II'] }),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    note: text('note'),
    ...timestamps(),
  },
  (t) => [index('unit_class_history_unit_idx').on(t.unitId, t.effectiveFrom)],
);
