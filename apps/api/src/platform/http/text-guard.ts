import type { FastifyInstance } from 'fastify';
import type { FieldIssue } from '@selaras/contracts';
import { AppError } from './errors.js';

/** Half of a UTF-16 surrogate pair. PostgreSQL cannot store it in jsonb, nor NUL in text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

function findUnstorable(value: unknown, path: string, out: FieldIssue[]): void {
  if (typeof value === 'string') {
    if (unstorable(value)) out.push({ path, message: 'Berisi karakter NUL atau Unicode yang rusak', code: 'invalid_characters' });
    return;
  }
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (unstorable(key)) out.push({ path: `${path}.${key}`, message: 'Nama kolom berisi karakter yang rusak', code: 'invalid_characters' });
    findUnstorable(child, `${path}.${key}`, out);
  }
}

/**
 * Refuses text the database cannot store before any route sees it, so a stray NUL byte or a broken emoji
 * from a client is a 400 with the field named, not a failed query.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const issues: FieldIssue[] = [];
    findUnstorable(request.params, 'params', issues);
    findUnstorable(request.query, 'querystring', issues);
    findUnstorable(request.body, 'body', issues);
    if (issues.length === 0) return;
    throw new AppError({
      code: 'text.invalid_characters',
      status: 400,
      title: 'Teks tidak valid',
      detail: `Teks berisi karakter yang tidak dapat disimpan (NUL atau Unicode yang rusak): ${issues.map((i) => i.path).join(', ')}.`,
      errors: issues,
    });
  });
}
