import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { Problem } from '@selaras/contracts';

/** Asserts a problem+json response with the given status (and code) and returns its body. */
export function problem(res: LightMyRequestResponse, status: number, code?: string): Problem {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json() as Problem;
  if (code) assert.equal(body.code, code, res.body);
  return body;
}
