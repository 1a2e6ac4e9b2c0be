import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendProblem } from './problem.js';

/** Serves the built web app: hashed assets cached for a year, every other path gets index.html. */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const root = path.resolve(webDist);
  await app.register(fastifyStatic, { root, serve: false });
  app.get('/*', { config: { access: { public: true } }, schema: { hide: true } }, async (request, reply) => {
    const urlPath = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (urlPath.startsWith('/api/')) {
      return sendProblem(request, reply, {
        status: 404,
        code: 'route_not_found',
        title: 'Tidak ditemukan',
        detail: `Alamat ${request.method} ${urlPath} tidak ada.`,
      });
    }
    const file = path.resolve(root, `.${urlPath}`);
    if (file.startsWith(root + path.sep) && existsSync(file) && statSync(file).isFile()) {
      const immutable = urlPath.startsWith('/assets/');
      return reply.sendFile(path.relative(root, file), root, {
        maxAge: immutable ? 31_536_000_000 : 0,
        immutable,
      });
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', root);
  });
}

export function hasWebBuild(webDist: string): boolean {
  return existsSync(path.join(webDist, 'index.html'));
}
