import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Inmate, InmateList } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { IMPORT_HEADER, INMATES, LPP_TANGERANG, NOW, inmateBody, registerInmate, unitIdByCode, uploadRegister } from './inmates.test-kit.js';

/**
 * Who may do what to the register of Lapas Perempuan Tangerang (a Banten UPT): its programme officer, the
 * Banten Kanwil verifier, the HQ leader, an operator of a DKI Jakarta UPT and HQ's public relations viewer.
 */
type Actor = 'own unit officer' | 'parent Kanwil' | 'HQ leader' | 'other unit operator' | 'HQ viewer';
const ACCOUNTS: Record<Actor, string> = {
  'own unit officer': 'pembinaan.lpp.tangerang',
  'parent Kanwil': 'kanwil.banten',
  'HQ leader': 'dirjen',
  'other unit operator': 'operator.lapas.cipinang',
  'HQ viewer': 'humas.ditjenpas',
};

type Action = 'list contains it' | 'read one' | 'read names' | 'create' | 'edit' | 'import';
/** Expected status per action and actor ("list contains it": 200 when listed, 404 when not). */
const EXPECTED: Record<Action, Record<Actor, number>> = {
  'list contains it': { 'own unit officer': 200, 'parent Kanwil': 200, 'HQ leader': 200, 'other unit operator': 404, 'HQ viewer': 200 },
  'read one': { 'own unit officer': 200, 'parent Kanwil': 200, 'HQ leader': 200, 'other unit operator': 404, 'HQ viewer': 200 },
  'read names': { 'own unit officer': 200, 'parent Kanwil': 403, 'HQ leader': 200, 'other unit operator': 404, 'HQ viewer': 403 },
  create: { 'own unit officer': 201, 'parent Kanwil': 403, 'HQ leader': 201, 'other unit operator': 403, 'HQ viewer': 403 },
  edit: { 'own unit officer': 200, 'parent Kanwil': 403, 'HQ leader': 200, 'other unit operator': 403, 'HQ viewer': 403 },
  import: { 'own unit officer': 200, 'parent Kanwil': 403, 'HQ leader': 200, 'other unit operator': 403, 'HQ viewer': 403 },
};

let t: TestApp;
let inmate: Inmate;
let lppId: string;
const clients = new Map<Actor, Client>();

before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  for (const actor of Object.keys(ACCOUNTS) as Actor[]) clients.set(actor, await t.as(ACCOUNTS[actor]));
  lppId = await unitIdByCode(await t.as('admin'), LPP_TANGERANG);
  inmate = await registerInmate(clients.get('own unit officer') as Client, { name: 'Nama Dalam Lingkup' });
});
after(async () => t.close());

let serial = 0;
const ACT: Record<Action, (by: Client) => Promise<number>> = {
  'list contains it': async (by) => {
    const res = await by.get(`${INMATES}?limit=500&q=${encodeURIComponent(inmate.registrationNumber)}`);
    if (res.statusCode !== 200) return res.statusCode;
    return (res.json() as InmateList).items.some((i) => i.id === inmate.id) ? 200 : 404;
  },
  'read one': async (by) => (await by.get(`${INMATES}/${inmate.id}`)).statusCode,
  'read names': async (by) => {
    const res = await by.get(`${INMATES}/${inmate.id}?names=true`);
    if (res.statusCode === 200) assert.equal((res.json() as Inmate).name, 'Nama Dalam Lingkup');
    return res.statusCode;
  },
  create: async (by) => (await by.post(INMATES, inmateBody({ unitId: lppId }))).statusCode,
  edit: async (by) => (await by.patch(`${INMATES}/${inmate.id}`, { birthYear: 1980 + (serial += 1) })).statusCode,
  import: async (by) => {
    serial += 1;
    const file = `${IMPORT_HEADER}\nSCOPE/${serial},Nama Impor,P,1990,narapidana,aktif,2025-01-01,`;
    return (await uploadRegister(by, 'apply', file, `&unitId=${lppId}`)).statusCode;
  },
};

describe('inmate register scope: action × caller', () => {
  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const actor of Object.keys(ACCOUNTS) as Actor[]) {
      const expected = EXPECTED[action][actor];
      test(`${actor} — ${action}: ${expected}`, async () => {
        assert.equal(await ACT[action](clients.get(actor) as Client), expected);
      });
    }
  }

  test('the leader of the unit cannot register into a UPT of another Kanwil: 404', async () => {
    const leader = await t.as('kalapas.lpp.tangerang');
    const cipinang = await unitIdByCode(await t.as('admin'), 'lapas-kelas-i-cipinang');
    const res = await leader.post(INMATES, inmateBody({ unitId: cipinang }));
    assert.equal(res.statusCode, 404, res.body);
  });
});
