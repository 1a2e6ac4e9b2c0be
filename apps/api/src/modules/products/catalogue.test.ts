import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { CatalogueItem, CataloguePage, NotificationPage, OrderRequestList } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import { API, CATALOGUE, CIPINANG_OFFICER, NOW, SECRET, orderBody, seedCatalogue, type CatalogueData } from './catalogue.test-kit.js';

let t: TestApp;
let data: CatalogueData;
let as: (username: string) => Promise<Client>;

before(async () => {
  t = await buildTestApp({ clock: () => NOW, config: { loginRateLimitPerMinute: 1000 } });
  as = signedIn(t);
  data = await seedCatalogue(t);
});
after(async () => t.close());

const names = (page: CataloguePage) => page.items.map((i) => i.name).sort();

describe('public catalogue', () => {
  test('shows only siap_pasar and unggulan products, without sign-in; hides trial, development, archived and expired-permit ones', async () => {
    const res = await t.anonymous.get(CATALOGUE);
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json() as CataloguePage;
    assert.deepEqual(names(page), ['Batik Lintas 5', 'Bordir Tangerang', 'Eco-print Kain']);
    assert.equal(page.total, 3);
    assert.equal(page.items[0]?.name, 'Bordir Tangerang', 'flagship first');
    for (const hidden of [data.ids.trial, data.ids.development, data.ids.archived, data.ids.expired]) {
      problem(await t.anonymous.get(`${CATALOGUE}/${hidden}`), 404, 'catalogue.not_found');
    }
  });

  test('a product tells where it comes from and how to order it', async () => {
    const item = (await t.anonymous.get(`${CATALOGUE}/${data.ids.bordir}`)).json() as CatalogueItem;
    assert.equal(item.stage, 'unggulan');
    assert.equal(item.unitName, 'Lapas Perempuan Kelas IIA Tangerang');
    assert.ok(item.kanwilName, 'the Kanwil is named');
    assert.equal(item.priceRupiah, 150_000);
    assert.deepEqual(item.howToOrder, { cooperativeName: 'Primkopasindo LPP Tangerang', orderFormPath: `/katalog/${data.ids.bordir}` });
    assert.deepEqual(item.photoUrls, [`/public/catalogue/${data.ids.bordir}/photos/0`]);
    const batik = (await t.anonymous.get(`${CATALOGUE}/${data.ids.batik}`)).json() as CatalogueItem;
    assert.equal(batik.howToOrder.cooperativeName, null, 'Cipinang has no cooperative recorded in this data');
  });

  test('filters by category, Kanwil and text', async () => {
    const lpp = (await t.anonymous.get(`${CATALOGUE}?q=tangerang`)).json() as CataloguePage;
    assert.deepEqual(names(lpp), ['Bordir Tangerang', 'Eco-print Kain'], 'by unit name too');
    const food = (await t.anonymous.get(`${CATALOGUE}?category=makanan`)).json() as CataloguePage;
    assert.equal(food.total, 0);
    const all = (await t.anonymous.get(CATALOGUE)).json() as CataloguePage;
    const dki = all.kanwil.find((k) => k.name.includes('DKI') || k.name.includes('Jakarta'));
    assert.ok(dki, `kanwil filter lists DKI: ${JSON.stringify(all.kanwil)}`);
    const byKanwil = (await t.anonymous.get(`${CATALOGUE}?kanwilId=${dki.id}`)).json() as CataloguePage;
    assert.deepEqual(names(byKanwil), ['Batik Lintas 5']);
    problem(await t.anonymous.get(`${CATALOGUE}?category=senjata`), 400);
  });

  test('no personal data: no inmate name, registration number or pseudonym, no staff, no user id, no inmate counts', async () => {
    const bodies = [(await t.anonymous.get(CATALOGUE)).body, ...(await Promise.all(Object.values(data.ids).map((id) => t.anonymous.get(`${CATALOGUE}/${id}`)))).map((r) => r.body)];
    const text = bodies.join('\n');
    for (const secret of [...Object.values(SECRET), ...data.userIds, 'inmatesInvolved', 'inmatesTrained', 'createdByUserId', '"17"', ':17', ':23']) {
      assert.ok(!text.includes(secret), `public catalogue leaks ${secret}`);
    }
  });

  test('photos are served as JPEG with no EXIF or GPS, with cache headers; other indexes are 404', async () => {
    const res = await t.anonymous.get(`${CATALOGUE}/${data.ids.bordir}/photos/0`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'image/jpeg');
    assert.match(String(res.headers['cache-control']), /public, max-age=\d+/);
    const meta = await sharp(res.rawPayload).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.exif, undefined, 'no EXIF (so no GPS)');
    assert.equal(meta.xmp, undefined);
    problem(await t.anonymous.get(`${CATALOGUE}/${data.ids.bordir}/photos/1`), 404, 'catalogue.photo_not_found');
    problem(await t.anonymous.get(`${CATALOGUE}/${data.ids.trial}/photos/0`), 404, 'catalogue.not_found');
  });
});

describe('order requests', () => {
  const orderUrl = (id: string) => `${CATALOGUE}/${id}/order-requests`;

  test('validates name, contact, quantity and message with Indonesian problems', async () => {
    for (const bad of [
      { buyerName: 'A' },
      { contact: 'bukan kontak' },
      { contact: '123' },
      { quantity: 0 },
      { quantity: 100_001 },
      { quantity: 1.5 },
      { message: 'x'.repeat(1001) },
      { extra: 'field' },
    ]) {
      const p = problem(await t.anonymous.post(orderUrl(data.ids.bordir), orderBody(bad)), 400);
      assert.ok(p.detail, JSON.stringify(bad));
    }
    problem(await t.anonymous.post(orderUrl(data.ids.trial), orderBody()), 404, 'catalogue.not_found');
    problem(await t.anonymous.post(orderUrl(data.ids.expired), orderBody()), 404, 'catalogue.not_found');
    problem(await t.anonymous.post(orderUrl(data.ids.bordir), orderBody({ website: 'http://spam.example' })), 422, 'catalogue.rejected');
    const officer = await as('koperasi.lpp.tangerang');
    const list = (await officer.get(`${API}/order-requests`)).json() as OrderRequestList;
    assert.equal(list.total, 0, 'nothing refused was stored');
  });

  test("a request reaches the unit's cooperative officer and leader, not another unit's officer", async () => {
    const res = await t.anonymous.post(orderUrl(data.ids.bordir), orderBody({ contact: 'pembeli@contoh.co.id' }));
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(Object.keys(res.json() as object).sort(), ['cooperativeName', 'id', 'productName']);
    for (const username of ['koperasi.lpp.tangerang', 'kalapas.lpp.tangerang']) {
      const inbox = (await (await as(username)).get(`${API}/notifications`)).json() as NotificationPage;
      const note = inbox.items.find((n) => n.kind === 'order_request');
      assert.ok(note, `${username} is told`);
      assert.match(note.title, /Bordir Tangerang/);
      assert.equal(note.link, '/koperasi/pesanan');
    }
    for (const username of [CIPINANG_OFFICER, 'operator.lpp.tangerang']) {
      const inbox = (await (await as(username)).get(`${API}/notifications`)).json() as NotificationPage;
      assert.equal(inbox.items.filter((n) => n.kind === 'order_request').length, 0, `${username} is not told`);
    }
  });

  test('the inbox shows the contact in scope only; status moves baru → dihubungi → selesai and is audited', async () => {
    await t.anonymous.post(orderUrl(data.ids.batik), orderBody({ buyerName: 'Butik Cipinang' }));
    const officer = await as('koperasi.lpp.tangerang');
    const mine = (await officer.get(`${API}/order-requests`)).json() as OrderRequestList;
    assert.deepEqual(mine.items.map((r) => r.productName), ['Bordir Tangerang'], 'not the Cipinang request');
    const request = mine.items[0];
    assert.ok(request);
    assert.equal(request.contact, 'pembeli@contoh.co.id');
    assert.deepEqual(request.abilities.moveTo, ['dihubungi', 'ditolak']);
    const other = await as(CIPINANG_OFFICER);
    problem(await other.patch(`${API}/order-requests/${request.id}`, { status: 'dihubungi' }), 404, 'order_requests.not_found');
    assert.deepEqual(((await other.get(`${API}/order-requests`)).json() as OrderRequestList).items.map((r) => r.buyerName), ['Butik Cipinang']);
    const kanwil = ((await (await as('kakanwil.banten')).get(`${API}/order-requests`)).json() as OrderRequestList).items;
    assert.deepEqual(kanwil.map((r) => r.id), [request.id], 'the Kanwil leader sees its UPTs only');
    problem(await officer.patch(`${API}/order-requests/${request.id}`, { status: 'selesai' }), 409, 'order_requests.move_not_allowed');
    const contacted = await officer.patch(`${API}/order-requests/${request.id}`, { status: 'dihubungi' });
    assert.equal(contacted.statusCode, 200, contacted.body);
    assert.deepEqual((contacted.json() as { abilities: { moveTo: string[] } }).abilities.moveTo, ['selesai', 'ditolak']);
    const done = (await officer.get(`${API}/order-requests?status=dihubungi`)).json() as OrderRequestList;
    assert.equal(done.total, 1);
    const audit = await (await as('kalapas.lpp.tangerang')).get(`${API}/audit-events?action=order_requests.status_changed`);
    assert.equal(audit.statusCode, 200, audit.body);
    assert.equal((audit.json() as { total: number }).total, 1);
    problem(await (await as('operator.lpp.tangerang')).get(`${API}/order-requests`), 403);
    problem(await (await as('humas.ditjenpas')).patch(`${API}/order-requests/${request.id}`, { status: 'selesai' }), 403);
  });
});

describe('order request rate limit', () => {
  test('the same address is limited per minute like sign-in attempts', async () => {
    const limited = await buildTestApp({ clock: () => NOW, config: { loginRateLimitPerMinute: 2 } });
    try {
      const d = await seedCatalogue(limited);
      const url = `${CATALOGUE}/${d.ids.ecoprint}/order-requests`;
      assert.equal((await limited.anonymous.post(url, orderBody())).statusCode, 201);
      assert.equal((await limited.anonymous.post(url, orderBody())).statusCode, 201);
      const third = await limited.anonymous.post(url, orderBody());
      assert.equal(third.statusCode, 429, third.body);
    } finally {
      await limited.close();
    }
  });
});
