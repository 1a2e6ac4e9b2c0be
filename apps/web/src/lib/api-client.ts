import type { z } from 'zod';
import { ProblemSchema, type Problem } from '@selaras/contracts';
import { noteKeptAnswer } from './offline/kept-answers';

const API_BASE = '/api/v1';

/** A failed API call, carrying the server's problem+json (or one made up from the status). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

let csrfToken: string | null = null;

/** Remembers the token the server expects back on every write made with the session cookie. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For requests made without `fetch` (uploads that report progress). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

export type QueryValue = string | number | boolean | null | undefined;

export type ApiRequest = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** Sent as JSON, or as-is when it is FormData (multipart). */
  body?: unknown;
  /** Extra request headers, such as `Idempotency-Key`. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

function buildInit(request: ApiRequest): RequestInit {
  const method = request.method ?? 'GET';
  const headers = new Headers({ ...request.headers, Accept: 'application/json, application/problem+json' });
  let body: BodyInit | undefined;
  if (request.body instanceof FormData) {
    body = request.body;
  } else if (request.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(request.body);
  }
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  return { method, headers, body, credentials: 'same-origin', signal: request.signal };
}

/** The problem+json of a failed response, or one made up from its status. */
export async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    code: `http.${response.status}`,
  };
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const parsed = ProblemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

async function send(path: string, request: ApiRequest): Promise<Response> {
  const response = await fetch(buildUrl(path, request.query), buildInit(request));
  noteKeptAnswer(response.headers);
  if (!response.ok) throw new ApiError(await readProblem(response));
  return response;
}

/** Calls the API and validates the JSON answer against the contract schema. */
export async function apiFetch<T>(path: string, schema: z.ZodType<T>, request: ApiRequest = {}): Promise<T> {
  const response = await send(path, request);
  return schema.parse(await response.json());
}

/** Calls the API for whatever JSON it answers, or null for an answer without a body (204). */
export async function apiFetchJson(path: string, request: ApiRequest = {}): Promise<unknown> {
  const response = await send(path, request);
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : null;
}

/** Calls the API for an answer without a body (204). */
export async function apiSend(path: string, request: ApiRequest = {}): Promise<void> {
  await send(path, request);
}
