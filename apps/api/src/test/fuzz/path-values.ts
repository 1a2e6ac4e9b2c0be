import type { Client } from '../app.js';
import type { Operation } from './cases.js';
import { exampleOf, SOME_UUID } from './schema-values.js';

type Listing = { items?: unknown[] } | unknown[];

function firstId(body: unknown, param: string): string | undefined {
  const list = Array.isArray(body) ? body : ((body as Listing & { items?: unknown[] } | null)?.items ?? []);
  for (const item of list) {
    if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      const id = record.id ?? record[param];
      if (typeof id === 'string') return id;
    }
  }
  return undefined;
}

/**
 * Real ids for an operation's path, read from the collection above each id as the caller sees it
 * (`/campaigns/{id}/sites/{siteId}` takes the first campaign, then its first site), so that hostile bodies
 * reach the code behind the lookup. Falls back to the schema's example (a UUID that exists nowhere).
 */
export function pathValueResolver(client: Client, known: Record<string, string> = {}) {
  const cache = new Map<string, Promise<string | undefined>>();
  const listFirst = (url: string, param: string) => {
    const key = `${url} ${param}`;
    let found = cache.get(key);
    if (!found) {
      found = known[url] !== undefined ? Promise.resolve(known[url]) : client.get(url).then((res) => (res.statusCode === 200 ? firstId(res.json(), param) : undefined));
      cache.set(key, found);
    }
    return found;
  };
  return async (op: Operation): Promise<Record<string, string>> => {
    const values: Record<string, string> = {};
    const segments = op.path.split('/');
    for (const [index, segment] of segments.entries()) {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (!name) continue;
      const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
      const example = String(exampleOf(schema));
      if (example !== SOME_UUID) {
        values[name] = example;
        continue;
      }
      const above = segments.slice(0, index).map((s) => s.replace(/^\{(\w+)\}$/, (_m, n: string) => values[n] ?? SOME_UUID)).join('/');
      values[name] = (await listFirst(above, name)) ?? SOME_UUID;
    }
    return values;
  };
}
