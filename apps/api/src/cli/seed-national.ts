// `npm run seed:national [-- --scale 0.1] [-- --no-programmes]`: fills the configured database (DATA_DIR or
// DATABASE_URL) with a national-scale dataset for benchmarks and load tests: units, two years of directives with
// reports, products with a year of batches, sales and premi, and a year of programme attendance (~280k inmates,
// ~4M attendance rows at scale 1: minutes on PGlite). Never on a production database.
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db/index.js';
import { buildNationalDataset } from '../national/national-dataset.js';
import { NATIONAL_REFERENCE_PREFIX } from '../national/national-directives.js';
import { sql } from 'drizzle-orm';
import { selectRows } from '../national/national-units.js';
import { addProgrammeDataset } from '../../bench/programmes-dataset.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, 'no-programmes': { type: 'boolean', default: false } } });
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 4)) {
  process.stderr.write('seed:national: --scale must be a number above 0 and at most 4\n');
  process.exit(2);
}
const config = loadConfig();
if (config.env === 'production') {
  process.stderr.write('seed:national refuses to run with NODE_ENV=production\n');
  process.exit(2);
}
const database = await openDatabase(config);
try {
  const [existing] = await selectRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from directives where reference like ${NATIONAL_REFERENCE_PREFIX + '%'}`,
  ).catch(() => [{ n: 0 }]);
  if ((existing?.n ?? 0) > 0) {
    process.stdout.write(
      `This database already holds the national dataset (${existing?.n} directives); nothing done.\n`,
    );
  } else {
    const r = await buildNationalDataset(database, { scale });
    process.stdout.write(
      `National dataset: ${r.upts} UPTs, ${r.directives} directives, ${r.assignments} assignments, ` +
        `${r.reports} report versions; ${r.products.products} products, ${r.products.batches} batches, ` +
        `${r.products.sales} sales, ${r.products.premiCredits} premi credits; ${r.incidents} incidents in ${r.seconds.toFixed(1)} s\n`,
    );
    if (!values['no-programmes']) {
      const started = performance.now();
      const p = await addProgrammeDataset(database.db, {
        inmates: Math.round(280_000 * scale),
        programmesPerUpt: Math.max(1, Math.round(5 * scale)),
        sessionsPerWeek: 2,
        rosterSize: 16,
        lastDay: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      });
      process.stdout.write(
        `Programmes: ${p.inmates} inmates, ${p.programmes} programmes, ${p.sessions} sessions, ` +
          `${p.attendance} attendance rows in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    }
  }
} finally {
  await database.close();
}
