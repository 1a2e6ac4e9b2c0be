import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Directive } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import {
  API,
  assignmentAt,
  assignmentsOf,
  createDraft,
  decide,
  directiveBody,
  issueDirective,
  kanwilId,
  kanwilName,
  problem,
  rollupOf,
  SEED_KANWIL,
  SEED_UPT,
  submit,
  submitOk,
  type AssignmentPage,
} from './directives.test-kit.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
const LAPAS_I = 'Lapas Kelas I Tangerang';
const PEMUDA = 'Lapas Pemuda Kelas IIA Tangerang';
const CIPINANG = 'Lapas Kelas I Cipinang';
const LPKA = 'LPKA Tangerang';
const BANTEN_UPTS = SEED_UPT.filter((u) => u.kanwil === 'BANTEN').map((u) => u.name).sort();

let t: TestApp;
let dirjen: Client;
let kanwil: Client;
let operator: Client;
let cipinangOperator: Client;
let viewer: Client;
/** A directive to every UPT, verified by the Kanwil, as HQ sees its assignments. */
let all: Directive;
let allPage: AssignmentPage;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-01T00:00:00Z') });
  [dirjen, kanwil, operator, cipinangOperator, viewer] = await Promise.all([
    t.as('dirjen'),
    t.as('kanwil.banten'),
    t.as('operator.lpp.tangerang'),
    t.as('operator.lapas.cipinang'),
    t.as('humas.ditjenpas'),
  ]);
  all = await issueDirective(dirjen, { target: { mode: 'filter' } });
  allPage = await assignmentsOf(dirjen, `directiveId=${all.id}`);
});
after(async () => t.close());

const idAt = (name: string) => assignmentAt(allPage, name).id;

describe('a UPT operator', () => {
  test('lists only its own assignment', async () => {
    const mine = await assignmentsOf(operator, `directiveId=${all.id}`);
    assert.deepEqual(mine.items.map((a) => a.unitName), [LPP]);
    assert.equal(mine.total, 1);
    assert.deepEqual(mine.items[0]?.abilities, { report: true, verify: false, return: false, requestExtension: true, requestExemption: true, decideRequest: false });
    assert.equal((await assignmentsOf(operator, 'role=verify')).total, 0);
  });

  test('gets 404 on a sibling UPT\'s or another Kanwil\'s assignment, its reports and reporting on it', async () => {
    for (const name of [LAPAS_I, CIPINANG]) {
      problem(await operator.get(`${API}/assignments/${idAt(name)}`), 404, 'directives.assignment_not_found');
      problem(await operator.get(`${API}/assignments/${idAt(name)}/reports`), 404, 'directives.assignment_not_found');
      problem(await submit(operator, idAt(name), { seedlings: 1 }), 404, 'directives.assignment_not_found');
    }
    assert.equal((await operator.get(`${API}/assignments/${idAt(LPP)}`)).statusCode, 200);
  });

  test('sees a roll-up of its own unit only', async () => {
    const rollup = await rollupOf(operator, all.id);
    assert.deepEqual(rollup.kanwil.map((k) => [k.unitName, k.targets]), [[kanwilName('BANTEN'), 1]]);
    assert.equal(rollup.national.targets, 1);
  });
});

describe('a Kanwil verifier', () => {
  test('sees its own UPTs and its own verify assignment', async () => {
    const page = await assignmentsOf(kanwil, `directiveId=${all.id}`);
    const followUps = page.items.filter((a) => a.role === 'follow_up').map((a) => a.unitName).sort();
    assert.deepEqual(followUps, BANTEN_UPTS);
    assert.deepEqual(page.items.filter((a) => a.role === 'verify').map((a) => a.unitName), [kanwilName('BANTEN')]);
    assert.equal(page.total, BANTEN_UPTS.length + 1);
  });

  test('reports on behalf of a UPT and verifies Banten reports', async () => {
    const onBehalf = await submitOk(kanwil, idAt(LAPAS_I), { seedlings: 250 });
    assert.equal(onBehalf.onBehalf, true);
    assert.equal(onBehalf.submittedByPosition, 'Kabid Pelayanan dan Pembinaan Kanwil Banten');
    const own = await submitOk(operator, idAt(LPP), { seedlings: 300 });
    assert.equal(own.onBehalf, false);
    const seen = (await kanwil.get(`${API}/assignments/${idAt(LPP)}`)).json() as { abilities: unknown };
    assert.deepEqual(seen.abilities, { report: false, verify: true, return: true, requestExtension: false, requestExemption: false, decideRequest: false });
    assert.equal((await decide(kanwil, own.id, 'verified')).statusCode, 200);
  });

  test('gets 404 on a DKI assignment and its report', async () => {
    const cipinang = idAt(CIPINANG);
    const report = await submitOk(cipinangOperator, cipinang, { seedlings: 120 });
    problem(await kanwil.get(`${API}/assignments/${cipinang}`), 404, 'directives.assignment_not_found');
    problem(await kanwil.get(`${API}/assignments/${cipinang}/reports`), 404, 'directives.assignment_not_found');
    problem(await decide(kanwil, report.id, 'verified'), 404, 'directives.report_not_found');
    problem(await submit(kanwil, cipinang, { seedlings: 1 }), 404, 'directives.assignment_not_found');
    const unchanged = (await dirjen.get(`${API}/assignments/${cipinang}`)).json() as { status: string };
    assert.equal(unchanged.status, 'dilaporkan');
  });
});

describe('the verifying level is the one the directive names', () => {
  test('HQ cannot verify when the Kanwil verifies', async () => {
    const report = await submitOk(kanwil, idAt(PEMUDA), { seedlings: 90 });
    const seen = (await dirjen.get(`${API}/assignments/${idAt(PEMUDA)}`)).json() as { abilities: { verify: boolean } };
    assert.equal(seen.abilities.verify, false);
    problem(await decide(dirjen, report.id, 'verified'), 409, 'directives.transition_refused');
    problem(await decide(dirjen, report.id, 'returned'), 409, 'directives.transition_refused');
  });

  test('HQ verifies when HQ is named, and then the Kanwil cannot', async () => {
    const hq = await issueDirective(dirjen, { target: { mode: 'filter', kanwilIds: [await kanwilId(t, 'BANTEN')] }, verifiedBy: 'hq' });
    const mine = assignmentAt(await assignmentsOf(operator, `directiveId=${hq.id}`), LPP);
    const first = await submitOk(operator, mine.id, { seedlings: 10 });
    problem(await decide(kanwil, first.id, 'verified'), 409, 'directives.transition_refused');
    assert.equal((await decide(dirjen, first.id, 'verified')).statusCode, 200);
  });
});

describe('a leader with two positions', () => {
  test('acts within the scope of the position held: Kakanwil verifies, Plh. Kalapas only reports for Lapas I', async () => {
    const kakanwil = await t.as('kakanwil.banten');
    const report = await submitOk(kanwil, idAt(LPKA), { seedlings: 5 });
    const me = (await kakanwil.get(`${API}/me`)).json() as { positions: { id: string; title: string }[] };
    const plh = me.positions.find((p) => p.title.startsWith('Plh. Kalapas'));
    assert.ok(plh);
    assert.equal((await kakanwil.post(`${API}/me/position`, { positionId: plh.id })).statusCode, 200);
    const page = await assignmentsOf(kakanwil, `directiveId=${all.id}`);
    assert.deepEqual(page.items.map((a) => a.unitName), [LAPAS_I]);
    problem(await decide(kakanwil, report.id, 'verified'), 404, 'directives.report_not_found');
    const back = me.positions.find((p) => p.title === 'Kepala Kanwil Ditjenpas Banten');
    assert.ok(back);
    assert.equal((await kakanwil.post(`${API}/me/position`, { positionId: back.id })).statusCode, 200);
    assert.equal((await decide(kakanwil, report.id, 'verified')).statusCode, 200);
  });
});

describe('a read-only viewer at HQ', () => {
  test('reads everything but may not create, report or decide', async () => {
    assert.equal((await assignmentsOf(viewer, `directiveId=${all.id}`)).total, allPage.total);
    assert.equal((await viewer.get(`${API}/directives/${all.id}`)).statusCode, 200);
    assert.equal((await rollupOf(viewer, all.id)).kanwil.length, SEED_KANWIL.length);
    const report = ((await viewer.get(`${API}/assignments/${idAt(LAPAS_I)}/reports`)).json() as { id: string }[])[0];
    assert.ok(report);
    problem(await viewer.post(`${API}/directives`, directiveBody()), 403, 'forbidden');
    problem(await submit(viewer, idAt(LAPAS_I), { seedlings: 1 }), 403, 'forbidden');
    problem(await decide(viewer, report.id, 'verified'), 403, 'forbidden');
  });
});

describe('drafts', () => {
  test('are invisible to a Kanwil and a UPT until issued', async () => {
    const draft = await createDraft(dirjen, { title: 'Arahan yang belum diterbitkan' });
    for (const client of [kanwil, operator]) {
      problem(await client.get(`${API}/directives/${draft.id}`), 404, 'directives.not_found');
      problem(await client.get(`${API}/directives/${draft.id}/rollup`), 404, 'directives.not_found');
      const listed = (await client.get(`${API}/directives?status=draft`)).json() as { total: number };
      assert.equal(listed.total, 0);
    }
    assert.equal((await dirjen.post(`${API}/directives/${draft.id}/issue`)).statusCode, 200);
    for (const client of [kanwil, operator]) {
      const seen = await client.get(`${API}/directives/${draft.id}`);
      assert.equal(seen.statusCode, 200, seen.body);
      assert.deepEqual((seen.json() as Directive).abilities, { issue: false, edit: false, amend: false });
    }
  });
});

describe('roll-up', () => {
  test('a Kanwil sees only its own row; HQ sees every Kanwil', async () => {
    const banten = await rollupOf(kanwil, all.id);
    assert.deepEqual(banten.kanwil.map((k) => k.unitName), [kanwilName('BANTEN')]);
    assert.equal(banten.national.targets, BANTEN_UPTS.length);
    const national = await rollupOf(dirjen, all.id);
    assert.deepEqual(national.kanwil.map((k) => k.unitName).sort(), SEED_KANWIL.map((k) => k.name).sort());
    assert.equal(national.national.targets, SEED_UPT.length);
  });

  test('"reported" and "verified" stay apart: awaiting counts as reported, returned as neither', async () => {
    const d = await issueDirective(dirjen, { target: { mode: 'filter', kanwilIds: [await kanwilId(t, 'BANTEN')] } });
    const page = await assignmentsOf(kanwil, `directiveId=${d.id}`);
    const verified = await submitOk(operator, assignmentAt(page, LPP).id, { seedlings: 100 });
    assert.equal((await decide(kanwil, verified.id, 'verified')).statusCode, 200);
    await submitOk(kanwil, assignmentAt(page, LAPAS_I).id, { seedlings: 200 });
    const returned = await submitOk(kanwil, assignmentAt(page, PEMUDA).id, { seedlings: 400 });
    assert.equal((await decide(kanwil, returned.id, 'returned')).statusCode, 200);

    const row = (await rollupOf(kanwil, d.id)).kanwil[0];
    assert.ok(row);
    assert.deepEqual(
      { targets: row.targets, reported: row.reported, verified: row.verified, rp: row.reportedPercent, vp: row.verifiedPercent },
      { targets: 8, reported: 2, verified: 1, rp: 25, vp: 12.5 },
    );
    assert.deepEqual(row.metrics.seedlings, { reported: 300, verified: 100 });
    const mine = await rollupOf(operator, d.id);
    assert.deepEqual([mine.national.targets, mine.national.reported, mine.national.verified], [1, 1, 1]);

    const again = await submitOk(kanwil, assignmentAt(page, PEMUDA).id, { seedlings: 410 });
    assert.equal(again.version, 2);
    const after = (await rollupOf(dirjen, d.id)).national;
    assert.deepEqual([after.reported, after.verified, after.metrics.seedlings], [3, 1, { reported: 710, verified: 100 }]);
  });
});
