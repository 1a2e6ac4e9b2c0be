import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BulkDecisionResult, Directive, PendingSummary } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import {
  API,
  assignmentAt,
  assignmentsOf,
  decide,
  issueDirective,
  kanwilId,
  kanwilName,
  problem,
  signedIn,
  submit,
  submitOk,
} from './directives.test-kit.js';
import { detailOf, saveDraft } from './directives.requests.test-kit.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';

let t: TestApp;
let as: (username: string) => Promise<Client>;
let dirjen: Client;
let operator: Client;
let kanwil: Client;
let banten: string;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-10T00:00:00Z') });
  as = signedIn(t);
  [dirjen, operator, kanwil] = await Promise.all([as('dirjen'), as('operator.lpp.tangerang'), as('kanwil.banten')]);
  banten = await kanwilId(t, 'banten');
});
after(async () => t.close());

function bantenDirective(title: string, overrides: Record<string, unknown> = {}) {
  return issueDirective(dirjen, { title, target: { mode: 'filter', kanwilIds: [banten] }, ...overrides });
}

describe('bulk decisions', () => {
  test('a mix of valid, invalid and stale items: 200, each item answered on its own', async () => {
    const directive = await bantenDirective('Bakti sosial serentak');
    const units = (await assignmentsOf(kanwil, `directiveId=${directive.id}&role=follow_up`)).items.slice(0, 4);
    const reports = [];
    for (const a of units) reports.push(await submitOk(kanwil, a.id, { seedlings: 10 }));
    const [toVerify, toReturn, noReason, alreadyDecided] = reports.map((r) => r.id);
    assert.ok(toVerify && toReturn && noReason && alreadyDecided);
    assert.equal((await decide(kanwil, alreadyDecided, 'verified')).statusCode, 200);
    const missing = '01900000-0000-7000-8000-00000000dead';
    const res = await kanwil.post(`${API}/reports/decisions`, {
      items: [
        { reportId: toVerify, decision: 'verified' },
        { reportId: toReturn, decision: 'returned', reason: 'Jumlah peserta belum dilampirkan.' },
        { reportId: noReason, decision: 'returned' },
        { reportId: alreadyDecided, decision: 'verified' },
        { reportId: missing, decision: 'verified' },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    const items = (res.json() as BulkDecisionResult).items;
    assert.deepEqual(
      items.map((i) => [i.reportId, i.ok, i.status ?? i.problem?.code]),
      [
        [toVerify, true, 'terverifikasi'],
        [toReturn, true, 'dikembalikan'],
        [noReason, false, 'directives.decision_invalid'],
        [alreadyDecided, false, 'directives.transition_refused'],
        [missing, false, 'directives.report_not_found'],
      ],
    );
    const statuses = await Promise.all(units.map(async (a) => (await detailOf(kanwil, a.id)).status));
    assert.deepEqual(statuses, ['terverifikasi', 'dikembalikan', 'dilaporkan', 'terverifikasi']);
  });

  test('an operator may not decide in bulk (403); an empty or oversized batch is refused (400)', async () => {
    problem(
      await operator.post(`${API}/reports/decisions`, {
        items: [{ reportId: '01900000-0000-7000-8000-00000000dead', decision: 'verified' }],
      }),
      403,
    );
    problem(await kanwil.post(`${API}/reports/decisions`, { items: [] }), 400);
    const many = Array.from({ length: 201 }, () => ({
      reportId: '01900000-0000-7000-8000-00000000dead',
      decision: 'verified',
    }));
    problem(await kanwil.post(`${API}/reports/decisions`, { items: many }), 400);
  });
});

describe('report drafts', () => {
  test('saving a draft moves belum_dimulai to dalam_proses; the page returns it until a report is sent', async () => {
    const directive = await bantenDirective('Pendataan kebun produktif');
    const lpp = assignmentAt(await assignmentsOf(operator, `directiveId=${directive.id}`), LPP);
    assert.equal(lpp.status, 'belum_dimulai');
    assert.equal((await detailOf(operator, lpp.id)).draft, null);
    const first = await saveDraft(operator, lpp.id, { values: { seedlings: 5 }, narrative: 'Baru sebagian' });
    assert.equal(first.statusCode, 200, first.body);
    const second = await saveDraft(operator, lpp.id, { values: { seedlings: 7 }, narrative: 'Hampir selesai' });
    assert.equal(second.statusCode, 200, second.body);
    const detail = await detailOf(operator, lpp.id);
    assert.equal(detail.status, 'dalam_proses');
    assert.deepEqual(detail.draft && { values: detail.draft.values, narrative: detail.draft.narrative }, {
      values: { seedlings: 7 },
      narrative: 'Hampir selesai',
    });
    assert.equal((await detailOf(kanwil, lpp.id)).draft?.narrative, 'Hampir selesai', 'the Kanwil sees it too');
    await submitOk(operator, lpp.id, { seedlings: 7 });
    assert.equal((await detailOf(operator, lpp.id)).draft, null, 'a sent report replaces the draft');
    problem(await saveDraft(operator, lpp.id, { values: {}, narrative: '' }), 409, 'directives.transition_refused');
  });

  test("scope: another UPT 404, a read-only role 403, a sibling UPT's leader 403", async () => {
    const directive = await bantenDirective('Pendataan sumur resapan');
    const lpp = assignmentAt(await assignmentsOf(operator, `directiveId=${directive.id}`), LPP);
    problem(await saveDraft(await as('operator.lapas.cipinang'), lpp.id, { values: {}, narrative: '' }), 404);
    problem(await saveDraft(await as('humas.ditjenpas'), lpp.id, { values: {}, narrative: '' }), 403);
    problem(await saveDraft(dirjen, lpp.id, { values: {}, narrative: '' }), 403);
    assert.equal((await detailOf(operator, lpp.id)).status, 'belum_dimulai');
  });
});

describe('belum melapor', () => {
  let directive: Directive;

  before(async () => {
    directive = await bantenDirective('Lomba kebersihan blok hunian', { verifiedBy: 'kanwil' });
  });

  test("pending=true lists unreported follow-ups in the caller's subtree, by due", async () => {
    const before = await assignmentsOf(kanwil, `directiveId=${directive.id}&pending=true`);
    assert.equal(before.total, 8, 'the 8 Banten UPTs, not the Kanwil verify row');
    assert.ok(before.items.every((a) => a.role === 'follow_up'));
    const lpp = assignmentAt(before, LPP);
    await submitOk(operator, lpp.id, { seedlings: 1 });
    const after = await assignmentsOf(kanwil, `directiveId=${directive.id}&pending=true`);
    assert.equal(after.total, 7);
    assert.ok(!after.items.some((a) => a.id === lpp.id));
    const dues = after.items.map((a) => a.dueAt);
    assert.deepEqual(dues, [...dues].sort());
    assert.equal(
      (await assignmentsOf(await as('operator.lapas.cipinang'), `directiveId=${directive.id}&pending=true`)).total,
      0,
    );
    assert.equal(
      (await assignmentsOf(operator, `directiveId=${directive.id}&pending=true`)).total,
      0,
      'its own is reported',
    );
  });

  test('HQ sees pending counts per Kanwil; a Kanwil only its own row', async () => {
    const national = (await dirjen.get(`${API}/assignments/pending-summary`)).json() as PendingSummary;
    const row = national.items.find((r) => r.unitId === banten);
    assert.ok(row, JSON.stringify(national));
    assert.equal(row.unitName, kanwilName('BANTEN'));
    const all = await assignmentsOf(dirjen, 'pending=true');
    assert.equal(
      national.items.reduce((n, r) => n + r.pending, 0),
      all.total,
    );
    assert.equal(row.overdue, row.pending, 'every due time (9 Sep) has passed on 10 Sep');
    const own = (await kanwil.get(`${API}/assignments/pending-summary`)).json() as PendingSummary;
    assert.deepEqual(
      own.items.map((r) => r.unitId),
      [banten],
    );
    assert.equal(own.items[0]?.pending, row.pending);
  });
});

describe('small gaps', () => {
  test('the directive list counts follow-up units apart from verify rows', async () => {
    const directive = await bantenDirective('Pendataan kendaraan dinas');
    assert.equal(directive.assignmentCount, 9);
    assert.equal(directive.followUpCount, 8);
    const list = (await dirjen.get(`${API}/directives?q=kendaraan dinas`)).json() as { items: Directive[] };
    assert.equal(list.items[0]?.followUpCount, 8);
  });

  test("a Kanwil's work list leaves its verify rows out unless asked for", async () => {
    const mine = await assignmentsOf(kanwil, '');
    assert.ok(mine.items.length > 0);
    assert.ok(mine.items.every((a) => a.role === 'follow_up'));
    const verifyRows = await assignmentsOf(kanwil, 'role=verify');
    assert.ok(verifyRows.total > 0);
    assert.ok(verifyRows.items.every((a) => a.role === 'verify' && a.unitId === banten));
  });

  test("metric value errors carry a code and params for the client's language", async () => {
    const directive = await bantenDirective('Pendataan bibit pohon', {
      metrics: [
        { key: 'seedlings', name: 'Bibit ditanam', type: 'integer', rollup: 'sum' },
        { key: 'variety', name: 'Varietas', type: 'choice', choices: ['dalam', 'genjah'], rollup: 'count' },
      ],
    });
    const lpp = assignmentAt(await assignmentsOf(operator, `directiveId=${directive.id}`), LPP);
    const body = problem(
      await submit(operator, lpp.id, { seedlings: 1.5, extra: 1 }),
      422,
      'directives.invalid_values',
    );
    const byPath = Object.fromEntries((body.errors ?? []).map((e) => [e.path, { code: e.code, params: e.params }]));
    assert.deepEqual(byPath, {
      'body.values.extra': { code: 'directives.metric_unknown', params: { metric: 'extra' } },
      'body.values.seedlings': {
        code: 'directives.metric_value_invalid',
        params: { metric: 'Bibit ditanam', expected: 'integer' },
      },
      'body.values.variety': { code: 'directives.metric_required', params: { metric: 'Varietas' } },
    });
  });
});
