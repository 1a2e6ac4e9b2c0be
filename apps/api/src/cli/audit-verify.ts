// `npm run audit:verify`: recomputes every audit hash chain of the configured database.
// Exit 0: intact; 1: a link is broken (the first one is named); 2: the check could not run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { eq } from 'drizzle-orm';
import { verifyAuditChains, type ChainBreak, type VerifyResult } from '../platform/audit/audit.js';
import { ConfigError, loadConfig, type Config } from '../platform/config.js';
import { DataDirInUseError } from '../platform/db/dir-lock.js';
import { openDatabase, type Db } from '../platform/db/index.js';
import { orgUnits } from '../modules/org-units/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A chain is keyed by its unit's id (or "global" for events without a unit): name the unit for people. */
export async function describeChain(db: Db, chainKey: string): Promise<string> {
  if (!UUID.test(chainKey)) return `chain "${chainKey}"`;
  const [unit] = await db
    .select({ name: orgUnits.name, code: orgUnits.code })
    .from(orgUnits)
    .where(eq(orgUnits.id, chainKey));
  return unit ? `chain of unit ${unit.name} (${unit.code}, ${chainKey})` : `chain ${chainKey} (unit no longer exists)`;
}

export function describeBreak(b: ChainBreak, chain: string): string {
  const event = b.eventId ? `event ${b.eventId}` : 'no event row';
  return `Audit trail BROKEN: ${chain}, sequence ${b.seq}, ${event}: ${b.reason}`;
}

export function describeOk(r: VerifyResult): string {
  return `Audit trail OK: ${r.checked} events in ${r.chains} chains`;
}

class NothingToVerify extends Error {}

/** Opening a missing PGlite directory would create an empty database; a check must not do that. */
async function openExisting(config: Config) {
  const dir = path.resolve(config.dataDir, 'pglite');
  if (!config.databaseUrl && !existsSync(path.join(dir, 'PG_VERSION'))) {
    throw new NothingToVerify(`No database in ${dir}. Set DATA_DIR to the server's data directory, or DATABASE_URL.`);
  }
  return openDatabase(config);
}

function explain(err: unknown): string {
  if (err instanceof ConfigError || err instanceof DataDirInUseError || err instanceof NothingToVerify)
    return err.message;
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : null;
  if (cause?.startsWith('relation') && cause.includes('does not exist'))
    return `${cause} (has the database been migrated? Start the server once.)`;
  return err instanceof Error ? (err.stack ?? err.message) + (cause ? `\ncaused by: ${cause}` : '') : String(err);
}

/** Runs the check; returns the process exit code. */
export async function runAuditVerify(): Promise<number> {
  try {
    const database = await openExisting(loadConfig());
    try {
      const result = await verifyAuditChains(database.db);
      if (result.ok || !result.firstBreak) {
        process.stdout.write(`${describeOk(result)}\n`);
        return 0;
      }
      const chain = await describeChain(database.db, result.firstBreak.chainKey);
      process.stdout.write(`${describeBreak(result.firstBreak, chain)}\n`);
      process.stdout.write(`(${result.checked} events verified intact before it)\n`);
      return 1;
    } finally {
      await database.close();
    }
  } catch (err) {
    process.stderr.write(`audit:verify could not run: ${explain(err)}\n`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runAuditVerify();
}
