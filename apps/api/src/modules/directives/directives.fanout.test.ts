import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { count, eq } from 'drizzle-orm';
import type { Directive } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { assignments } from './directives.table.js';
import {
  API,
  assignmentsOf,
  countBy,
  createDraft,
  directiveBody,
  issueDirective,
  kanwilId,
  kanwilName,
  problem,
  SEED_UPT,
  signedIn,
  unitByName,
  type SeedUpt,
} from './directives.test-kit.js';

let t: TestApp;
let as: (username: string) => Promise<Client>;
let dirjen: Client;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-01T00:00:00Z') });
  as = signedIn(t);
  dirjen = await as('dirjen');
});
after(async () => t.close());

/** What the seed lists: follow-ups per Kanwil for the UPTs picked. */
function expectedFromSeed(pick: (u: SeedUpt) => boolean) {
  const upts = SEED_UPT.filter(pick);
  const perKanwil = countBy(upts, (u) => kanwilName(u.kanwil));
  return { followUps: upts.length, verifiers: perKanwil.size, perKanwil: Object.fromEntries([...perKanwil].sort()) };
}

/** What was fanned out, read back through the API as HQ. */
async function fannedOut(directive: Directive) {
  const page = await assignmentsOf(dirjen, `directiveId=${directive.id}`);
  assert.equal(page.total, directive.assignmentCount);
  const followUps = page.items.filter((a) => a.role === 'follow_up');
  const verifiers = page.items.filter((a) => a.role === 'verify');
  assert.ok(verifiers.every((a) => a.unitKind === 'kanwil'), 'verifiers are Kanwil');
  assert.equal(new Set(page.items.map((a) => a.unitId)).size, page.items.length, 'one assignment per unit');
  const rollup = (await dirjen.get(`${API}/directives/${directive.id}/rollup`)).json() as { kanwil: { unitName: string; targets: number }[] };
  const perKanwil = Object.fromEntries(rollup.kanwil.map((k) => [k.unitName, k.targets]).sort());
  return { page, followUps, verifiers, perKanwil };
}

describe('fan-out on issue, compared with the seed lists', () => {
  test('all UPTs: one follow-up per UPT, one verifier per Kanwil that has UPTs', async () => {
    const expected = expectedFromSeed(() => true);
    assert.deepEqual([expected.followUps, expected.verifiers], [124, 33]);
    const directive = await issueDirective(dirjen, { target: { mode: 'filter' } });
    const got = await fannedOut(directive);
    assert.equal(got.followUps.length, expected.followUps);
    assert.equal(got.verifiers.length, expected.verifiers);
    assert.ok(got.followUps.every((a) => a.unitKind === 'upt'));
    assert.deepEqual(got.perKanwil, expected.perKanwil);
    assert.equal(directive.assignmentCount, 157);
  });

  test('Lapas Narkotika only', async () => {
    const expected = expectedFromSeed((u) => u.type === 'LAPAS' && u.variant === 'NARKOTIKA');
    const directive = await issueDirective(dirjen, { target: { mode: 'filter', types: ['LAPAS'], variants: ['NARKOTIKA'] } });
    const got = await fannedOut(directive);
    assert.equal(got.followUps.length, expected.followUps);
    assert.equal(got.verifiers.length, expected.verifiers);
    assert.deepEqual(got.perKanwil, expected.perKanwil);
    assert.ok(got.followUps.every((a) => /Narkotika/.test(a.unitName)), 'names say Narkotika');
  });

  test('one Kanwil: its UPTs and itself as verifier', async () => {
    const expected = expectedFromSeed((u) => u.kanwil === 'JABAR');
    const directive = await issueDirective(dirjen, { target: { mode: 'filter', kanwilIds: [await kanwilId(t, 'JABAR')] } });
    const got = await fannedOut(directive);
    assert.equal(got.followUps.length, expected.followUps);
    assert.deepEqual(got.verifiers.map((a) => a.unitName), [kanwilName('JABAR')]);
  });

  test('a list of two UPTs in different Kanwil plus one of those Kanwil: the Kanwil follows up, it does not also verify', async () => {
    const lpp = await unitByName(t, 'Lapas Perempuan Kelas IIA Tangerang');
    const kerobokan = await unitByName(t, 'Lapas Kelas IIA Kerobokan');
    const banten = await kanwilId(t, 'BANTEN');
    const directive = await issueDirective(dirjen, { target: { mode: 'list', unitIds: [lpp.id, kerobokan.id, banten, lpp.id] } });
    const got = await fannedOut(directive);
    assert.deepEqual(
      got.page.items.map((a) => `${a.role} ${a.unitName}`).sort(),
      [
        `follow_up ${kanwilName('BANTEN')}`,
        'follow_up Lapas Kelas IIA Kerobokan',
        'follow_up Lapas Perempuan Kelas IIA Tangerang',
        `verify ${kanwilName('BALI')}`,
      ].sort(),
    );
    assert.deepEqual(got.perKanwil, { [kanwilName('BALI')]: 1, [kanwilName('BANTEN')]: 2 });
  });

  test('verifiedBy hq: follow-ups only, no Kanwil verifiers', async () => {
    const directive = await issueDirective(dirjen, { target: { mode: 'filter' }, verifiedBy: 'hq' });
    const got = await fannedOut(directive);
    assert.equal(got.followUps.length, SEED_UPT.length);
    assert.equal(got.verifiers.length, 0);
  });

  test('a Kanwil leader issuing to "all UPTs" reaches only its own UPTs', async () => {
    const kakanwil = await as('kakanwil.banten');
    const me = (await kakanwil.get(`${API}/me`)).json() as { position: { title: string } };
    assert.equal(me.position.title, 'Kepala Kanwil Ditjenpas Banten', 'signed in as Kakanwil, not as Plh. Kalapas');
    const directive = await issueDirective(kakanwil, { target: { mode: 'filter' } });
    const got = await fannedOut(directive);
    const expected = expectedFromSeed((u) => u.kanwil === 'BANTEN');
    assert.equal(expected.followUps, 8);
    assert.deepEqual(got.perKanwil, expected.perKanwil);
    assert.deepEqual(got.verifiers.map((a) => a.unitName), [kanwilName('BANTEN')]);
  });
});

describe('refused issues create nothing', () => {
  async function assignmentRows(directiveId: string) {
    const [row] = await t.database.db.select({ n: count() }).from(assignments).where(eq(assignments.directiveId, directiveId));
    return row?.n ?? -1;
  }

  test('a list with a unit outside the issuer\'s scope → 404; the draft stays a draft with no assignments', async () => {
    const kakanwil = await as('kakanwil.banten');
    const lpp = await unitByName(t, 'Lapas Perempuan Kelas IIA Tangerang');
    const cipinang = await unitByName(t, 'Lapas Kelas I Cipinang');
    const draft = await createDraft(kakanwil, { target: { mode: 'list', unitIds: [lpp.id, cipinang.id] } });
    problem(await kakanwil.post(`${API}/directives/${draft.id}/issue`), 404, 'directives.targets_not_found');
    const after = (await kakanwil.get(`${API}/directives/${draft.id}`)).json() as Directive;
    assert.deepEqual([after.status, after.assignmentCount, after.issuedAt], ['draft', 0, null]);
    assert.equal(await assignmentRows(draft.id), 0);
    const unknown = await createDraft(dirjen, { target: { mode: 'list', unitIds: [lpp.id, '01900000-0000-7000-8000-0000000000ff'] } });
    problem(await dirjen.post(`${API}/directives/${unknown.id}/issue`), 404, 'directives.targets_not_found');
    assert.equal(await assignmentRows(unknown.id), 0);
  });

  test('a selector that matches nothing → 422', async () => {
    const kakanwil = await as('kakanwil.banten');
    const dki = await createDraft(kakanwil, { target: { mode: 'filter', kanwilIds: [await kanwilId(t, 'DKI')] } });
    problem(await kakanwil.post(`${API}/directives/${dki.id}/issue`), 422, 'directives.no_targets');
    const none = SEED_UPT.filter((u) => u.type === 'RUTAN' && u.variant === 'NARKOTIKA').length;
    assert.equal(none, 0, 'the seed has no Rutan Narkotika');
    const empty = await createDraft(dirjen, { target: { mode: 'filter', types: ['RUTAN'], variants: ['NARKOTIKA'] } });
    problem(await dirjen.post(`${API}/directives/${empty.id}/issue`), 422, 'directives.no_targets');
    assert.equal(await assignmentRows(dki.id), 0);
    assert.equal(await assignmentRows(empty.id), 0);
  });

  for (const username of ['operator.lpp.tangerang', 'kanwil.banten', 'humas.ditjenpas']) {
    test(`${username} may neither create nor issue a directive (403)`, async () => {
      const draft = await createDraft(dirjen);
      const client = await as(username);
      problem(await client.post(`${API}/directives`, directiveBody()), 403, 'forbidden');
      problem(await client.post(`${API}/directives/${draft.id}/issue`), 403, 'forbidden');
      assert.equal(await assignmentRows(draft.id), 0);
    });
  }

  test('a draft is issued once', async () => {
    const draft = await createDraft(dirjen, { target: { mode: 'filter', kanwilIds: [await kanwilId(t, 'BALI')] } });
    const [a, b] = await Promise.all([dirjen.post(`${API}/directives/${draft.id}/issue`), dirjen.post(`${API}/directives/${draft.id}/issue`)]);
    assert.deepEqual([a?.statusCode, b?.statusCode].sort(), [200, 409]);
    assert.equal(await assignmentRows(draft.id), SEED_UPT.filter((u) => u.kanwil === 'BALI').length + 1);
  });
});

describe('validation of a draft (400 with field errors)', () => {
  const choice = { key: 'variety', name: 'Varietas', type: 'choice', rollup: 'count' };
  const seedlings = { key: 'seedlings', name: 'Bibit', type: 'integer', rollup: 'sum' };
  const cases: [string, Record<string, unknown>, string][] = [
    ['duplicate metric keys', { metrics: [seedlings, { ...seedlings, name: 'Bibit lagi' }] }, 'body.metrics'],
    ['a choice metric without choices', { metrics: [seedlings, choice] }, 'body.metrics.1.choices'],
    ['an impossible date', { due: { local: '2025-02-30T10:00', zone: 'unit' } }, 'body.due.local'],
    ['hour 24', { due: { local: '2025-09-09T24:00', zone: 'unit' } }, 'body.due.local'],
    ['a zone Indonesia does not use', { due: { local: '2025-09-09T10:00', zone: 'Asia/Singapore' } }, 'body.due.zone'],
    ['a list without units', { target: { mode: 'list', unitIds: [] } }, 'body.target.unitIds'],
  ];
  for (const [label, overrides, path] of cases) {
    test(label, async () => {
      const body = problem(await dirjen.post(`${API}/directives`, directiveBody(overrides)), 400, 'validation_failed');
      assert.ok(body.errors?.some((e) => e.path === path), `${path} in ${JSON.stringify(body.errors)}`);
    });
  }

  test('a valid body with a leap day is accepted', async () => {
    await createDraft(dirjen, { due: { local: '2028-02-29T10:00', zone: 'Asia/Makassar' } });
  });
});
