import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OpenUploadBodySchema, StoredFileSchema, UPLOAD_CHUNK_LIMIT_BYTES, UploadSessionSchema } from '@selaras/contracts';
import { requirePrincipal } from '../access/access.js';
import type { UploadsService } from './uploads.service.js';
import * as errors from './uploads.errors.js';

const IdParams = z.object({ id: z.uuid() });
const upload = { access: { permission: 'files:upload' } } as const;
const CHUNK_TYPE = 'application/offset+octet-stream';

function offsetHeader(value: unknown): number {
  const offset = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(offset)) throw errors.missingOffset();
  return offset;
}

/** Resumable uploads: open, send chunks at the received offset, ask where it stands, complete. */
export function uploadsRoutes(service: UploadsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser(CHUNK_TYPE, { parseAs: 'buffer', bodyLimit: UPLOAD_CHUNK_LIMIT_BYTES }, (_req, body, done) => done(null, body));

    app.post(
      '/uploads',
      {
        schema: {
          tags: ['files'],
          description:
            'Opens a resumable upload of `size` bytes (at most the same limit as POST /files). Send the bytes with PATCH in chunks, then POST …/complete. Abandoned uploads are removed after 24 hours.',
          body: OpenUploadBodySchema,
          response: { 201: UploadSessionSchema },
        },
        config: upload,
      },
      async (req, reply) => reply.code(201).send(await service.openUpload(requirePrincipal(req.principal), req.body)),
    );

    app.get(
      '/uploads/:id',
      {
        schema: {
          tags: ['files'],
          params: IdParams,
          description: 'Where an upload stands (also as HEAD): the bytes received so far, in the body and in the Upload-Offset header. Resume from there after a broken connection.',
          response: { 200: UploadSessionSchema },
        },
        config: upload,
      },
      async (req, reply) => {
        const session = await service.status(requirePrincipal(req.principal), req.params.id);
        return reply.header('upload-offset', String(session.offset)).header('cache-control', 'no-store').send(session);
      },
    );

    app.patch(
      '/uploads/:id',
      {
        schema: {
          tags: ['files'],
          params: IdParams,
          consumes: [CHUNK_TYPE],
          description: `Appends a chunk (${CHUNK_TYPE}, at most 1 MiB) when the Upload-Offset header equals the bytes received so far; otherwise 409 with the current offset in Upload-Offset. Answers 204 with the new Upload-Offset.`,
        },
        config: upload,
      },
      async (req, reply) => {
        const offset = offsetHeader(req.headers['upload-offset']);
        if (!Buffer.isBuffer(req.body)) throw errors.notAChunk();
        const chunk = req.body;
        const session = await service.appendChunk(requirePrincipal(req.principal), req.params.id, offset, chunk);
        return reply.code(204).header('upload-offset', String(session.offset)).send();
      },
    );

    app.post(
      '/uploads/:id/complete',
      {
        schema: {
          tags: ['files'],
          params: IdParams,
          description:
            'Stores the received bytes exactly as POST /files does (type sniffed, EXIF read, thumbnail, same bytes → same file). 409 while bytes are missing; completing again returns the same file.',
          response: { 201: StoredFileSchema },
        },
        config: upload,
      },
      async (req, reply) => reply.code(201).send(await service.complete(requirePrincipal(req.principal), req.params.id)),
    );
  };
}
