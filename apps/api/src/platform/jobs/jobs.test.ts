import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb } from '../../test/db.js';
import { eventually } from '../../test/eventually.js';
import type { Database } from '../db/index.js';
import { createJobs, type Jobs } from './jobs.js';

describe('job scheduler (pg-boss on the application database)', () => {
  let database: Database;
  let jobs: Jobs;
  before(async () => {
    database = await createTestDb();
    jobs = createJobs(database, { pollingIntervalSeconds: 0.5 });
    await jobs.start();
  });
  after(async () => {
    await jobs.stop();
    await database.close();
  });

  test('a sent job is worked, once, with its data', async () => {
    const seen: string[] = [];
    await jobs.work<{ word: string }>('echo', async (data) => {
      seen.push(data.word);
    });
    await jobs.send('echo', { word: 'selaras' });
    await eventually('the job to run', async () => seen.length > 0);
    await new Promise((r) => setTimeout(r, 1_000));
    assert.deepEqual(seen, ['selaras']);
  });

  test('a job id sent twice is queued once', async () => {
    const seen: string[] = [];
    await jobs.work<{ n: number }>('once', async (data) => {
      seen.push(String(data.n));
    });
    const id = '01900000-0000-7000-8000-00000000abcd';
    assert.equal(await jobs.send('once', { n: 1 }, { id }), id);
    assert.equal(await jobs.send('once', { n: 2 }, { id }), null);
    await eventually('the job to run', async () => seen.length > 0);
    await new Promise((r) => setTimeout(r, 1_000));
    assert.deepEqual(seen, ['1']);
  });

  test('a failing job is retried', async () => {
    let calls = 0;
    await jobs.work(
      'flaky',
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('first try fails');
      },
      { retryLimit: 2, retryDelaySeconds: 1 },
    );
    await jobs.send('flaky', {});
    await eventually('the retry', async () => calls >= 2);
  });
});
