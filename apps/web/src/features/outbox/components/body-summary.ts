export type SummaryLine = { label: string; value: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFileReference(value: unknown): boolean {
  return (typeof value === 'string' && UUID.test(value)) || (isRecord(value) && ('$outboxFile' in value || '$outboxFileId' in value || 'sha256' in value));
}

function collect(value: unknown, path: string[], lines: SummaryLine[]): void {
  const label = path.join(' › ');
  if (value === null || value === undefined || value === '') return;
  if (Array.isArray(value)) {
    if (value.every(isFileReference)) return;
    if (value.every((entry) => !isRecord(entry) && !Array.isArray(entry))) {
      lines.push({ label, value: value.map(String).join(', ') });
      return;
    }
    value.forEach((entry, index) => collect(entry, [...path, String(index + 1)], lines));
    return;
  }
  if (isRecord(value)) {
    if (isFileReference(value)) return;
    for (const [key, entry] of Object.entries(value)) collect(entry, [...path, key], lines);
    return;
  }
  if (typeof value === 'string' && UUID.test(value)) return;
  lines.push({ label, value: String(value) });
}

/**
 * What the person typed, as label/value lines, so a refused item can be copied over by hand:
 * ids and file references are left out (the files are counted apart).
 */
export function summarizeBody(body: unknown): SummaryLine[] {
  const lines: SummaryLine[] = [];
  // Metric values sit under `values`: their keys read well enough on their own.
  const flattened = isRecord(body) && isRecord(body.values) ? { ...body.values, ...omitValues(body) } : body;
  collect(flattened, [], lines);
  return lines;
}

function omitValues(body: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...body };
  delete rest.values;
  return rest;
}
