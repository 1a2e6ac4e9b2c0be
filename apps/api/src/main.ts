import path from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { openDatabase } from './platform/db/index.js';
import { seedIfEmpty } from './seed.js';
import { seedDemoActivity } from './demo.js';
import { startBackground } from './background.js';
import { releaseUnfinishedClaims } from './platform/http/idempotency.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  await database.migrate();
  const seeded = await seedIfEmpty(database, { demo: config.demo });
  const releasedClaims = database.kind === 'pglite' ? await releaseUnfinishedClaims(database.db) : 0;
  const app = await buildApp({ config, database });
  if (releasedClaims > 0) app.log.warn({ releasedClaims }, 'released Idempotency-Keys left unfinished by a previous process');
  if (seeded.seededDemo) {
    app.log.info('loading demo activity: the 29 August 2025 directives and their follow-up');
    await seedDemoActivity(database.db, { filesRoot: path.resolve(config.dataDir, 'files') });
  }
  app.log.info({ database: database.kind, ...seeded, demo: config.demo }, 'database ready');
  const jobs = config.jobsEnabled ? await startBackground({ config, database, onError: (err) => app.log.error({ err }, 'job scheduler error') }) : null;
  if (jobs) app.log.info({ email: config.smtp !== null, webhook: config.webhook !== null }, 'job scheduler started');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    await app.close();
    await jobs?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((err: unknown) => {
  const message = err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`Selaras failed to start: ${message}\n`);
  process.exit(1);
});
