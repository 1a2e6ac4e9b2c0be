import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from './ids.js';

export function idColumn() {
  return uuid('id').primaryKey().$defaultFn(() => uuidv7());
}

export function timestamps() {
  return {
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  };
}
