import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Product, ProductPage, StageRequest, StageRequestPage } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import {
  CIPINANG,
  LPP,
  PRODUCTS,
  STAGE_REQUESTS,
  createProduct,
  readyForDevelopment,
  requestStage,
  signedIn,
  unitCoded,
} from './products.test-kit.js';

/**
 * Who may do what to a product of Lapas Perempuan Tangerang (a Banten UPT), through the API: the unit's
 * cooperative officer, the Kanwil's verifier and leader, a unit of another Kanwil, HQ's leader and HQ's viewer.
 */
type Actor = 'own UPT officer' | 'Kanwil verifier' | 'Kanwil leader' | 'other Kanwil unit' | 'HQ leader' | 'HQ viewer';
const ACCOUNTS: Record<Actor, string> = {
  'own UPT officer': 'koperasi.lpp.tangerang',
  'Kanwil verifier': 'kanwil.banten',
  'Kanwil leader': 'kakanwil.banten',
  'other Kanwil unit': 'operator.lapas.cipinang',
  'HQ leader': 'dirjen',
  'HQ viewer': 'humas.ditjenpas',
};
const ACTORS = Object.keys(ACCOUNTS) as Actor[];

type Action = 'list' | 'read' | 'create' | 'edit' | 'request' | 'approve' | 'queue shows it';
/** Expected status per action and actor (2xx allowed, 403 forbidden, 404 out of sight). */
const EXPECTED: Record<Action, Record<Actor, number>> = {
  list: row(200, 200, 200, 404, 200, 200),
  read: row(200, 200, 200, 404, 200, 200),
  create: row(201, 403, 201, 403, 201, 403),
  edit: row(200, 403, 200, 403, 200, 403),
  request: row(201, 403, 201, 403, 201, 403),
  approve: row(403, 200, 200, 403, 200, 403),
  'queue shows it': row(200, 200, 200, 404, 200, 200),
};

function row(...codes: number[]): Record<Actor, number> {
  return Object.fromEntries(ACTORS.map((a, i) => [a, codes[i] ?? 0])) as Record<Actor, number>;
}

const TODAY = '2026-03-10';
let t: TestApp;
let lppId: string;
let shared: Product;
const clients = new Map<Actor, Client>();
/** Each actor asks and decides on products of its own, so one actor's success does not change another's case. */
const readyFor = new Map<Actor, Product>();
const requestFor = new Map<Actor, StageRequest>();
const client = (a: Actor) => clients.get(a) as Client;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-10T02:00:00Z') });
  for (const actor of ACTORS) clients.set(actor, await signedIn(t)(ACCOUNTS[actor]));
  lppId = (await unitCoded(t, LPP)).id;
  const officer = client('own UPT officer');
  shared = await createProduct(officer);
  for (const actor of ACTORS) {
    readyFor.set(
      actor,
      await readyForDevelopment(t, officer, await createProduct(officer, { name: `Siap ${actor}` }), TODAY),
    );
    const asked = await readyForDevelopment(
      t,
      officer,
      await createProduct(officer, { name: `Diajukan ${actor}` }),
      TODAY,
    );
    requestFor.set(actor, await requestStage(officer, asked.id, 'pengembangan'));
  }
});
after(async () => t.close());

const url = () => `${PRODUCTS}/${shared.id}`;
const ACT: Record<Action, (by: Client, actor: Actor) => Promise<number>> = {
  list: async (by) => {
    const res = await by.get(`${PRODUCTS}?limit=500`);
    if (res.statusCode !== 200) return res.statusCode;
    return (res.json() as ProductPage).items.some((p) => p.id === shared.id) ? 200 : 404;
  },
  read: async (by) => (await by.get(url())).statusCode,
  create: async (by) =>
    (
      await by.post(PRODUCTS, {
        unitId: lppId,
        name: 'Roti manis',
        category: 'makanan',
        description: 'Roti.',
        unitOfSale: 'buah',
      })
    ).statusCode,
  edit: async (by) => (await by.patch(url(), { capacityPerWeek: 120 })).statusCode,
  request: async (by, actor) =>
    (await by.post(`${PRODUCTS}/${readyFor.get(actor)?.id}/stage-requests`, { toStage: 'pengembangan' })).statusCode,
  approve: async (by, actor) => (await by.post(`${STAGE_REQUESTS}/${requestFor.get(actor)?.id}/approve`)).statusCode,
  'queue shows it': async (by, actor) => {
    const res = await by.get(`${STAGE_REQUESTS}?status=diajukan&limit=500`);
    if (res.statusCode !== 200) return res.statusCode;
    return (res.json() as StageRequestPage).items.some((r) => r.product.id === requestFor.get(actor)?.product.id)
      ? 200
      : 404;
  },
};

describe('product scope: action × caller', () => {
  // The queue is checked before anyone approves, so each request is still waiting.
  for (const action of ['queue shows it', 'list', 'read', 'create', 'edit', 'request', 'approve'] as Action[]) {
    for (const actor of ACTORS) {
      const expected = EXPECTED[action][actor];
      test(`${actor} — ${action}: ${expected}`, async () => {
        assert.equal(await ACT[action](client(actor), actor), expected);
      });
    }
  }

  test('abilities follow the same rules', async () => {
    const asOfficer = (await client('own UPT officer').get(url())).json() as Product;
    const asViewer = (await client('HQ viewer').get(url())).json() as Product;
    assert.deepEqual(asOfficer.abilities, { edit: true, requestAdvance: false, approve: false });
    assert.deepEqual(asViewer.abilities, { edit: false, requestAdvance: false, approve: false });
  });

  test("another Kanwil's product: 404 on reads and writes for a Banten leader", async () => {
    const cipinang = await unitCoded(t, CIPINANG);
    const other = await createProduct(client('HQ leader'), { unitId: cipinang.id });
    const leader = client('Kanwil leader');
    assert.equal((await leader.get(`${PRODUCTS}/${other.id}`)).statusCode, 404);
    assert.equal((await leader.patch(`${PRODUCTS}/${other.id}`, { capacityPerWeek: 1 })).statusCode, 404);
    assert.equal(
      (
        await leader.post(`${PRODUCTS}/${other.id}/permits`, {
          kind: 'merek',
          number: 'IDM000123',
          issuedOn: '2026-01-01',
          expiresOn: null,
        })
      ).statusCode,
      404,
    );
    assert.equal(
      (
        await leader.post(PRODUCTS, {
          unitId: cipinang.id,
          name: 'Roti manis',
          category: 'makanan',
          description: 'Roti.',
          unitOfSale: 'buah',
        })
      ).statusCode,
      422,
    );
  });

  test('a Kanwil leader must name a UPT: its own office makes no products', async () => {
    const res = await client('Kanwil leader').post(PRODUCTS, {
      name: 'Roti manis',
      category: 'makanan',
      description: 'Roti.',
      unitOfSale: 'buah',
    });
    assert.equal(res.statusCode, 422, res.body);
  });
});
