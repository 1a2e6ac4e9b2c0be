import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { StoredFileSchema } from '@selaras/contracts';
import { requirePrincipal } from '../access/access.js';
import { rethrowMalformedMultipart } from '../http/multipart.js';
import type { FilesService } from './files.service.js';
import * as errors from './files.errors.js';

const IdParams = z.object({ id: z.uuid() });
const read = { access: { permission: 'directives:read' } } as const;

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function sendBytes(reply: FastifyReply, mime: string, bytes: Buffer) {
  return reply
    .header('content-type', mime)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=3600')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(bytes);
}

export function filesRoutes(service: FilesService, opts: { uploadLimitBytes: number }): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/files',
      {
        schema: {
          tags: ['files'],
          description: 'multipart/form-data with one part named "file": JPEG, PNG, WebP, PDF, DOCX or XLSX. The same bytes uploaded again by the same unit return the same file.',
          response: { 201: StoredFileSchema },
        },
        config: { access: { permission: 'files:upload' } },
      },
      async (req, reply) => {
        const principal = requirePrincipal(req.principal);
        const part = await req.file().catch(rethrowMalformedMultipart);
        if (!part || part.fieldname !== 'file') throw errors.missingFile();
        const bytes = await part.toBuffer().catch((error: unknown) => {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw errors.tooLarge(opts.uploadLimitBytes);
          return rethrowMalformedMultipart(error);
        });
        return reply.code(201).send(await service.upload(principal, { bytes, filename: part.filename }));
      },
    );

    app.get(
      '/files/:id',
      { schema: { tags: ['files'], params: IdParams, description: 'The original bytes, as an attachment.' }, config: read },
      async (req, reply) => {
        const file = await service.download(requirePrincipal(req.principal), req.params.id);
        return sendBytes(reply.header('content-disposition', contentDisposition(file.name)), file.mime, file.bytes);
      },
    );

    app.get(
      '/files/:id/thumbnail',
      { schema: { tags: ['files'], params: IdParams, description: 'A WebP preview of a photo, without its EXIF.' }, config: read },
      async (req, reply) => {
        const thumb = await service.thumbnail(requirePrincipal(req.principal), req.params.id);
        return sendBytes(reply, 'image/webp', thumb.bytes);
      },
    );
  };
}
