import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { InfoSchema } from '@selaras/contracts';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import { sendProblem } from './problem.js';

const VERSION = '0.1.0';

/** Liveness (process), readiness (database) and build information. */
export function registerOpsRoutes(app: FastifyInstance, deps: { database: Database; config: Config }): void {
  const publicRoute = { access: { public: true } } as const;
  app.get('/healthz', { config: publicRoute, schema: { tags: ['ops'] } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: publicRoute, schema: { tags: ['ops'] } }, async (request, reply) => {
    try {
      await deps.database.ping();
      return { status: 'ok', database: deps.database.kind };
    } catch {
      return sendProblem(request, reply, {
        status: 503,
        code: 'not_ready',
        title: 'Belum siap',
        detail: 'Basis data tidak dapat dihubungi.',
      });
    }
  });
  app.get(
    '/api/v1/info',
    { config: publicRoute, schema: { tags: ['ops'], response: { 200: InfoSchema } } },
    async (): Promise<z.infer<typeof InfoSchema>> => ({
      name: 'Selaras',
      version: VERSION,
      commit: deps.config.commit,
      database: deps.database.kind,
      demo: deps.config.demo,
    }),
  );
  app.get('/api/openapi.json', { config: publicRoute, schema: { hide: true } }, async () => app.swagger());
}
