import PgBoss from 'pg-boss';
import type { Database } from '../db/index.js';

export type JobHandler<T> = (data: T) => Promise<void>;

export type QueueOptions = { retryLimit?: number; retryDelaySeconds?: number; retryBackoff?: boolean };

/** The scheduler: pg-boss on the application's database, started after migration and stopped on shutdown. */
export type Jobs = {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Creates the queue (with its retry policy) and starts working it. */
  work<T extends object>(name: string, handler: JobHandler<T>, options?: QueueOptions): Promise<void>;
  /** Runs the queue's job on a cron (UTC); with several instances each tick runs once. */
  schedule(name: string, cron: string, data?: object): Promise<void>;
  /** Enqueues a job; an `id` already queued is ignored, so re-sending is harmless. */
  send(name: string, data: object, options?: { id?: string; singletonKey?: string }): Promise<string | null>;
  /** The cron schedules registered on this database. */
  schedules(): Promise<{ name: string; cron: string }[]>;
  onError(listener: (err: Error) => void): void;
};

export type JobsOptions = {
  /** How often idle workers look for work; lower in tests. */
  pollingIntervalSeconds?: number;
  /** Whether this instance evaluates cron schedules (every instance may; each tick still runs once). */
  schedule?: boolean;
};

/** pg-boss talks to PGlite through its one connection (queries wait while a transaction holds it). */
function bossFor(database: Database, options: JobsOptions): PgBoss {
  const common = { schedule: options.schedule ?? true, supervise: true, migrate: true, application_name: 'selaras-jobs' };
  const lite = database.lite;
  if (lite) {
    return new PgBoss({
      ...common,
      db: {
        executeSql: async (text: string, values: unknown[] = []) => {
          if (values.length) return lite.query(text, values);
          const results = await lite.exec(text);
          return results.length === 1 && results[0] ? results[0] : { rows: results.flatMap((r) => r.rows) };
        },
      },
    });
  }
  if (!database.url) throw new Error('the job scheduler needs the PostgreSQL connection string');
  return new PgBoss({ ...common, connectionString: database.url, max: 4 });
}

export function createJobs(database: Database, options: JobsOptions = {}): Jobs {
  const boss = bossFor(database, options);
  const polling = options.pollingIntervalSeconds ?? 2;
  const queues = new Set<string>();
  let started = false;

  async function ensureQueue(name: string, q: QueueOptions = {}) {
    if (queues.has(name)) return;
    await boss.createQueue(name, {
      name,
      retryLimit: q.retryLimit ?? 0,
      retryDelay: q.retryDelaySeconds ?? 30,
      retryBackoff: q.retryBackoff ?? false,
    });
    queues.add(name);
  }

  return {
    start: async () => {
      await boss.start();
      started = true;
    },
    stop: async () => {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: true });
    },
    work: async (name, handler, q) => {
      await ensureQueue(name, q);
      await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: polling, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await handler(job.data as never);
      });
    },
    schedule: async (name, cron, data = {}) => {
      await ensureQueue(name);
      await boss.schedule(name, cron, data, { tz: 'UTC' });
    },
    send: async (name, data, opts = {}) => {
      await ensureQueue(name);
      return boss.send(name, data, opts);
    },
    schedules: async () => (await boss.getSchedules()).map((s) => ({ name: s.name, cron: s.cron })),
    onError: (listener) => {
      boss.on('error', listener);
    },
  };
}
