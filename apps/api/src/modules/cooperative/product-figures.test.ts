import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProductFigureRow, ProductFigures, Realisation } from '@selaras/contracts';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { API, problem, signedIn } from './cooperative.test-kit.js';
import { seedDataset, uptCount, type Dataset } from './product-figures.test-kit.js';

let t: TestApp;
let data: Dataset;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-11T03:00:00Z') });
  data = await seedDataset(t);
});
after(async () => t.close());

async function figuresAs(username: string, query = ''): Promise<ProductFigures> {
  const res = await (await signedIn(t)(username)).get(`${API}/product-figures${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as ProductFigures;
}

const money = (r: ProductFigureRow) => ({
  salesTarget: r.salesTargetRupiah,
  salesRealised: r.salesRealisedRupiah,
  pnbpTarget: r.pnbpTargetRupiah,
  pnbpDue: r.pnbpDueRupiah,
  pnbpDeposited: r.pnbpDepositedRupiah,
  premiCredited: r.premiCreditedRupiah,
  premiPaid: r.premiPaidRupiah,
});

const LPP_2026 = { salesTarget: 10_000_000, salesRealised: 3_000_000, pnbpTarget: 4_000_000, pnbpDue: 1_500_000, pnbpDeposited: 600_000, premiCredited: 350_000, premiPaid: 100_000 };

describe('product figures on a known dataset', () => {
  test('a UPT sees itself: one UPT with a market-ready product, its stages, money and cooperative', async () => {
    const f = await figuresAs('koperasi.lpp.tangerang');
    assert.equal(f.year, 2026);
    assert.equal(f.per, 'unit');
    assert.deepEqual(f.items.map((r) => r.unitId), [data.lpp.id]);
    assert.equal(f.total.upts, 1);
    assert.equal(f.total.uptsWithMarketProduct, 1);
    assert.equal(f.total.marketShare, 1);
    assert.deepEqual(f.total.productsByStage, { uji_coba: 1, pengembangan: 0, siap_pasar: 1, unggulan: 0 });
    assert.deepEqual(money(f.total), LPP_2026);
    assert.deepEqual(f.total.cooperativesByStatus, { belum_terdaftar: 0, akta_terbit: 1, berbadan_hukum: 0 });
  });

  test('a Kanwil sees each of its UPTs and their sum', async () => {
    const f = await figuresAs('kakanwil.banten');
    const upts = await uptCount(t, `${data.lpp.path.split('/').slice(0, -2).join('/')}/`);
    assert.equal(f.per, 'unit');
    assert.equal(f.items.length, upts);
    const lpp = f.items.find((r) => r.unitId === data.lpp.id);
    const other = f.items.find((r) => r.unitId === data.otherBanten.id);
    assert.ok(lpp && other);
    assert.deepEqual(money(lpp), LPP_2026);
    assert.equal(other.uptsWithMarketProduct, 0);
    assert.equal(other.salesRealisedRupiah, 500_000);
    assert.equal(f.total.upts, upts);
    assert.equal(f.total.uptsWithMarketProduct, 1);
    assert.equal(f.total.marketShare, 1 / upts);
    assert.deepEqual(f.total.productsByStage, { uji_coba: 1, pengembangan: 1, siap_pasar: 1, unggulan: 0 });
    assert.deepEqual(money(f.total), { ...LPP_2026, salesRealised: 3_500_000, pnbpDue: 1_750_000 });
    assert.deepEqual(f.total.cooperativesByStatus, { belum_terdaftar: upts - 2, akta_terbit: 1, berbadan_hukum: 1 });
    assert.ok(!f.items.some((r) => r.unitId === data.cipinang.id));
  });

  test('HQ sees each Kanwil as the sum of its UPTs, and the nation', async () => {
    const f = await figuresAs('dirjen');
    const all = await uptCount(t, '/');
    assert.equal(f.per, 'kanwil');
    const banten = f.items.find((r) => r.unitId === data.bantenKanwilId);
    const dki = f.items.find((r) => r.unitId === data.dkiKanwilId);
    assert.ok(banten && dki);
    assert.equal(banten.unitKind, 'kanwil');
    assert.equal(banten.salesRealisedRupiah, 3_500_000);
    assert.equal(banten.uptsWithMarketProduct, 1);
    assert.deepEqual(money(dki), { salesTarget: 5_000_000, salesRealised: 3_000_000, pnbpTarget: 0, pnbpDue: 1_500_000, pnbpDeposited: 1_500_000, premiCredited: 0, premiPaid: 0 });
    assert.equal(dki.productsByStage.unggulan, 1);
    assert.equal(f.total.upts, all);
    assert.equal(f.total.uptsWithMarketProduct, 2);
    assert.equal(f.total.marketShare, 2 / all);
    assert.deepEqual(money(f.total), { salesTarget: 15_000_000, salesRealised: 6_500_000, pnbpTarget: 4_000_000, pnbpDue: 3_250_000, pnbpDeposited: 2_100_000, premiCredited: 350_000, premiPaid: 100_000 });
    assert.equal(f.items.reduce((sum, r) => sum + r.upts, 0), all);
  });

  test('another year counts only its own sales, deposits and premi', async () => {
    const f = await figuresAs('dirjen', '?year=2025');
    assert.deepEqual(money(f.total), { salesTarget: 0, salesRealised: 5_000_000, pnbpTarget: 0, pnbpDue: 2_500_000, pnbpDeposited: 100_000, premiCredited: 70_000, premiPaid: 20_000 });
    assert.equal(f.total.uptsWithMarketProduct, 2, 'products are counted as they stand now');
  });

  test('a unit outside the caller’s subtree is 404', async () => {
    problem(await (await signedIn(t)('kakanwil.banten')).get(`${API}/product-figures?unitId=${data.dkiKanwilId}`), 404);
    problem(await (await signedIn(t)('koperasi.lpp.tangerang')).get(`${API}/product-figures?unitId=${data.otherBanten.id}`), 404);
  });
});

describe('sales realisation', () => {
  test('per UPT for a Kanwil, with ratios; per Kanwil for HQ', async () => {
    const res = await (await signedIn(t)('kakanwil.banten')).get(`${API}/sales-realisation?year=2026`);
    const r = res.json() as Realisation;
    assert.equal(r.per, 'unit');
    assert.equal(r.abilities.setTargets, true);
    const lpp = r.items.find((row) => row.unitId === data.lpp.id);
    assert.deepEqual(
      lpp && [lpp.salesRatio, lpp.pnbpRatio, lpp.depositedOfDueRatio],
      [0.3, 0.15, 0.4],
    );
    assert.equal(r.items.find((row) => row.unitId === data.otherBanten.id)?.salesRatio, null);
    const hq = (await (await signedIn(t)('dirjen')).get(`${API}/sales-realisation?year=2026`)).json() as Realisation;
    assert.equal(hq.per, 'kanwil');
    assert.equal(hq.abilities.setTargets, false);
    assert.equal(hq.items.find((row) => row.unitId === data.dkiKanwilId)?.salesRatio, 0.6);
    assert.equal(hq.total.pnbpDepositedRupiah, 2_100_000);
  });

  test('a target set through the API shows at once', async () => {
    const kakanwil = await signedIn(t)('kakanwil.banten');
    const put = await kakanwil.put(`${API}/units/${data.otherBanten.id}/targets/2026`, { salesRupiah: 1_000_000, pnbpRupiah: 250_000 });
    assert.equal(put.statusCode, 200, put.body);
    const r = (await kakanwil.get(`${API}/sales-realisation?year=2026`)).json() as Realisation;
    const other = r.items.find((row) => row.unitId === data.otherBanten.id);
    assert.deepEqual(other && [other.salesRatio, other.pnbpRatio, other.depositedOfDueRatio], [0.5, 0, 0]);
  });
});
