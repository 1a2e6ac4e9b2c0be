import { count } from 'drizzle-orm';
import type { Database } from './platform/db/index.js';
import { orgUnits, seedUnits } from './modules/org-units/index.js';
import { seedDemoAccounts, users } from './modules/users/index.js';
import { seedIncidentCatalogue } from './modules/incidents/incident-catalogue.seed.js';

/**
 * An empty database gets the unit hierarchy and the default Kamtib catalogue; in demo mode also the demo accounts.
 * Returns what it did, so start-up can say so.
 */
export async function seedIfEmpty(database: Database, opts: { demo: boolean; clock?: () => Date }) {
  const clock = opts.clock ?? (() => new Date());
  return database.db.transaction(async (tx) => {
    const [unitCount] = await tx.select({ n: count() }).from(orgUnits);
    const seededUnits = (unitCount?.n ?? 0) === 0;
    if (seededUnits) await seedUnits(tx, clock);
    const seededCatalogue = await seedIncidentCatalogue(tx);
    const [userCount] = await tx.select({ n: count() }).from(users);
    const seededDemo = opts.demo && (userCount?.n ?? 0) === 0;
    if (seededDemo) await seedDemoAccounts(tx);
    return { seededUnits, seededCatalogue, seededDemo };
  });
}
