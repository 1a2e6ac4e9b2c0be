import type { Database } from '../platform/db/index.js';
import { seedIfEmpty } from '../seed.js';
import { addSyntheticUpts } from './national-units.js';
import { addNationalDirectives, type NationalDirectivesResult } from './national-directives.js';
import { addNationalProducts, type NationalProductsResult } from './national-products.js';
import { addNationalIncidents } from './national-incidents.js';

export type NationalDataset = NationalDirectivesResult & { upts: number; seconds: number; products: NationalProductsResult; incidents: number };

/**
 * Scale 1: ~520 UPTs and 500 directives to all of them (~270k follow-ups, ~1M report versions), and per UPT
 * three products with a year of weekly batches and sales (~80k of each) and their premi credits, and six
 * incidents over the last year.
 */
export async function buildNationalDataset(
  database: Database,
  opts: { scale: number; now?: Date },
): Promise<NationalDataset> {
  const started = performance.now();
  await database.migrate();
  await seedIfEmpty(database, { demo: true });
  const upts = await addSyntheticUpts(database.db, Math.round(520 * Math.min(1, opts.scale)));
  const directives = await addNationalDirectives(database.db, {
    count: Math.max(1, Math.round(500 * opts.scale)),
    now: opts.now ?? new Date(),
  });
  const products = await addNationalProducts(database.db, { now: opts.now ?? new Date() });
  const incidents = await addNationalIncidents(database.db, { now: opts.now ?? new Date() });
  return { upts, ...directives, products, incidents, seconds: (performance.now() - started) / 1000 };
}
