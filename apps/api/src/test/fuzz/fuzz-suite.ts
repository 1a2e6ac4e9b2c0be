import { after, before, describe, test } from 'node:test';
import path from 'node:path';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { roleHasPermission, type Permission } from '@selaras/contracts';
import { random, type Rng } from '../../demo-random.js';
import { seedDemoActivity } from '../../demo.js';
import { buildTestApp, type Client, type TestApp } from '../app.js';
import type { TestDbKind } from '../db.js';
import { casesFor, inputsWithoutCases, operationsOf, type FuzzCase, type Operation, type Picker } from './cases.js';
import { pathValueResolver } from './path-values.js';
import { SOME_UUID } from './schema-values.js';

const SEED = 20250829;

/** `METHOD /path [case label]` → why it still fails. Empty: every defect found so far has been fixed. */
const KNOWN_FAILURES: Record<string, string> = {};

type Caller = { name: string; client: Client; values: (op: Operation) => Promise<Record<string, string>> };

/** Operations that end or change the caller's session run last, so they do not sign the fuzzer out early. */
function runOrder(op: Operation): number {
  if (op.path.includes('/auth/')) return 3;
  if (op.path.startsWith('/api/v1/me')) return 2;
  if (op.path.startsWith('/api/v1/users')) return 1;
  return 0;
}

const routeKey = (op: Operation) => `${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`;

function problemDefect(res: LightMyRequestResponse): string | undefined {
  if (res.statusCode >= 500) return `status ${res.statusCode}`;
  if (res.statusCode < 400) return undefined;
  const type = String(res.headers['content-type']);
  if (!/^application\/problem\+json/.test(type)) return `${res.statusCode} without problem+json (${type})`;
  const body = JSON.parse(res.body) as { title?: unknown; code?: unknown };
  if (typeof body.title !== 'string' || !body.title || typeof body.code !== 'string' || !body.code) return `${res.statusCode} problem without title or code`;
  return undefined;
}

function send(client: Client, c: FuzzCase): Promise<LightMyRequestResponse> {
  return client.request({ method: c.method as 'GET', url: c.url, payload: c.payload, headers: c.headers });
}

/** Opens a resumable upload with a traversal name, so the chunk and complete routes have a real one to attack. */
async function openUpload(client: Client): Promise<Record<string, string>> {
  const res = await client.post('/api/v1/uploads', { name: '../../x.jpg', size: 19 });
  assert.equal(res.statusCode, 201, res.body);
  return { '/api/v1/uploads': (res.json() as { id: string }).id };
}

/**
 * Schema-driven fuzzing: every operation of the OpenAPI document gets hostile path ids, queries, bodies,
 * content types and files, as an admin and, where the role may call it, as a UPT operator. No answer may be
 * a 5xx, and every 4xx must be a problem+json with a title and a code. A route is fuzzed as soon as it is declared.
 */
export function fuzzEveryOperation(opts: { dbKind?: TestDbKind; picker: (next: Rng) => Picker; withDemoActivity?: boolean }): void {
  describe(`every operation of the OpenAPI document survives hostile input${opts.dbKind ? ` (${opts.dbKind})` : ''}`, () => {
    let t: TestApp;
    let operations: Operation[];
    before(async () => {
      t = await buildTestApp({ dbKind: opts.dbKind });
      // The demo's directives, campaigns, incidents, programmes and products give the path ids real records.
      if (opts.withDemoActivity) await seedDemoActivity(t.database.db, { filesRoot: path.join(t.config.dataDir, 'files') });
      const doc = await t.anonymous.get('/api/openapi.json');
      assert.equal(doc.statusCode, 200);
      operations = operationsOf(doc.json());
    });
    after(async () => t.close());

    test('the document lists every declared route', () => {
      const documented = new Set(operations.map(routeKey));
      const undocumented = new Set(['/*', '/api/openapi.json']);
      const missing = t.app.declaredRoutes.filter((r) => !undocumented.has(r.url) && !documented.has(`${r.method} ${r.url}`));
      assert.deepEqual(missing.map((r) => `${r.method} ${r.url}`), []);
      assert.ok(operations.length > 150, `only ${operations.length} operations`);
    });

    test('no hostile request gets a 5xx, and every 4xx is a problem with a title and a code', async (ctx) => {
      const admin = await t.as('admin');
      const operator = await t.as('operator.lpp.tangerang');
      const callers: Caller[] = [
        { name: 'admin', client: admin, values: pathValueResolver(admin, await openUpload(admin)) },
        { name: 'operator', client: operator, values: pathValueResolver(operator, await openUpload(operator)) },
      ];
      const accessOf = new Map(t.app.declaredRoutes.map((r) => [`${r.method} ${r.url}`, r.access]));
      const operatorMay = (op: Operation) => {
        const access = accessOf.get(routeKey(op));
        if (!access || 'public' in access) return false;
        return 'authenticated' in access || roleHasPermission('operator', access.permission as Permission);
      };

      const pick = opts.picker(random(SEED));
      const statuses = new Map<number, number>();
      const defects: string[] = [];
      const withoutCases: string[] = [];
      let requests = 0;
      let withRealIds = 0;
      let withIds = 0;
      for (const op of [...operations].sort((a, b) => runOrder(a) - runOrder(b))) {
        const key = `${op.method} ${op.path}`;
        for (const caller of callers.filter((c) => c.name === 'admin' || operatorMay(op))) {
          const values = await caller.values(op);
          if (Object.keys(values).length) withIds += 1;
          if (Object.keys(values).length && !Object.values(values).includes(SOME_UUID)) withRealIds += 1;
          const cases = casesFor(op, values, pick);
          withoutCases.push(...inputsWithoutCases(op, cases).map((input) => `${key}: ${input}`));
          for (const c of cases) {
            const res = await send(caller.client, c);
            requests += 1;
            statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
            const defect = problemDefect(res);
            const label = `${key} [${c.label}]`;
            if (defect && !KNOWN_FAILURES[label]) defects.push(`${caller.name} ${label}: ${defect} ${res.body.slice(0, 300)}`);
          }
        }
      }
      const seen = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
      ctx.diagnostic(`fuzz: ${operations.length} operations, ${requests} requests (seed ${SEED}); statuses ${seen}; ${withRealIds} of ${withIds} calls with path ids used existing records`);
      assert.deepEqual(withoutCases, [], 'documented inputs that no generated case attacks');
      assert.deepEqual(defects, []);
    });
  });
}
