import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CooperativeList, DepositList, PreorderHistory, PreorderWeek, PriceList } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { API, LPP_CODE, billingCode, papuaUpt, problem, registration, signedIn, unitByCode, type UnitRef } from './cooperative.test-kit.js';

// Wednesday 11 March 2026, 10.00 WIB: this week began Monday 9 March, the coming one starts Monday 16 March.
let now = new Date('2026-03-11T03:00:00Z');
let t: TestApp;
let officer: Client;
let lpp: UnitRef;

before(async () => {
  // Sign-ins stay valid across the weeks the clock is moved through.
  t = await buildTestApp({ clock: () => now, config: { sessionTtlHours: 24 * 365 } });
  officer = await signedIn(t)('koperasi.lpp.tangerang');
  lpp = await unitByCode(t, LPP_CODE);
});
after(async () => t.close());

const at = (iso: string) => {
  now = new Date(iso);
};

describe('cooperative registration', () => {
  test('a deed needs its number and date, a legal entity also the SK AHU number and date, each reported', async () => {
    const url = `${API}/units/${lpp.id}/cooperative`;
    const deed = problem(await officer.put(url, { name: registration.name, status: 'akta_terbit' }), 422, 'cooperative.invalid');
    assert.deepEqual(deed.errors?.map((e) => e.path), ['body.deedNumber', 'body.deedDate']);
    const legal = problem(await officer.put(url, { ...registration, status: 'berbadan_hukum' }), 422, 'cooperative.invalid');
    assert.deepEqual(legal.errors?.map((e) => e.path), ['body.legalEntityNumber', 'body.legalEntityDate']);
  });

  test('dates may not lie in the future of the unit’s today', async () => {
    const url = `${API}/units/${lpp.id}/cooperative`;
    const body = problem(await officer.put(url, { ...registration, deedDate: '2026-03-12' }), 422);
    assert.deepEqual(body.errors?.map((e) => [e.path, e.code]), [['body.deedDate', 'future']]);
    assert.equal((await officer.put(url, { ...registration, deedDate: '2026-03-11' })).statusCode, 200);
  });

  test('a saved registration shows in the list; an unregistered UPT counts as belum_terdaftar', async () => {
    const res = await officer.put(`${API}/units/${lpp.id}/cooperative`, { ...registration, status: 'berbadan_hukum', legalEntityNumber: 'AHU-0001.AH.01.26', legalEntityDate: '2025-08-01' });
    assert.equal(res.statusCode, 200, res.body);
    const kanwil = await signedIn(t)('kakanwil.banten');
    const list = (await kanwil.get(`${API}/cooperatives`)).json() as CooperativeList;
    const row = list.items.find((r) => r.unitId === lpp.id);
    assert.equal(row?.status, 'berbadan_hukum');
    assert.equal(row?.cooperative?.legalEntityNumber, 'AHU-0001.AH.01.26');
    assert.ok(list.items.length > 1);
    assert.ok(list.items.filter((r) => r.unitId !== lpp.id).every((r) => r.status === 'belum_terdaftar' && r.cooperative === null));
  });

  test('a status going back to belum_terdaftar clears the deed and SK', async () => {
    const res = await officer.put(`${API}/units/${lpp.id}/cooperative`, { ...registration, status: 'belum_terdaftar' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as { cooperative: { deedNumber: string | null } }).cooperative.deedNumber, null);
  });
});

describe('weekly pre-order', () => {
  const items = [{ name: 'Beras', quantity: 50, unit: 'kg' }];
  const url = (unit: UnitRef, week: string) => `${API}/units/${unit.id}/preorders/${week}`;

  test('the week must start on a Monday, have items with a quantity above 0, and not have passed', async () => {
    at('2026-03-11T03:00:00Z');
    problem(await officer.put(url(lpp, '2026-03-17'), { items }), 422, 'cooperative.invalid');
    problem(await officer.put(url(lpp, '2026-03-16'), { items: [] }), 400);
    problem(await officer.put(url(lpp, '2026-03-16'), { items: [{ name: 'Beras', quantity: 0, unit: 'kg' }] }), 400);
    problem(await officer.put(url(lpp, '2026-03-02'), { items }), 409, 'cooperative.preorder_week_passed');
  });

  test('sent before the week starts it is on time, editable until Monday, then 409; the first time stays', async () => {
    at('2026-03-11T03:00:00Z');
    const first = (await officer.put(url(lpp, '2026-03-16'), { items })).json() as PreorderWeek;
    assert.equal(first.state, 'tepat_waktu');
    assert.equal(first.editable, true);
    at('2026-03-15T16:00:00Z'); // Sunday 23.00 WIB
    const changed = await officer.put(url(lpp, '2026-03-16'), { items: [...items, { name: 'Gula', quantity: 10, unit: 'kg' }] });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal((changed.json() as PreorderWeek).submittedAt, first.submittedAt);
    assert.equal((changed.json() as PreorderWeek).items.length, 2);
    at('2026-03-15T17:00:00Z'); // Monday 00.00 WIB
    problem(await officer.put(url(lpp, '2026-03-16'), { items }), 409, 'cooperative.preorder_week_started');
  });

  test('a first PO sent during the running week is accepted as late', async () => {
    at('2026-03-10T02:00:00Z'); // Tuesday 10 March, 09.00 WIB
    const res = await officer.put(url(lpp, '2026-03-09'), { items });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as PreorderWeek).state, 'terlambat');
  });

  test('history: the last N weeks including the coming one, missing weeks as tidak_ada', async () => {
    at('2026-03-18T03:00:00Z'); // this week 16 March, coming 23 March
    const res = await officer.get(`${API}/units/${lpp.id}/preorders?weeks=8`);
    const history = res.json() as PreorderHistory;
    assert.equal(history.comingWeekStart, '2026-03-23');
    assert.deepEqual(history.weeks.map((w) => w.weekStart), ['2026-03-23', '2026-03-16', '2026-03-09', '2026-03-02', '2026-02-23', '2026-02-16', '2026-02-09', '2026-02-02']);
    assert.deepEqual(history.weeks.map((w) => w.state), ['tidak_ada', 'tepat_waktu', 'terlambat', 'tidak_ada', 'tidak_ada', 'tidak_ada', 'tidak_ada', 'tidak_ada']);
    assert.deepEqual(history.weeks.map((w) => w.editable).slice(0, 2), [true, false]);
  });
});

describe('PO timeliness at the Monday 00:00 WIT boundary of a Papua unit', () => {
  const items = [{ name: 'Minyak goreng', quantity: 20, unit: 'liter' }];

  test('one second before Monday 00:00 WIT is on time', async () => {
    const papua = await papuaUpt(t);
    const dirjen = await signedIn(t)('dirjen');
    at('2026-03-15T14:59:59Z'); // Sunday 23.59.59 WIT
    const res = await dirjen.put(`${API}/units/${papua.id}/preorders/2026-03-16`, { items });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as PreorderWeek).state, 'tepat_waktu');
  });

  test('one second after Monday 00:00 WIT is late, while the same instant is still Sunday in WIB', async () => {
    const papua = await papuaUpt(t);
    const dirjen = await signedIn(t)('dirjen');
    at('2026-03-22T15:00:01Z'); // Monday 23 March 00.00.01 WIT, Sunday 22.00.01 WIB
    const res = await dirjen.put(`${API}/units/${papua.id}/preorders/2026-03-23`, { items });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as PreorderWeek).state, 'terlambat');
    assert.equal((res.json() as PreorderWeek).editable, false);
    const wib = await unitByCode(t, 'lapas-kelas-i-cipinang');
    const inWib = await dirjen.put(`${API}/units/${wib.id}/preorders/2026-03-23`, { items });
    assert.equal((inWib.json() as PreorderWeek).state, 'tepat_waktu');
    problem(await dirjen.put(`${API}/units/${papua.id}/preorders/2026-03-23`, { items }), 409, 'cooperative.preorder_week_started');
  });
});

describe('price list', () => {
  test('saved whole; an item more than 10 % above its market price is flagged, exactly 10 % is not', async () => {
    at('2026-03-11T03:00:00Z');
    const url = `${API}/units/${lpp.id}/prices`;
    const res = await officer.put(url, {
      items: [
        { itemName: 'Beras', unitOfSale: 'kg', priceRupiah: 14_300, marketPriceRupiah: 13_000 },
        { itemName: 'Gula', unitOfSale: 'kg', priceRupiah: 18_701, marketPriceRupiah: 17_000 },
        { itemName: 'Sabun', unitOfSale: 'batang', priceRupiah: 5_000, marketPriceRupiah: null },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    const list = (await officer.get(url)).json() as PriceList;
    assert.deepEqual(list.items.map((i) => [i.itemName, i.aboveMarket]), [['Beras', false], ['Gula', true], ['Sabun', false]]);
    assert.equal(list.abilities.edit, true);
    await officer.put(url, { items: [{ itemName: 'Teh', unitOfSale: 'kotak', priceRupiah: 8_000, marketPriceRupiah: 8_000 }] });
    assert.deepEqual(((await officer.get(url)).json() as PriceList).items.map((i) => i.itemName), ['Teh']);
  });

  test('the same item and unit twice, or a price of 0, is refused', async () => {
    const url = `${API}/units/${lpp.id}/prices`;
    const item = { itemName: 'Beras', unitOfSale: 'kg', priceRupiah: 14_000, marketPriceRupiah: 13_000 };
    const dup = problem(await officer.put(url, { items: [item, { ...item, itemName: 'beras' }] }), 422);
    assert.equal(dup.errors?.[0]?.path, 'body.items.1.itemName');
    problem(await officer.put(url, { items: [{ ...item, priceRupiah: 0 }] }), 400);
  });
});

describe('PNBP deposits', () => {
  const url = () => `${API}/units/${lpp.id}/pnbp-deposits`;
  const body = (overrides: Record<string, unknown> = {}) => ({ billingCode: billingCode(), ntpn: 'A1B2C3D4E5F6G7H8', amountRupiah: 1_250_000, depositedOn: '2026-03-10', ...overrides });

  test('billing code of 15 digits, NTPN of 16 letters or digits, an amount above 0', async () => {
    at('2026-03-11T03:00:00Z');
    problem(await officer.post(url(), body({ billingCode: '12345678901234' })), 400);
    problem(await officer.post(url(), body({ billingCode: '12345678901234A' })), 400);
    problem(await officer.post(url(), body({ ntpn: 'A1B2C3D4E5F6G7H' })), 400);
    problem(await officer.post(url(), body({ amountRupiah: 0 })), 400);
    assert.equal((await officer.post(url(), body({ ntpn: null }))).statusCode, 201);
  });

  test('a deposit dated after the unit’s today is refused', async () => {
    const res = problem(await officer.post(url(), body({ depositedOn: '2026-03-12' })), 422);
    assert.equal(res.errors?.[0]?.path, 'body.depositedOn');
  });

  test('a billing code recorded once is a 409 the second time, and the list sums the deposits', async () => {
    const first = body({ amountRupiah: 750_000 });
    assert.equal((await officer.post(url(), first)).statusCode, 201);
    problem(await officer.post(url(), { ...first, amountRupiah: 1 }), 409, 'cooperative.duplicate_billing_code');
    const list = (await officer.get(url())).json() as DepositList;
    assert.equal(list.items.length, 2);
    assert.equal(list.totalRupiah, 1_250_000 + 750_000);
  });
});

describe('targets', () => {
  const url = (unit: UnitRef) => `${API}/units/${unit.id}/targets/2026`;

  test('set above the UPT: the UPT’s own leader may not, its Kanwil leader may, amounts never below 0', async () => {
    problem(await (await signedIn(t)('kalapas.lpp.tangerang')).put(url(lpp), { salesRupiah: 1, pnbpRupiah: 1 }), 403);
    const kakanwil = await signedIn(t)('kakanwil.banten');
    problem(await kakanwil.put(url(lpp), { salesRupiah: -1, pnbpRupiah: 0 }), 400);
    const res = await kakanwil.put(url(lpp), { salesRupiah: 100_000_000, pnbpRupiah: 50_000_000 });
    assert.equal(res.statusCode, 200, res.body);
    const kanwil = await unitByCode(t, 'banten');
    problem(await kakanwil.put(url(kanwil), { salesRupiah: 1, pnbpRupiah: 1 }), 404);
  });
});
