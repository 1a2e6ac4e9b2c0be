import { AppError } from './errors.js';

/**
 * Turns the multipart parser's own failures (no boundary, the body ending mid-part) into a 400 problem.
 * Errors with a code (Fastify's limits, e.g. a file too large) pass through to their own handling.
 */
export function rethrowMalformedMultipart(error: unknown): never {
  if (error instanceof Error && !(error as { code?: unknown }).code) {
    throw new AppError({
      code: 'http.malformed_multipart',
      status: 400,
      title: 'Unggahan rusak',
      detail: 'Isi multipart/form-data tidak lengkap atau tidak sah. Unggah ulang berkasnya.',
    });
  }
  throw error;
}
