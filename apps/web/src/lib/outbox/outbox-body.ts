import type { StoredFile } from '@selaras/contracts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function placeholderKey(value: Record<string, unknown>, name: '$outboxFile' | '$outboxFileId'): string | null {
  const keys = Object.keys(value);
  const key = value[name];
  return keys.length === 1 && typeof key === 'string' ? key : null;
}

/** The request body with `{ $outboxFile: key }` replaced by the uploaded file and `{ $outboxFileId: key }` by its id. */
export function fillFilePlaceholders(body: unknown, stored: ReadonlyMap<string, StoredFile>): unknown {
  if (Array.isArray(body)) return body.map((entry) => fillFilePlaceholders(entry, stored));
  if (!isRecord(body)) return body;
  const fileKey = placeholderKey(body, '$outboxFile');
  if (fileKey !== null) return required(stored, fileKey);
  const idKey = placeholderKey(body, '$outboxFileId');
  if (idKey !== null) return required(stored, idKey).id;
  const copy: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) copy[field] = fillFilePlaceholders(value, stored);
  return copy;
}

function required(stored: ReadonlyMap<string, StoredFile>, key: string): StoredFile {
  const file = stored.get(key);
  if (!file) throw new Error(`Outbox file ${key} was not uploaded`);
  return file;
}
