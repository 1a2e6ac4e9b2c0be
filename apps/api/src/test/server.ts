import type { AddressInfo } from 'node:net';
import { buildApp, DEFAULT_WEB_DIST } from '../app.js';
import type { Database } from '../platform/db/index.js';
import { createTestDb } from './db.js';
import { removeTempDataDir, testConfig } from './app.js';

/** The full app listening on a free loopback port with a fresh demo database and the built web app. */
export async function startTestServer(): Promise<{ url: string; database: Database; close(): Promise<void> }> {
  const database = await createTestDb();
  const config = testConfig({ webDist: DEFAULT_WEB_DIST });
  const app = await buildApp({ config, database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    close: async () => {
      await app.close();
      await database.close();
      removeTempDataDir(config);
    },
  };
}
