import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Programme, ProgrammeList } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { CIPINANG, LPP, PROGRAMMES, addInmate, createProgramme, enrol, signedIn, unitNamed } from './programmes.test-kit.js';

/**
 * Who may do what to a programme at Lapas Perempuan Tangerang (a Banten UPT), through the API: the unit's
 * programme officer and operator, the Kanwil's leader and verifier, HQ, a unit of another Kanwil and HQ's viewer.
 */
type Actor = 'own unit programme officer' | 'own unit operator' | 'parent Kanwil leader' | 'parent Kanwil verifier' | 'HQ leader' | 'other Kanwil unit' | 'HQ viewer';
const ACCOUNTS: Record<Actor, string> = {
  'own unit programme officer': 'pembinaan.lpp.tangerang',
  'own unit operator': 'operator.lpp.tangerang',
  'parent Kanwil leader': 'kakanwil.banten',
  'parent Kanwil verifier': 'kanwil.banten',
  'HQ leader': 'dirjen',
  'other Kanwil unit': 'operator.lapas.cipinang',
  'HQ viewer': 'humas.ditjenpas',
};

type Action = 'read' | 'list contains it' | 'read enrolments' | 'update' | 'enrol' | 'suspend enrolment';
/** Expected status per action and actor (2xx allowed, 403 forbidden, 404 out of sight). */
const EXPECTED: Record<Action, Record<Actor, number>> = {
  read: row(200, 200, 200, 200, 200, 404, 200),
  'list contains it': row(200, 200, 200, 200, 200, 404, 200),
  'read enrolments': row(200, 200, 200, 200, 200, 404, 200),
  update: row(200, 403, 200, 403, 200, 403, 403),
  enrol: row(201, 403, 201, 403, 201, 403, 403),
  'suspend enrolment': row(200, 403, 200, 403, 200, 403, 403),
};

function row(...codes: number[]): Record<Actor, number> {
  return Object.fromEntries((Object.keys(ACCOUNTS) as Actor[]).map((a, i) => [a, codes[i] ?? 0])) as Record<Actor, number>;
}

let t: TestApp;
let programme: Programme;
const clients = new Map<Actor, Client>();
/** Each actor enrols and suspends people of its own, so one actor's success does not change another's case. */
const inmateFor = new Map<Actor, string>();
const enrolmentFor = new Map<Actor, string>();

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-10T02:00:00Z') });
  for (const actor of Object.keys(ACCOUNTS) as Actor[]) clients.set(actor, await signedIn(t)(ACCOUNTS[actor]));
  const officer = clients.get('own unit programme officer') as Client;
  programme = await createProgramme(officer, { capacity: 100 });
  const lpp = await unitNamed(t, LPP);
  for (const actor of Object.keys(ACCOUNTS) as Actor[]) {
    inmateFor.set(actor, await addInmate(t, lpp));
    enrolmentFor.set(actor, (await enrol(officer, programme.id, await addInmate(t, lpp))).enrolment.id);
  }
});
after(async () => t.close());

const url = () => `${PROGRAMMES}/${programme.id}`;
const ACT: Record<Action, (by: Client, actor: Actor) => Promise<number>> = {
  read: async (by) => (await by.get(url())).statusCode,
  'list contains it': async (by) => {
    const res = await by.get(PROGRAMMES);
    if (res.statusCode !== 200) return res.statusCode;
    return (res.json() as ProgrammeList).items.some((p) => p.id === programme.id) ? 200 : 404;
  },
  'read enrolments': async (by) => (await by.get(`${url()}/enrolments`)).statusCode,
  update: async (by) => (await by.patch(url(), { place: 'Aula pembinaan' })).statusCode,
  enrol: async (by, actor) => (await by.post(`${url()}/enrolments`, { inmateId: inmateFor.get(actor) })).statusCode,
  'suspend enrolment': async (by, actor) =>
    (await by.post(`${url()}/enrolments/${enrolmentFor.get(actor)}/status`, { status: 'ditangguhkan', reason: 'sakit' })).statusCode,
};

describe('programme scope: action × caller', () => {
  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const actor of Object.keys(ACCOUNTS) as Actor[]) {
      const expected = EXPECTED[action][actor];
      test(`${actor} — ${action}: ${expected}`, async () => {
        assert.equal(await ACT[action](clients.get(actor) as Client, actor), expected);
      });
    }
  }

  test('abilities follow the same rules: the officer may update, the HQ viewer may not', async () => {
    const asOfficer = (await (clients.get('own unit programme officer') as Client).get(url())).json() as Programme;
    const asViewer = (await (clients.get('HQ viewer') as Client).get(url())).json() as Programme;
    assert.deepEqual(asOfficer.abilities, { update: true, enrol: true, changeEnrolment: true });
    assert.deepEqual(asViewer.abilities, { update: false, enrol: false, changeEnrolment: false });
  });

  test("a programme officer on another Kanwil's UPT programme: 404 on reads and writes", async () => {
    const cipinang = await unitNamed(t, CIPINANG);
    const other = await createProgramme(clients.get('HQ leader') as Client, { unitId: cipinang.id });
    const officer = clients.get('own unit programme officer') as Client;
    assert.equal((await officer.get(`${PROGRAMMES}/${other.id}`)).statusCode, 404);
    assert.equal((await officer.patch(`${PROGRAMMES}/${other.id}`, { place: 'Aula' })).statusCode, 404);
    assert.equal((await officer.post(`${PROGRAMMES}/${other.id}/enrolments`, { inmateId: await addInmate(t, cipinang) })).statusCode, 404);
    assert.equal((await officer.post(PROGRAMMES, { unitId: cipinang.id, name: 'x' })).statusCode, 400);
  });
});
