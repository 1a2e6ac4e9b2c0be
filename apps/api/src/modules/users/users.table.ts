import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../platform/db/columns.js';
import { orgUnits } from '../org-units/org-units.table.js';

export const users = pgTable('users', {
  id: idColumn(),
  username: text('username').notNull().unique(),
  name: text('name').notNull(),
  nip: text('nip').unique(),
  email: text('email'),
  whatsapp: text('whatsapp'),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  ...timestamps(),
});

/** A post held by a user: responsibility attaches to the position, actions record who held it. */
export const positions = pgTable(
  'positions',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    role: text('role', {
      enum: ['admin', 'leader', 'verifier', 'operator', 'security_officer', 'programme_officer', 'cooperative_officer', 'viewer'],
    }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index('positions_user_idx').on(t.userId), index('positions_unit_idx').on(t.unitId)],
);
