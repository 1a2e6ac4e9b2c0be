import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export type SeedUpt = { name: string; type: string; variant: string; city: string; kanwil: string };
export type SeedKanwil = { code: string; name: string; timezone: string };

function seed<T>(file: string): T[] {
  return parse(readFileSync(fileURLToPath(new URL(`../../seed/${file}`, import.meta.url))), { columns: true }) as T[];
}

/** The unit lists the test database is seeded from, read independently of the seeding code. */
export const SEED_UPT = seed<SeedUpt>('upt.csv');
export const SEED_KANWIL = seed<SeedKanwil>('kanwil.csv');
