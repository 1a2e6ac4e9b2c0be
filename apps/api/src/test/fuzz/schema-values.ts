/** Plausible and hostile values for the JSON schemas of the OpenAPI document. */

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
};

export type Hostile = { label: string; value: unknown };

export const SOME_UUID = '01900000-0000-7000-8000-000000000000';

/** Strings every text field, id, query and file name gets. */
export const HOSTILE_STRINGS: Hostile[] = [
  { label: 'empty string', value: '' },
  { label: 'blank string', value: '   ' },
  { label: '10k chars', value: 'a'.repeat(10_000) },
  { label: 'RTL override', value: '\u202Egnp.exe\u202C' },
  { label: 'zero-width', value: '\u200B\u200C\u200D\uFEFF' },
  { label: 'emoji', value: '😀👩‍👩‍👧🏳️‍🌈' },
  { label: 'NUL byte', value: 'a\u0000b' },
  { label: 'lone surrogate', value: '\uD800x' },
  { label: 'SQL OR', value: "' OR 1=1--" },
  { label: 'SQL DROP', value: "'; DROP TABLE users;--" },
  { label: 'path traversal', value: '../../etc/passwd' },
  { label: 'encoded traversal', value: '..%2F..%2Fetc%2Fpasswd' },
  { label: 'invalid uuid', value: 'not-a-uuid' },
  { label: 'nil uuid', value: '00000000-0000-0000-0000-000000000000' },
  { label: 'impossible date', value: '2026-02-30' },
  { label: 'html', value: '<script>alert(1)</script>' },
];

/** Numbers at and past the edges, and strings that only look like numbers. */
export const HOSTILE_NUMBERS: Hostile[] = [
  { label: '-1', value: -1 },
  { label: '0', value: 0 },
  { label: 'float', value: 1.5 },
  { label: 'huge', value: 1e308 },
  { label: 'past int64', value: 9_223_372_036_854_775_808 },
  { label: 'past int32', value: 2_147_483_648 },
  { label: 'NaN string', value: 'NaN' },
  { label: 'Infinity string', value: 'Infinity' },
  { label: 'numeric-ish string', value: '12abc' },
];

const WRONG_TYPES: Hostile[] = [
  { label: 'number', value: 12345 },
  { label: 'boolean', value: true },
  { label: 'object', value: { nested: 'x' } },
  { label: 'array', value: ['x'] },
  { label: 'null', value: null },
  { label: 'string', value: 'text' },
];

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  const first = schema.anyOf?.[0] ?? schema.oneOf?.[0] ?? schema.allOf?.[0];
  return first ? typeOf(first) : undefined;
}

function exampleString(schema: JsonSchema): string {
  if (schema.format === 'uuid') return SOME_UUID;
  if (schema.format === 'date') return '2026-03-16';
  if (schema.format === 'date-time') return '2026-03-16T08:00:00.000Z';
  if (schema.format === 'email') return 'uji@example.go.id';
  if (schema.format === 'uri' || schema.format === 'url') return 'https://example.go.id/a';
  if (schema.pattern?.includes(':[0-5]')) return '08:00';
  if (schema.pattern?.includes('\\d{18}')) return '198001012005011001';
  if (schema.pattern?.includes('-(0[1-9]|1[0-2])')) return '2026-03';
  if (schema.pattern?.startsWith('^[a-z')) return 'uji_coba';
  return 'Uji coba'.padEnd(schema.minLength ?? 0, 'x');
}

function exampleNumber(schema: JsonSchema): number {
  const low = schema.minimum ?? 1;
  return schema.maximum !== undefined ? Math.min(Math.max(low, 1), schema.maximum) : Math.max(low, 1);
}

/** A value that plausibly satisfies the schema, so that one bad field reaches the code behind it. */
export function exampleOf(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant) return exampleOf(variant);
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((s) => exampleOf(s) as object));
  switch (typeOf(schema)) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, exampleOf(s)]));
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, () => exampleOf(schema.items ?? {}));
    case 'string':
      return exampleString(schema);
    case 'integer':
    case 'number':
      return exampleNumber(schema);
    case 'boolean':
      return true;
    default:
      return null;
  }
}

/** Values that break the field's declared type, plus the hostile values of its kind. */
export function hostileValuesFor(schema: JsonSchema): Hostile[] {
  const type = typeOf(schema);
  const wrong = WRONG_TYPES.filter((w) => w.label !== type && !(w.label === 'number' && type === 'integer'));
  if (type === 'string') return [...wrong, ...HOSTILE_STRINGS];
  if (type === 'integer' || type === 'number') return [...wrong, ...HOSTILE_NUMBERS];
  if (type === 'array') return [...wrong, { label: '10k items', value: Array.from({ length: 10_000 }, () => exampleOf(schema.items ?? {})) }, { label: 'array of null', value: [null] }, { label: 'empty array', value: [] }];
  return wrong;
}

export type Field = { path: (string | number)[]; schema: JsonSchema; required: boolean };

/** Every field of an object schema, nested objects and first array items included. */
export function fieldsOf(schema: JsonSchema, prefix: (string | number)[] = [], depth = 0): Field[] {
  if (depth > 4) return [];
  const objectSchema = schema.allOf?.find((s) => s.properties) ?? schema.anyOf?.find((s) => s.properties) ?? schema;
  const out: Field[] = [];
  for (const [name, child] of Object.entries(objectSchema.properties ?? {})) {
    const path = [...prefix, name];
    out.push({ path, schema: child, required: objectSchema.required?.includes(name) ?? false });
    if (typeOf(child) === 'object') out.push(...fieldsOf(child, path, depth + 1));
    if (typeOf(child) === 'array' && child.items && typeOf(child.items) === 'object') out.push(...fieldsOf(child.items, [...path, 0], depth + 1));
  }
  return out;
}

/** A copy of `value` with the field at `path` replaced (or removed when `replacement` is `REMOVE`). */
export const REMOVE = Symbol('remove');
export function withField(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let cursor: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = cursor[key];
    if (next === null || typeof next !== 'object') return copy;
    cursor = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (last === undefined) return copy;
  if (replacement === REMOVE) delete cursor[last];
  else cursor[last] = replacement;
  return copy;
}
