import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES, type Role } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from './test/app.js';
import { ROUTE_ACCESS } from './test/route-access.js';
import { RELATIONS, ROUTE_RULES, type Relation } from './test/access-matrix/rules.js';
import { concreteUrl, expectedAnswers, readAnswer, type Answer } from './test/access-matrix/cells.js';
import { callersInOwnUnit, placesAroundCaller, type Places } from './test/access-matrix/fixtures.js';
import { buildTargets, remadeTarget, type Targets } from './test/access-matrix/targets.js';
import { WRITE_BODIES } from './test/access-matrix/bodies.js';

/**
 * Every route × every role × where the target lies relative to the caller's unit (own UPT, its Kanwil,
 * another UPT of the Kanwil, a UPT of another Kanwil), checked against the route's permission and scope rule.
 * Every caller holds its position in the UPT; Kanwil and HQ callers are covered by each module's scope suite.
 */

/** Routes that end the caller's session: each role calls them with a session of its own. */
const SESSION_ENDING = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/logout-all']);

let t: TestApp;
let callers: Record<Role, Client>;
let world: { places: Places; targets: Targets };

before(async () => {
  // Each role signs in once more for the routes that end a session.
  t = await buildTestApp({ config: { loginRateLimitPerMinute: 1000 } });
  const places = await placesAroundCaller(t);
  callers = await callersInOwnUnit(t, places.own);
  world = { places, targets: await buildTargets(t, places) };
});
after(async () => t.close());

function send(by: Client, key: string, url: string) {
  const method = key.split(' ')[0] as 'GET';
  if (method === 'GET' || method === 'DELETE') return by.request({ method, url });
  const body = WRITE_BODIES[key]?.(world) ?? {};
  return by.request({ method, url, payload: body as Record<string, unknown> });
}

describe('access matrix', () => {
  test('every route answers each role in each relation as its rules say', async (ctx) => {
    const mismatches: string[] = [];
    const notBuilt = new Set<string>();
    let checked = 0;
    const keys = Object.keys(ROUTE_ACCESS).sort((a, b) => Number(SESSION_ENDING.has(a)) - Number(SESSION_ENDING.has(b)));
    for (const key of keys) {
      const access = ROUTE_ACCESS[key] ?? '';
      const rule = ROUTE_RULES[key];
      if (!rule) continue;
      const url = key.split(' ')[1] ?? '';
      if (access !== 'public') {
        const answer = readAnswer((await send(t.anonymous, key, concreteUrl(url, null))).statusCode);
        checked += 1;
        if (answer !== 'unauthenticated') mismatches.push(`${key} without a session: ${answer}, expected unauthenticated`);
      }
      const relations: (Relation | null)[] = rule.scope === 'within' ? [...RELATIONS] : [null];
      for (const role of ROLES) {
        const by = SESSION_ENDING.has(key) ? await t.as(`matriks.${role.replace(/_/g, '-')}`) : callers[role];
        for (const relation of relations) {
          let target = rule.scope === 'within' && relation ? world.targets[rule.target]?.[relation] : null;
          if (rule.scope === 'within' && !target) {
            notBuilt.add(`${rule.target} in ${relation}`);
            continue;
          }
          // A granted DELETE removes its target: each cell gets one of its own.
          if (key.startsWith('DELETE ') && target && rule.scope === 'within') target = await remadeTarget(t, rule.target, target);
          const res = await send(by, key, concreteUrl(url, target ?? null));
          const answer: Answer = readAnswer(res.statusCode);
          const expected = expectedAnswers(access, rule, role, relation);
          checked += 1;
          if (!(expected as Answer[]).includes(answer)) {
            mismatches.push(`${key} ${role} ${relation ?? '-'}: ${res.statusCode} ${answer}, expected ${expected.join('|')}`);
          }
        }
      }
    }
    const cells = Object.values(ROUTE_RULES).reduce((n, r) => n + ROLES.length * (r.scope === 'within' ? RELATIONS.length : 1), 0);
    const withTarget = Object.values(ROUTE_RULES).filter((r) => r.scope === 'within').length;
    ctx.diagnostic(
      `matrix: ${Object.keys(ROUTE_ACCESS).length} routes (${withTarget} on a target in ${RELATIONS.length} relations) × ${ROLES.length} roles = ${cells} cells, plus one anonymous cell per non-public route; ${checked} checked, ${mismatches.length} mismatches`,
    );
    if (notBuilt.size) ctx.diagnostic(`skipped, a target that cannot exist: ${[...notBuilt].join(', ')}`);
    for (const line of mismatches) ctx.diagnostic(`mismatch: ${line}`);
    assert.deepEqual(mismatches, []);
  });
});
