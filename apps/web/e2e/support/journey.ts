import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestServer } from '../../../api/src/test/server.js';
import { launchBrowser } from './browser';

export type Journey = { server: Awaited<ReturnType<typeof startTestServer>>; browser: Browser };

/**
 * A fresh demo server and one browser for a journey file, started before its tests and closed after them;
 * `setup` then prepares the file's data against that server (in the same hook, so it never runs first).
 */
export function startJourney(setup?: (journey: Journey) => Promise<void>): Journey {
  const journey = {} as Journey;
  before(async () => {
    journey.server = await startTestServer();
    journey.browser = await launchBrowser();
    await setup?.(journey);
  });
  after(async () => {
    await journey.browser?.close();
    await journey.server?.close();
  });
  return journey;
}
