import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Permit, Product } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { PRODUCTS, createProduct, problem, productOf, signedIn } from './products.test-kit.js';

let t: TestApp;
let officer: Client;
let viewer: Client;
let product: Product;
const permits = () => `${PRODUCTS}/${product.id}/permits`;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2026-03-10T02:00:00Z') });
  officer = await signedIn(t)('koperasi.lpp.tangerang');
  viewer = await signedIn(t)('humas.ditjenpas');
  product = await createProduct(officer);
});
after(async () => t.close());

describe('product permits', () => {
  test('a permit is added with its number and expiry, and shown with its status', async () => {
    const res = await officer.post(permits(), {
      kind: 'pirt',
      number: 'P-IRT 2063603010001-27',
      issuedOn: '2025-01-15',
      expiresOn: '2026-04-09',
    });
    assert.equal(res.statusCode, 201, res.body);
    const permit = res.json() as Permit;
    assert.equal(permit.status, 'segera_berakhir');
    assert.equal(permit.daysLeft, 30);
    const shown = (await productOf(officer, product.id)).permits;
    assert.deepEqual(
      shown.map((p) => p.number),
      ['P-IRT 2063603010001-27'],
    );
  });

  test('only a brand registration may have no expiry', async () => {
    const body = problem(
      await officer.post(permits(), { kind: 'halal', number: 'ID3111000123', issuedOn: '2025-01-15', expiresOn: null }),
      422,
      'products.permit_invalid',
    );
    assert.match(body.detail ?? '', /Sertifikat halal harus memiliki tanggal berakhir/);
    const merek = await officer.post(permits(), {
      kind: 'merek',
      number: 'IDM000987654',
      issuedOn: '2025-01-15',
      expiresOn: null,
    });
    assert.equal(merek.statusCode, 201, merek.body);
    assert.equal((merek.json() as Permit).status, 'berlaku');
  });

  test('the expiry comes after the issue, and the issue is not in the future', async () => {
    const before = problem(
      await officer.post(permits(), {
        kind: 'bpom',
        number: 'MD 123456789',
        issuedOn: '2025-06-01',
        expiresOn: '2025-06-01',
      }),
      422,
    );
    assert.deepEqual(
      before.errors?.map((e) => e.path),
      ['body.expiresOn'],
    );
    const future = problem(
      await officer.post(permits(), {
        kind: 'bpom',
        number: 'MD 123456789',
        issuedOn: '2026-03-11',
        expiresOn: '2031-03-11',
      }),
      422,
    );
    assert.deepEqual(
      future.errors?.map((e) => e.path),
      ['body.issuedOn'],
    );
    problem(
      await officer.post(permits(), { kind: 'sni', number: 'X-1', issuedOn: '2025-01-01', expiresOn: '2027-01-01' }),
      400,
    );
  });

  test('an expired permit shows as expired; it is renewed by a patch and removed by a delete', async () => {
    const res = await officer.post(permits(), {
      kind: 'halal',
      number: 'ID3111000555',
      issuedOn: '2022-01-01',
      expiresOn: '2026-03-09',
    });
    const permit = res.json() as Permit;
    assert.equal(permit.status, 'kedaluwarsa');
    assert.equal(permit.daysLeft, -1);
    problem(await officer.patch(`${permits()}/${permit.id}`, { expiresOn: '2021-12-31' }), 422);
    const empty = problem(await officer.patch(`${permits()}/${permit.id}`, {}), 400, 'validation_failed');
    assert.match(JSON.stringify(empty), /minimal satu data izin/);
    const renewed = await officer.patch(`${permits()}/${permit.id}`, { expiresOn: '2030-03-09' });
    assert.equal(renewed.statusCode, 200, renewed.body);
    assert.equal((renewed.json() as Permit).status, 'berlaku');
    assert.equal((await officer.delete(`${permits()}/${permit.id}`)).statusCode, 204);
    problem(await officer.delete(`${permits()}/${permit.id}`), 404);
    const actions = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, product.id));
    const names = actions.map((a) => a.action);
    for (const a of ['products.permit_added', 'products.permit_updated', 'products.permit_removed'])
      assert.ok(names.includes(a), a);
  });

  test('a read-only role cannot add permits', async () => {
    problem(
      await viewer.post(permits(), { kind: 'merek', number: 'IDM000111222', issuedOn: '2025-01-15', expiresOn: null }),
      403,
    );
  });
});
