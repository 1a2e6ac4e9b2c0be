import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Incident, IncidentList } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { INCIDENTS, categoryByCode, recoverAndReview, reportBody, reportIncident } from './incidents.test-kit.js';

/**
 * Who may do what to an incident at Lapas Perempuan Tangerang (a Banten UPT), through the API: the unit's
 * operator and security officer, its Kanwil, HQ, a unit of another Kanwil, and HQ's public relations viewer.
 */
type Actor = 'own unit operator' | 'own unit KPLP' | 'parent Kanwil' | 'HQ leader' | 'other Kanwil unit' | 'HQ viewer';
const ACCOUNTS: Record<Actor, string> = {
  'own unit operator': 'operator.lpp.tangerang',
  'own unit KPLP': 'kplp.lpp.tangerang',
  'parent Kanwil': 'kanwil.banten',
  'HQ leader': 'dirjen',
  'other Kanwil unit': 'operator.lapas.cipinang',
  'HQ viewer': 'humas.ditjenpas',
};

type Action = 'read' | 'list contains it' | 'add update' | 'change status' | 'read persons' | 'close';
/** Expected status per action and actor (2xx allowed, 403 forbidden, 404 out of sight). */
const EXPECTED: Record<Action, Record<Actor, number>> = {
  read: { 'own unit operator': 200, 'own unit KPLP': 200, 'parent Kanwil': 200, 'HQ leader': 200, 'other Kanwil unit': 404, 'HQ viewer': 403 },
  'list contains it': { 'own unit operator': 200, 'own unit KPLP': 200, 'parent Kanwil': 200, 'HQ leader': 200, 'other Kanwil unit': 404, 'HQ viewer': 403 },
  'add update': { 'own unit operator': 201, 'own unit KPLP': 201, 'parent Kanwil': 201, 'HQ leader': 201, 'other Kanwil unit': 404, 'HQ viewer': 403 },
  'change status': { 'own unit operator': 200, 'own unit KPLP': 200, 'parent Kanwil': 200, 'HQ leader': 200, 'other Kanwil unit': 404, 'HQ viewer': 403 },
  'read persons': { 'own unit operator': 403, 'own unit KPLP': 200, 'parent Kanwil': 403, 'HQ leader': 200, 'other Kanwil unit': 403, 'HQ viewer': 403 },
  close: { 'own unit operator': 403, 'own unit KPLP': 403, 'parent Kanwil': 200, 'HQ leader': 200, 'other Kanwil unit': 403, 'HQ viewer': 403 },
};

let t: TestApp;
let incident: Incident;
/** Each actor moves or closes an incident of its own, so one actor's success does not change another's case. */
const fresh = new Map<Actor, Incident>();
const recovered = new Map<Actor, Incident>();
const clients = new Map<Actor, Client>();

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-10T02:00:00Z') });
  for (const actor of Object.keys(ACCOUNTS) as Actor[]) clients.set(actor, await t.as(ACCOUNTS[actor]));
  const operator = clients.get('own unit operator') as Client;
  const fight = await categoryByCode(t, 'perkelahian');
  incident = await reportIncident(operator, reportBody(fight.id));
  for (const actor of Object.keys(ACCOUNTS) as Actor[]) {
    fresh.set(actor, await reportIncident(operator, reportBody(fight.id)));
    const ready = await reportIncident(operator, reportBody(fight.id));
    await recoverAndReview(operator, ready.id);
    recovered.set(actor, ready);
  }
});
after(async () => t.close());

const ACT: Record<Action, (by: Client, actor: Actor) => Promise<number>> = {
  read: async (by) => (await by.get(`${INCIDENTS}/${incident.id}`)).statusCode,
  'list contains it': async (by) => {
    const res = await by.get(`${INCIDENTS}?limit=500`);
    if (res.statusCode !== 200) return res.statusCode;
    return (res.json() as IncidentList).items.some((i) => i.id === incident.id) ? 200 : 404;
  },
  'add update': async (by) => (await by.post(`${INCIDENTS}/${incident.id}/updates`, { note: 'Situasi terkendali' })).statusCode,
  'change status': async (by, actor) => (await by.post(`${INCIDENTS}/${fresh.get(actor)?.id}/status`, { status: 'ditangani' })).statusCode,
  'read persons': async (by) => (await by.get(`${INCIDENTS}/${incident.id}/persons`)).statusCode,
  close: async (by, actor) => (await by.post(`${INCIDENTS}/${recovered.get(actor)?.id}/close`, {})).statusCode,
};

describe('incident scope: action × caller', () => {
  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const actor of Object.keys(ACCOUNTS) as Actor[]) {
      const expected = EXPECTED[action][actor];
      test(`${actor} — ${action}: ${expected}`, async () => {
        assert.equal(await ACT[action](clients.get(actor) as Client, actor), expected);
      });
    }
  }
});
