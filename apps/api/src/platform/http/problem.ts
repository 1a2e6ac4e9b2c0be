import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldIssue, Problem } from '@selaras/contracts';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './errors.js';

const PROBLEM_TYPE_BASE = 'https://selaras.go.id/problems/';

/** Fastify's own client-error codes, mapped to messages a person understands. */
const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; title: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, title: 'JSON tidak valid', detail: 'Isi permintaan bukan JSON yang sah.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, title: 'Isi kosong', detail: 'Isi permintaan JSON kosong.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, title: 'Terlalu besar', detail: 'Isi permintaan melebihi batas ukuran.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, title: 'Jenis isi tidak didukung', detail: 'Jenis isi (Content-Type) tidak didukung untuk alamat ini.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, title: 'Panjang isi salah', detail: 'Content-Length tidak sesuai dengan isi permintaan.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, title: 'Bukan multipart', detail: 'Unggahan harus berupa multipart/form-data.' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, title: 'Berkas terlalu besar', detail: 'Berkas melebihi batas ukuran unggahan.' },
  FST_PARTS_LIMIT: { status: 413, title: 'Terlalu banyak bagian', detail: 'Unggahan memiliki terlalu banyak bagian.' },
  FST_FILES_LIMIT: { status: 413, title: 'Terlalu banyak berkas', detail: 'Unggahan memiliki terlalu banyak berkas.' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, title: 'Alamat terlalu panjang', detail: 'Salah satu bagian alamat melebihi panjang yang diizinkan.' },
  FST_ERR_BAD_URL: { status: 400, title: 'Alamat tidak valid', detail: 'Alamat yang diminta tidak valid.' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, title: 'Permintaan tidak valid', detail: 'Permintaan tidak valid.' },
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  p: Omit<Problem, 'type' | 'requestId'> & { headers?: Record<string, string>; extra?: Record<string, unknown> },
): FastifyReply {
  const body: Problem & Record<string, unknown> = {
    ...p.extra,
    type: PROBLEM_TYPE_BASE + p.code.replaceAll('.', '/'),
    title: p.title,
    status: p.status,
    detail: p.detail,
    code: p.code,
    requestId: request.id,
    ...(p.errors ? { errors: p.errors } : {}),
  };
  if (p.headers) reply.headers(p.headers);
  return reply.code(p.status).type('application/problem+json').send(body);
}

function validationIssues(error: FastifyError & { validation: { instancePath: string; message?: string; keyword: string }[] }): FieldIssue[] {
  const where = error.validationContext ?? 'body';
  return error.validation.map((v) => ({
    path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
    message: v.message ?? 'Nilai tidak valid',
    code: v.keyword,
  }));
}

/**
 * The router's own refusals (a malformed percent-encoding, a path segment too long) happen before any
 * route or error handler; passed to Fastify as `frameworkErrors`, they become problems like the rest.
 */
export function sendFrameworkProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = FASTIFY_CLIENT_ERRORS[error.code] ?? { status: 400, title: 'Permintaan tidak valid', detail: 'Permintaan tidak valid.' };
  reply.header('x-request-id', request.id);
  return sendProblem(request, reply, { ...known, code: `http.${error.code.toLowerCase()}` });
}

/** One renderer for every error: known ones become 4xx problems, anything else a logged 500. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = validationIssues(error);
      return sendProblem(request, reply, {
        status: 400,
        code: 'validation_failed',
        title: 'Data tidak valid',
        detail: errors.map((e) => `${e.path}: ${e.message}`).join('; '),
        errors,
      });
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) {
      return sendProblem(request, reply, { ...known, code: `http.${error.code.toLowerCase()}` });
    }
    if (error.statusCode === 429) {
      return sendProblem(request, reply, {
        status: 429,
        code: 'rate_limited',
        title: 'Terlalu banyak permintaan',
        detail: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, {
        status: error.statusCode,
        code: 'http.bad_request',
        title: 'Permintaan tidak valid',
        detail: error.message,
      });
    } else {
      request.log.error({ err: error }, 'unhandled error');
    }
    return sendProblem(request, reply, {
      status: 500,
      code: 'internal',
      title: 'Kesalahan sistem',
      detail: 'Terjadi kesalahan pada sistem. Laporkan kode permintaan ini kepada admin.',
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, {
      status: 404,
      code: 'route_not_found',
      title: 'Tidak ditemukan',
      detail: `Alamat ${request.method} ${request.url.split('?')[0]} tidak ada.`,
    }),
  );
}
