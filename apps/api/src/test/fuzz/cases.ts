import type { Rng } from '../../demo-random.js';
import { exampleOf, fieldsOf, hostileValuesFor, HOSTILE_NUMBERS, HOSTILE_STRINGS, REMOVE, withField, type Hostile, type JsonSchema } from './schema-values.js';
import { multipartCases, uploadChunkCases } from './file-cases.js';

/** One operation of the OpenAPI document. */
export type Operation = {
  method: string;
  /** OpenAPI path, e.g. `/api/v1/campaigns/{id}/sites/{siteId}`. */
  path: string;
  parameters: { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
  /** Every content type the request body is documented with. */
  bodyTypes: string[];
  description: string;
};

export type FuzzCase = { label: string; method: string; url: string; payload?: string | Buffer; headers?: Record<string, string> };

type OpenApiDocument = { paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: { content?: Record<string, { schema: JsonSchema }> }; description?: string }>> };

/** Every operation in the document. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema,
      bodyTypes: Object.keys(op.requestBody?.content ?? {}),
      description: op.description ?? '',
    })),
  );
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const PATH_ATTACKS: Hostile[] = [
  ...HOSTILE_STRINGS.filter((h) => h.value !== ''),
  { label: 'raw traversal', value: '../../etc/passwd' },
  ...HOSTILE_NUMBERS,
];

/** Chooses which of a list of hostile inputs to send: all of them, or a seeded sample. */
export type Picker = <T>(items: readonly T[]) => T[];

export const everyInput: Picker = (items) => [...items];

/** A seeded sample of `count` inputs from each list: the same seed sends the same requests. */
export function sampleOf(next: Rng, count: number): Picker {
  return (items) => {
    const pool = [...items];
    const out: typeof pool = [];
    while (out.length < count && pool.length) out.push(...pool.splice(Math.floor(next() * pool.length), 1));
    return out;
  };
}

function asQueryText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Percent-encodes a path segment; a lone surrogate becomes the invalid UTF-8 bytes a hostile client would send. */
function encodeSegment(value: string): string {
  return [...value].map((ch) => (ch.length === 1 && /[\uD800-\uDFFF]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
}

/** Builds URLs for an operation from valid path values and a query. */
function urlMaker(op: Operation, pathValues: Record<string, string>) {
  return (overrides: Record<string, { raw?: boolean; value: string }> = {}, query: Record<string, string | string[]> = {}) => {
    const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const override = overrides[name];
      if (override) return override.raw ? override.value : encodeSegment(override.value);
      return encodeSegment(pathValues[name] ?? '');
    });
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) for (const one of [v].flat()) search.append(k, one);
    const text = search.toString();
    return text ? `${path}?${text}` : path;
  };
}

/** The hostile requests for one operation: bad path ids, bad queries, bad bodies, bad files. */
export function casesFor(op: Operation, pathValues: Record<string, string>, pick: Picker): FuzzCase[] {
  const url = urlMaker(op, pathValues);
  const query = (p: Operation['parameters']) => Object.fromEntries(p.filter((q) => q.in === 'query' && q.required).map((q) => [q.name, asQueryText(exampleOf(q.schema))]));
  const validQuery = query(op.parameters);
  const body = op.body ? exampleOf(op.body) : undefined;
  const base = { method: op.method };
  const json = (payload: unknown) => ({ payload: JSON.stringify(payload), headers: JSON_HEADERS });
  const withBody = body === undefined ? {} : json(body);
  const cases: FuzzCase[] = [{ ...base, label: 'plausible request', url: url({}, validQuery), ...withBody }];

  for (const param of op.parameters.filter((p) => p.in === 'path')) {
    for (const attack of pick(PATH_ATTACKS)) {
      const raw = attack.label === 'raw traversal';
      cases.push({ ...base, label: `path ${param.name}: ${attack.label}`, url: url({ [param.name]: { raw, value: asQueryText(attack.value) } }, validQuery), ...withBody });
    }
  }
  for (const param of op.parameters.filter((p) => p.in === 'query')) {
    for (const attack of pick([...new Set([...hostileValuesFor(param.schema), ...HOSTILE_STRINGS])])) {
      cases.push({ ...base, label: `query ${param.name}: ${attack.label}`, url: url({}, { ...validQuery, [param.name]: asQueryText(attack.value) }), ...withBody });
    }
    cases.push({ ...base, label: `query ${param.name}: repeated`, url: url({}, { ...validQuery, [param.name]: ['a', 'b'] }), ...withBody });
  }
  cases.push({ ...base, label: 'unknown query parameter', url: url({}, { ...validQuery, 'zz[$ne]': "' OR 1=1--" }), ...withBody });

  const target = url({}, validQuery);
  if (op.method !== 'GET' && op.method !== 'HEAD') {
    cases.push(...pick<FuzzCase>([
      { ...base, label: 'malformed JSON', url: target, payload: '{"a": ', headers: JSON_HEADERS },
      { ...base, label: 'empty JSON body', url: target, payload: '', headers: JSON_HEADERS },
      { ...base, label: 'text/plain body', url: target, payload: 'hello', headers: { 'content-type': 'text/plain' } },
      { ...base, label: 'XML body', url: target, payload: '<a>1</a>', headers: { 'content-type': 'application/xml' } },
      { ...base, label: 'form body', url: target, payload: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      { ...base, label: 'Idempotency-Key 10k chars', url: target, ...withBody, headers: { ...JSON_HEADERS, 'idempotency-key': 'k'.repeat(10_000) } },
      { ...base, label: 'Idempotency-Key SQL', url: target, ...withBody, headers: { ...JSON_HEADERS, 'idempotency-key': "' OR 1=1--" } },
    ]));
  }
  if (op.body) {
    for (const attack of pick(hostileValuesFor(op.body))) cases.push({ ...base, label: `body (whole): ${attack.label}`, url: target, ...json(attack.value) });
  }
  if (op.body && body !== null && typeof body === 'object' && !Array.isArray(body)) {
    cases.push({ ...base, label: 'unknown body field', url: target, ...json({ ...body, __proto__x: 1, constructor: { prototype: { polluted: true } } }) });
    for (const field of fieldsOf(op.body)) {
      const name = field.path.join('.');
      if (field.required) cases.push({ ...base, label: `body ${name}: missing`, url: target, ...json(withField(body, field.path, REMOVE)) });
      for (const attack of pick(hostileValuesFor(field.schema))) {
        cases.push({ ...base, label: `body ${name}: ${attack.label}`, url: target, ...json(withField(body, field.path, attack.value)) });
      }
    }
  }
  // File cases always go in full: few routes take files, and each case reaches a different parser path.
  if (op.description.includes('multipart/form-data')) cases.push(...multipartCases(op.method, target));
  if (op.description.includes('offset+octet-stream')) cases.push(...uploadChunkCases(op.method, target));
  return cases;
}

/**
 * The documented inputs of an operation that no case attacks: a parameter kind or body type this generator
 * does not know yet. Empty for every operation, or the suite fails and the generator needs extending.
 */
export function inputsWithoutCases(op: Operation, cases: FuzzCase[]): string[] {
  const attacked = (prefix: string) => cases.some((c) => c.label.startsWith(prefix));
  const params = op.parameters.filter((p) => !attacked(`${p.in} ${p.name}:`)).map((p) => `${p.in} ${p.name}`);
  const bodies = op.bodyTypes.filter((type) => type !== 'application/json' || !attacked('body ')).map((type) => `body ${type}`);
  return [...params, ...bodies];
}
