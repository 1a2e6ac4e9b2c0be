type PgError = { code?: string; constraint?: string; detail?: string };

/**
 * When `err` is a unique-constraint violation (Postgres 23505, wrapped by drizzle or not),
 * the constraint name and detail text, so callers can say which value clashed; otherwise null.
 */
export function uniqueViolation(err: unknown): string | null {
  const e = ((err as { cause?: PgError }).cause ?? err) as PgError;
  return e?.code === '23505' ? `${e.constraint ?? ''} ${e.detail ?? ''}` : null;
}
