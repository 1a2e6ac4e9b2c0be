import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/index.js';
import { AppError } from './errors.js';
import { idempotencyKeys } from './idempotency.table.js';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
const ABANDONED_AFTER_MS = 60_000;

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyRequest {
    idempotencyClaim: { owner: string; key: string } | null;
  }
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n`)
    .update(request.body === undefined ? '' : JSON.stringify(request.body))
    .digest('hex');
}

/**
 * A POST carrying `Idempotency-Key` runs once per signed-in user and key: a retry gets the first
 * response back (with `Idempotent-Replayed: true`) instead of creating a duplicate.
 */
export function registerIdempotency(app: FastifyInstance, deps: { db: Db }): void {
  app.decorateRequest('idempotencyClaim', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || !request.principal) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new AppError({
        code: 'idempotency.invalid_key',
        status: 400,
        title: 'Idempotency-Key tidak valid',
        detail: 'Idempotency-Key harus 8–128 karakter huruf, angka, "-" atau "_" (misalnya UUID).',
      });
    }
    const owner = request.principal.userId;
    const hash = requestHash(request);
    const inserted = await deps.db
      .insert(idempotencyKeys)
      .values({ owner, key, method: request.method, path: request.url, requestHash: hash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) {
      request.idempotencyClaim = { owner, key };
      return;
    }
    const [existing] = await deps.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, key)));
    if (!existing || existing.requestHash !== hash) {
      throw new AppError({
        code: 'idempotency.key_reused',
        status: 422,
        title: 'Idempotency-Key sudah dipakai',
        detail: 'Kunci ini sudah dipakai untuk permintaan lain. Gunakan kunci baru untuk permintaan baru.',
      });
    }
    if (existing.statusCode === null) {
      // A first attempt whose process died never completes: after a while a retry may take over.
      const takenOver = await deps.db
        .update(idempotencyKeys)
        .set({ createdAt: new Date() })
        .where(
          and(
            eq(idempotencyKeys.owner, owner),
            eq(idempotencyKeys.key, key),
            isNull(idempotencyKeys.statusCode),
            lt(idempotencyKeys.createdAt, new Date(Date.now() - ABANDONED_AFTER_MS)),
          ),
        )
        .returning({ key: idempotencyKeys.key });
      if (takenOver.length > 0) {
        request.idempotencyClaim = { owner, key };
        return;
      }
      throw new AppError({
        code: 'idempotency.in_progress',
        status: 409,
        title: 'Masih diproses',
        detail: 'Permintaan yang sama masih diproses. Coba lagi sebentar lagi.',
        headers: { 'retry-after': '2' },
      });
    }
    return reply
      .code(existing.statusCode)
      .header('idempotent-replayed', 'true')
      .type(existing.contentType ?? 'application/json')
      .send(existing.responseBody ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    const where = and(eq(idempotencyKeys.owner, claim.owner), eq(idempotencyKeys.key, claim.key));
    if (reply.statusCode >= 500 || (payload !== null && typeof payload !== 'string')) {
      // Let a retry run again rather than replay a failure.
      await deps.db.delete(idempotencyKeys).where(where);
      return payload;
    }
    const contentType = reply.getHeader('content-type');
    await deps.db
      .update(idempotencyKeys)
      .set({
        statusCode: reply.statusCode,
        responseBody: payload ?? '',
        contentType: typeof contentType === 'string' ? contentType : null,
        completedAt: new Date(),
      })
      .where(where);
    return payload;
  });
}

/**
 * Forgets the unfinished claims of a process that died (SIGKILL, power cut), so their retries run at
 * once instead of answering "in progress" for a minute. Only for a database this process alone uses,
 * as PGlite (its directory is locked to one process): with PostgreSQL another instance may still be
 * working on its claims, and the 60 s rule stays the only takeover.
 */
export async function releaseUnfinishedClaims(db: Db): Promise<number> {
  const released = await db.delete(idempotencyKeys).where(isNull(idempotencyKeys.statusCode)).returning({ key: idempotencyKeys.key });
  return released.length;
}
