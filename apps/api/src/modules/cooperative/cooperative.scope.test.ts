import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CooperativeList } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { API, CIPINANG_CODE, LPP_CODE, billingCode, registration, signedIn, unitByCode, type UnitRef } from './cooperative.test-kit.js';

/**
 * Who may do what to the cooperative of Lapas Perempuan Tangerang (a Banten UPT), through the API: the unit's
 * cooperative officer and operator, a UPT of another Kanwil, the Kanwil's leader and verifier, HQ and HQ's viewer.
 */
type Actor = 'own UPT cooperative officer' | 'own UPT operator' | 'other UPT' | 'Kanwil leader' | 'Kanwil verifier' | 'HQ leader' | 'HQ viewer';
const ACCOUNTS: Record<Actor, string> = {
  'own UPT cooperative officer': 'koperasi.lpp.tangerang',
  'own UPT operator': 'operator.lpp.tangerang',
  'other UPT': 'operator.lapas.cipinang',
  'Kanwil leader': 'kakanwil.banten',
  'Kanwil verifier': 'kanwil.banten',
  'HQ leader': 'dirjen',
  'HQ viewer': 'humas.ditjenpas',
};

type Action =
  | 'list contains it'
  | 'save registration'
  | 'read pre-orders'
  | 'send pre-order'
  | 'read prices'
  | 'save prices'
  | 'read deposits'
  | 'record deposit'
  | 'set target'
  | 'read its figures'
  | 'read its realisation';
/** Expected status per action and actor (2xx allowed, 403 forbidden, 404 out of sight). */
const EXPECTED: Record<Action, Record<Actor, number>> = {
  'list contains it': row(200, 200, 404, 200, 200, 200, 200),
  'save registration': row(200, 403, 403, 200, 403, 200, 403),
  'read pre-orders': row(200, 200, 404, 200, 200, 200, 200),
  'send pre-order': row(200, 403, 403, 200, 403, 200, 403),
  'read prices': row(200, 200, 404, 200, 200, 200, 200),
  'save prices': row(200, 403, 403, 200, 403, 200, 403),
  'read deposits': row(200, 200, 404, 200, 200, 200, 200),
  'record deposit': row(201, 403, 403, 201, 403, 201, 403),
  'set target': row(403, 403, 403, 200, 403, 200, 403),
  'read its figures': row(200, 200, 404, 200, 200, 200, 200),
  'read its realisation': row(200, 200, 404, 200, 200, 200, 200),
};

function row(...codes: number[]): Record<Actor, number> {
  return Object.fromEntries((Object.keys(ACCOUNTS) as Actor[]).map((a, i) => [a, codes[i] ?? 0])) as Record<Actor, number>;
}

let t: TestApp;
let lpp: UnitRef;
let cipinang: UnitRef;
const clients = new Map<Actor, Client>();

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-11T03:00:00Z') });
  for (const actor of Object.keys(ACCOUNTS) as Actor[]) clients.set(actor, await signedIn(t)(ACCOUNTS[actor]));
  lpp = await unitByCode(t, LPP_CODE);
  cipinang = await unitByCode(t, CIPINANG_CODE);
});
after(async () => t.close());

const unitUrl = (unit: UnitRef, rest: string) => `${API}/units/${unit.id}/${rest}`;
const items = [{ name: 'Beras', quantity: 5, unit: 'kg' }];
const prices = { items: [{ itemName: 'Beras', unitOfSale: 'kg', priceRupiah: 14_000, marketPriceRupiah: 13_500 }] };
const deposit = () => ({ billingCode: billingCode(), amountRupiah: 10_000, depositedOn: '2026-03-10' });

function actionsOn(unit: UnitRef): Record<Action, (by: Client) => Promise<number>> {
  return {
    'list contains it': async (by) => {
      const res = await by.get(`${API}/cooperatives`);
      if (res.statusCode !== 200) return res.statusCode;
      return (res.json() as CooperativeList).items.some((r) => r.unitId === unit.id) ? 200 : 404;
    },
    'save registration': async (by) => (await by.put(unitUrl(unit, 'cooperative'), registration)).statusCode,
    'read pre-orders': async (by) => (await by.get(unitUrl(unit, 'preorders'))).statusCode,
    'send pre-order': async (by) => (await by.put(unitUrl(unit, 'preorders/2026-03-16'), { items })).statusCode,
    'read prices': async (by) => (await by.get(unitUrl(unit, 'prices'))).statusCode,
    'save prices': async (by) => (await by.put(unitUrl(unit, 'prices'), prices)).statusCode,
    'read deposits': async (by) => (await by.get(unitUrl(unit, 'pnbp-deposits'))).statusCode,
    'record deposit': async (by) => (await by.post(unitUrl(unit, 'pnbp-deposits'), deposit())).statusCode,
    'set target': async (by) => (await by.put(unitUrl(unit, 'targets/2026'), { salesRupiah: 1_000, pnbpRupiah: 500 })).statusCode,
    'read its figures': async (by) => (await by.get(`${API}/product-figures?unitId=${unit.id}`)).statusCode,
    'read its realisation': async (by) => (await by.get(`${API}/sales-realisation?parentId=${unit.id}`)).statusCode,
  };
}

describe('cooperative scope: action × caller', () => {
  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const actor of Object.keys(ACCOUNTS) as Actor[]) {
      const expected = EXPECTED[action][actor];
      test(`${actor} — ${action}: ${expected}`, async () => {
        assert.equal(await actionsOn(lpp)[action](clients.get(actor) as Client), expected);
      });
    }
  }

  test("the cooperative officer on another Kanwil's UPT: 404 on every read and write", async () => {
    const officer = clients.get('own UPT cooperative officer') as Client;
    const on = actionsOn(cipinang);
    for (const action of Object.keys(EXPECTED) as Action[]) {
      if (action === 'set target') continue; // refused by permission first
      assert.equal(await on[action](officer), 404, action);
    }
  });

  test('abilities follow the same rules: the officer may manage, the HQ viewer may not', async () => {
    const rowFor = async (actor: Actor) =>
      ((await (clients.get(actor) as Client).get(`${API}/cooperatives?parentId=${lpp.id}`)).json() as CooperativeList).items[0]?.abilities;
    assert.deepEqual(await rowFor('own UPT cooperative officer'), { manage: true });
    assert.deepEqual(await rowFor('HQ viewer'), { manage: false });
    assert.deepEqual(await rowFor('Kanwil verifier'), { manage: false });
  });
});
