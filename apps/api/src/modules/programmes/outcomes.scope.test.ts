import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { addInmate, API, LPP, NOW, unitByCode } from './outcomes.test-kit.js';

/** Who may read and write outcomes of an inmate at LPP Tangerang (a Banten UPT), and community activities there. */
type Actor =
  | 'own unit officer'
  | 'own unit operator'
  | 'parent Kanwil verifier'
  | 'parent Kanwil leader'
  | 'HQ leader'
  | 'other Kanwil unit'
  | 'HQ viewer';
const ACCOUNTS: Record<Actor, string> = {
  'own unit officer': 'pembinaan.lpp.tangerang',
  'own unit operator': 'operator.lpp.tangerang',
  'parent Kanwil verifier': 'kanwil.banten',
  'parent Kanwil leader': 'kakanwil.banten',
  'HQ leader': 'dirjen',
  'other Kanwil unit': 'operator.lapas.cipinang',
  'HQ viewer': 'humas.ditjenpas',
};

type Action = 'summary' | 'summary.pdf' | 'summary.xlsx' | 'certificates' | 'record certificate' | 'community of the unit' | 'record community';
const row = (own: number, operator: number, verifier: number, kakanwil: number, hq: number, outside: number, viewer: number) => ({
  'own unit officer': own,
  'own unit operator': operator,
  'parent Kanwil verifier': verifier,
  'parent Kanwil leader': kakanwil,
  'HQ leader': hq,
  'other Kanwil unit': outside,
  'HQ viewer': viewer,
});
const EXPECTED: Record<Action, Record<Actor, number>> = {
  summary: row(200, 200, 200, 200, 200, 404, 200),
  'summary.pdf': row(200, 200, 200, 200, 200, 404, 200),
  'summary.xlsx': row(200, 200, 200, 200, 200, 404, 200),
  certificates: row(200, 200, 200, 200, 200, 404, 200),
  'record certificate': row(201, 403, 403, 201, 201, 403, 403),
  'community of the unit': row(200, 200, 200, 200, 200, 404, 200),
  'record community': row(201, 403, 403, 201, 201, 403, 403),
};

let t: TestApp;
let inmateId: string;
let unitId: string;
const clients = new Map<Actor, Client>();

before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  for (const actor of Object.keys(ACCOUNTS) as Actor[]) clients.set(actor, await t.as(ACCOUNTS[actor]));
  const lpp = await unitByCode(t.database.db, LPP);
  unitId = lpp.id;
  inmateId = (await addInmate(t.database.db, lpp, 'Ani Suryani')).id;
});
after(async () => t.close());

const certificate = { title: 'Sertifikat Tata Boga', issuer: 'BLK Tangerang', certified: true, issuedOn: '2026-03-01' };
const activity = () => ({ unitId, date: '2026-03-09', kind: 'kerja_sosial', title: 'Bersih-bersih pasar', peopleReached: 200, inmatesInvolved: 10, hours: 3 });

const ACT: Record<Action, (by: Client) => Promise<number>> = {
  summary: async (by) => (await by.get(`${API}/inmates/${inmateId}/summary`)).statusCode,
  'summary.pdf': async (by) => (await by.get(`${API}/inmates/${inmateId}/summary.pdf`)).statusCode,
  'summary.xlsx': async (by) => (await by.get(`${API}/inmates/${inmateId}/summary.xlsx`)).statusCode,
  certificates: async (by) => (await by.get(`${API}/inmates/${inmateId}/certificates`)).statusCode,
  'record certificate': async (by) => (await by.post(`${API}/inmates/${inmateId}/certificates`, certificate)).statusCode,
  'community of the unit': async (by) => (await by.get(`${API}/community-activities?unitId=${unitId}`)).statusCode,
  'record community': async (by) => (await by.post(`${API}/community-activities`, activity())).statusCode,
};

describe('outcomes scope: action × caller', () => {
  for (const action of Object.keys(EXPECTED) as Action[])
    for (const actor of Object.keys(ACCOUNTS) as Actor[]) {
      const expected = EXPECTED[action][actor];
      test(`${actor} — ${action}: ${expected}`, async () => {
        assert.equal(await ACT[action](clients.get(actor) as Client), expected);
      });
    }
});
