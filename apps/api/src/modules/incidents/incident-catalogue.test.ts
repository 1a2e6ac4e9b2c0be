import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncidentCategory, Severity, SopVersion } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import {
  CATALOGUE,
  catalogueEvents,
  catalogueOf,
  categoryBody,
  put,
  testClock,
} from './incident-catalogue.test-kit.js';

const time = testClock('2025-06-01T00:00:00Z');
let t: TestApp;
let as: (username: string) => Promise<Client>;

before(async () => {
  t = await buildTestApp({ clock: time.clock });
  as = signedIn(t);
});
after(async () => t.close());

test('everyone who sees incidents reads the seeded catalogue; only admins may configure it', async () => {
  const admin = await catalogueOf(await as('admin'));
  assert.equal(admin.abilities.configure, true);
  assert.equal(admin.categories.length, 13);
  assert.deepEqual(
    admin.severities.map((s) => s.code),
    ['ringan', 'sedang', 'berat', 'kritis'],
  );
  const pelarian = admin.categories.find((c) => c.code === 'pelarian');
  assert.ok(pelarian);
  assert.equal(admin.currentSop[pelarian.id]?.version, 1);
  assert.ok(admin.rules.some((r) => r.level === 'unit' && r.categoryId === null && r.minSeverityRank === 1));

  const kplp = await catalogueOf(await as('kplp.lpp.tangerang'));
  assert.equal(kplp.abilities.configure, false);
  assert.equal(kplp.categories.length, 13);
  problem(await (await as('humas.ditjenpas')).get(CATALOGUE), 403, 'forbidden');
});

test('an admin adds, edits and deactivates a category; others no longer see it but it is kept', async () => {
  const admin = await as('admin');
  const created = await admin.post(`${CATALOGUE}/categories`, categoryBody());
  assert.equal(created.statusCode, 201, created.body);
  const category = created.json() as IncidentCategory;
  assert.equal(category.active, true);
  assert.equal(category.counters.length, 3);

  const edited = await admin.put(
    `${CATALOGUE}/categories/${category.id}`,
    categoryBody({ name: 'Penyelundupan barang', serious: true, active: false }),
  );
  assert.equal(edited.statusCode, 200, edited.body);
  assert.deepEqual((edited.json() as IncidentCategory).serious, true);

  const adminView = await catalogueOf(admin);
  const kept = adminView.categories.find((c) => c.id === category.id);
  assert.equal(kept?.name, 'Penyelundupan barang');
  assert.equal(kept?.active, false);
  const operatorView = await catalogueOf(await as('operator.lpp.tangerang'));
  assert.equal(
    operatorView.categories.some((c) => c.id === category.id),
    false,
  );

  const events = await catalogueEvents(t);
  const update = events.find((e) => e.subjectId === category.id && e.summary.change === 'category_updated');
  assert.ok(update, 'the edit is audited');
  assert.deepEqual(Object.keys(update.summary.changed as object).sort(), ['active', 'name', 'serious']);
  assert.equal(update.actorName !== null, true);
  assert.ok(events.some((e) => e.subjectId === category.id && e.summary.change === 'category_created'));

  problem(
    await admin.put(
      `${CATALOGUE}/categories/0190a0b0-0000-7000-8000-0000000000ff`,
      categoryBody({ code: 'tidak_ada' }),
    ),
    404,
    'incidents.category_not_found',
  );
});

test('a category code is unique (409 in Indonesian), on create and on edit', async () => {
  const admin = await as('admin');
  const taken = problem(
    await admin.post(`${CATALOGUE}/categories`, categoryBody({ code: 'pelarian' })),
    409,
    'incidents.category_code_taken',
  );
  assert.match(taken.detail ?? '', /sudah dipakai/);
  const other = (
    await admin.post(`${CATALOGUE}/categories`, categoryBody({ code: 'pungli' }))
  ).json() as IncidentCategory;
  problem(
    await admin.put(`${CATALOGUE}/categories/${other.id}`, categoryBody({ code: 'kebakaran' })),
    409,
    'incidents.category_code_taken',
  );
  const same = await admin.put(
    `${CATALOGUE}/categories/${other.id}`,
    categoryBody({ code: 'pungli', name: 'Pungutan liar' }),
  );
  assert.equal(same.statusCode, 200, same.body);
});

test('counter definitions that do not add up are refused with field errors', async () => {
  const admin = await as('admin');
  const before = (await catalogueOf(admin)).categories.length;
  const bad = problem(
    await admin.post(
      `${CATALOGUE}/categories`,
      categoryBody({
        code: 'hitung_salah',
        counters: [
          { key: 'a_1', label: 'Satu', labelEn: 'One' },
          { key: 'a_1', label: 'Dua', labelEn: 'Two' },
          { key: 'sisa', label: 'Sisa', labelEn: 'Left', derived: { from: 'sisa', subtract: ['tidak_ada'] } },
        ],
      }),
    ),
    422,
    'incidents.counters_invalid',
  );
  assert.deepEqual(
    bad.errors?.map((e) => e.path),
    ['body.counters.1.key', 'body.counters.2.derived.from', 'body.counters.2.derived.subtract'],
  );
  assert.equal((await catalogueOf(admin)).categories.length, before, 'nothing saved');
  problem(
    await admin.post(`${CATALOGUE}/categories`, { ...categoryBody({ code: 'Bad Code' }) }),
    400,
    'validation_failed',
  );
});

test('dirjen and the security officer may read but not change the catalogue', async () => {
  const { categories, rules } = await catalogueOf(await as('admin'));
  const first = categories[0];
  assert.ok(first);
  for (const username of ['dirjen', 'kplp.lpp.tangerang']) {
    const by = await as(username);
    problem(await by.post(`${CATALOGUE}/categories`, categoryBody({ code: 'coba_coba' })), 403);
    problem(await by.put(`${CATALOGUE}/categories/${first.id}`, categoryBody({ code: first.code })), 403);
    problem(
      await put(by, `${CATALOGUE}/severities/ringan`, { code: 'ringan', name: 'Ringan', nameEn: 'Minor', rank: 1 }),
      403,
    );
    problem(
      await by.post(`${CATALOGUE}/categories/${first.id}/sop`, {
        activeFrom: '2025-07-01T00:00:00Z',
        steps: [{ key: 'a1', text: 'Langkah' }],
      }),
      403,
    );
    problem(await put(by, `${CATALOGUE}/rules`, rules), 403);
    assert.equal((await by.get(`${CATALOGUE}/categories/${first.id}/sop`)).statusCode, 200);
    assert.equal((await by.get(`${CATALOGUE}/rules`)).statusCode, 200);
  }
});

test('severities are upserted by code', async () => {
  const admin = await as('admin');
  const added = await put(admin, `${CATALOGUE}/severities/darurat`, {
    code: 'darurat',
    name: 'Darurat',
    nameEn: 'Emergency',
    rank: 5,
  });
  assert.equal(added.statusCode, 200, added.body);
  const changed = await put(admin, `${CATALOGUE}/severities/darurat`, {
    code: 'darurat',
    name: 'Darurat nasional',
    nameEn: 'National emergency',
    rank: 5,
    active: false,
  });
  assert.equal((changed.json() as Severity).name, 'Darurat nasional');
  const view = await catalogueOf(admin);
  assert.equal(view.severities.find((s) => s.code === 'darurat')?.active, false);
  assert.equal(
    (await catalogueOf(await as('kplp.lpp.tangerang'))).severities.some((s) => s.code === 'darurat'),
    false,
  );
  problem(
    await put(admin, `${CATALOGUE}/severities/ringan`, { code: 'berat', name: 'Berat', nameEn: 'Severe', rank: 3 }),
    422,
    'incidents.severity_code_mismatch',
  );
  const events = await catalogueEvents(t);
  assert.deepEqual(
    events.filter((e) => e.subjectId === 'darurat').map((e) => e.summary.change),
    ['severity_updated', 'severity_created'],
  );
});

test('SOP versions are numbered in order; a future version takes over only when its time comes', async () => {
  const admin = await as('admin');
  const kebakaran = (await catalogueOf(admin)).categories.find((c) => c.code === 'kebakaran');
  assert.ok(kebakaran);
  const sopUrl = `${CATALOGUE}/categories/${kebakaran.id}/sop`;
  const steps = [
    { key: 'panggil_damkar', text: 'Panggil pemadam kebakaran' },
    { key: 'evakuasi', text: 'Evakuasi ke titik kumpul' },
  ];

  const past = problem(
    await admin.post(sopUrl, { activeFrom: '2025-05-31T23:54:00Z', steps }),
    422,
    'incidents.sop_in_the_past',
  );
  assert.equal(past.errors?.[0]?.path, 'body.activeFrom');
  const v2 = await admin.post(sopUrl, { activeFrom: '2025-05-31T23:57:00+00:00', steps, note: 'Revisi pertama' });
  assert.equal(v2.statusCode, 201, v2.body);
  assert.equal((v2.json() as SopVersion).version, 2);
  const v3 = await admin.post(sopUrl, {
    activeFrom: '2025-06-01T09:00:00+07:00',
    steps: [...steps, { key: 'hitung', text: 'Hitung ulang warga binaan' }],
  });
  assert.equal((v3.json() as SopVersion).version, 3);

  const list = (await admin.get(sopUrl)).json() as { items: SopVersion[] };
  assert.deepEqual(
    list.items.map((v) => v.version),
    [3, 2, 1],
  );
  assert.equal((await catalogueOf(admin)).currentSop[kebakaran.id]?.version, 2, 'v3 waits for 09.00 WIB');

  time.set('2025-06-01T01:59:59Z');
  assert.equal((await catalogueOf(admin)).currentSop[kebakaran.id]?.version, 2);
  time.set('2025-06-01T02:00:00Z');
  assert.equal((await catalogueOf(admin)).currentSop[kebakaran.id]?.steps.length, 3);
  time.set('2025-06-01T00:00:00Z');

  problem(
    await admin.post(sopUrl, { activeFrom: '2025-08-01T00:00:00Z', steps: [steps[0], steps[0]] }),
    400,
    'validation_failed',
  );
  problem(
    await admin.get(`${CATALOGUE}/categories/0190a0b0-0000-7000-8000-0000000000ff/sop`),
    404,
    'incidents.category_not_found',
  );
  const audited = (await catalogueEvents(t)).filter(
    (e) => e.summary.change === 'sop_version_added' && e.summary.categoryId === kebakaran.id,
  );
  assert.deepEqual(
    audited.map((e) => e.summary.version),
    [3, 2],
  );
});
