import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column` lies in the subtree rooted at `pathPrefix` (materialised paths end with '/'). */
export function withinPath(column: AnyPgColumn, pathPrefix: string): SQL {
  return sql`${column} like ${`${escapeLike(pathPrefix)}%`}`;
}

export function containsText(column: AnyPgColumn, text: string): SQL {
  return sql`${column} ilike ${`%${escapeLike(text)}%`}`;
}
