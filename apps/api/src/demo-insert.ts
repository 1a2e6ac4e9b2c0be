import type { Db } from './platform/db/index.js';

/** Inserts demo rows in chunks, so no statement outgrows PostgreSQL's limit on parameters. */
export async function insertAll(db: Db, table: Parameters<Db['insert']>[0], values: object[], chunk = 1000): Promise<void> {
  for (let i = 0; i < values.length; i += chunk) await db.insert(table).values(values.slice(i, i + chunk) as never);
}
