import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendProblem } from './problem.js';

const ONE_YEAR_MS = 31_536_000_000;

/**
 * Serves the built web app: hashed assets cached for a year, everything else (index.html, the service worker,
 * the manifest) revalidated on every visit, and any other path gets index.html. The build writes `.br` and
 * `.gz` beside each text file; a browser that accepts them gets them, with `Vary: Accept-Encoding`.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const root = path.resolve(webDist);
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true });
  app.get('/*', { config: { access: { public: true } }, schema: { hide: true } }, async (request, reply) => {
    // Fastify has already refused malformed percent-encoding (FST_ERR_BAD_URL → 400).
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
    const isFile = file.startsWith(root + path.sep) && existsSync(file) && statSync(file).isFile();
    if (isFile && urlPath.startsWith('/assets/')) {
      return reply.sendFile(path.relative(root, file), root, { maxAge: ONE_YEAR_MS, immutable: true });
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile(isFile ? path.relative(root, file) : 'index.html', root, { cacheControl: false });
  });
}

export function hasWebBuild(webDist: string): boolean {
  return existsSync(path.join(webDist, 'index.html'));
}
