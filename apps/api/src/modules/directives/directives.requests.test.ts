import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AssignmentRequest, AuditEvent } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import {
  API,
  assignmentAt,
  assignmentsOf,
  issueDirective,
  kanwilId,
  problem,
  rollupOf,
  signedIn,
  submit,
  submitOk,
} from './directives.test-kit.js';
import {
  addAccount,
  askExemption,
  askExtension,
  created,
  decideRequest,
  detailOf,
} from './directives.requests.test-kit.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
const LAPAS_I = 'Lapas Kelas I Tangerang';
// Due 9 Sep 10.00 WIB.
const DUE = '2025-09-09T03:00:00.000Z';

let t: TestApp;
let dirjen: Client;
let operator: Client;
let kanwil: Client;
let kanwilOperator: Client;
let otherKanwil: Client;
let banten: string;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-01T00:00:00Z') });
  const as = signedIn(t);
  [dirjen, operator, kanwil] = await Promise.all([as('dirjen'), as('operator.lpp.tangerang'), as('kanwil.banten')]);
  kanwilOperator = await addAccount(t, 'operator.kanwil.banten', 'operator', 'banten');
  otherKanwil = await addAccount(t, 'verifikator.kanwil.dki', 'verifier', 'dki');
  banten = await kanwilId(t, 'banten');
});
after(async () => t.close());

async function bantenDirective(title: string) {
  const directive = await issueDirective(dirjen, { title, target: { mode: 'filter', kanwilIds: [banten] } });
  const page = await assignmentsOf(kanwil, `directiveId=${directive.id}`);
  return { directive, lpp: assignmentAt(page, LPP), lapasI: assignmentAt(page, LAPAS_I) };
}

async function queue(by: Client): Promise<AssignmentRequest[]> {
  const res = await by.get(`${API}/assignment-requests?status=pending&limit=500`);
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { items: AssignmentRequest[] }).items;
}

describe('an extension request', () => {
  let request: AssignmentRequest;
  let assignmentId: string;

  before(async () => {
    const { lpp } = await bantenDirective('Pendataan sarana air bersih');
    assignmentId = lpp.id;
  });

  test('the unit may ask while it has not reported; the new due must be later and "lainnya" needs a note', async () => {
    assert.deepEqual((await detailOf(operator, assignmentId)).abilities.requestExtension, true);
    problem(await askExtension(operator, assignmentId, DUE), 422, 'directives.extension_not_later');
    const noNote = problem(
      await askExtension(operator, assignmentId, '2025-09-12T03:00:00Z', { reasonCode: 'lainnya' }),
      400,
    );
    assert.ok(
      noNote.errors?.some((e) => e.path === 'body.note'),
      JSON.stringify(noNote.errors),
    );
    problem(await askExtension(operator, assignmentId, '2025-09-12T03:00:00Z', { reasonCode: 'tidak_relevan' }), 400);
    request = created(
      await askExtension(operator, assignmentId, '2025-09-12T03:00:00Z', { note: 'Jaringan terputus sejak Senin.' }),
    );
    assert.equal(request.status, 'pending');
    assert.equal(request.dueAtWhenRequested, DUE);
    assert.equal(request.abilities.decide, false);
  });

  test('a second open request is refused (409) and the abilities say so', async () => {
    problem(await askExemption(operator, assignmentId), 409, 'directives.request_open');
    const detail = await detailOf(operator, assignmentId);
    assert.equal(detail.abilities.requestExtension, false);
    assert.equal(detail.abilities.requestExemption, false);
    assert.deepEqual(
      detail.requests.map((r) => r.id),
      [request.id],
    );
    assert.equal((await detailOf(kanwil, assignmentId)).abilities.decideRequest, true);
  });

  test("the Kanwil asks in no unit's name: 403", async () => {
    const { lapasI } = await bantenDirective('Pendataan sarana olahraga');
    problem(await askExtension(kanwil, lapasI.id, '2025-09-12T03:00:00Z'), 403);
  });

  test("only the parent Kanwil's verifier decides: other Kanwil 404, Kanwil operator 403, HQ 403", async () => {
    assert.ok((await queue(kanwil)).some((r) => r.id === request.id && r.abilities.decide));
    assert.ok(!(await queue(otherKanwil)).some((r) => r.id === request.id), 'another Kanwil does not see it');
    problem(await decideRequest(otherKanwil, request.id, 'approved'), 404, 'directives.request_not_found');
    problem(await decideRequest(kanwilOperator, request.id, 'approved'), 403);
    problem(await decideRequest(dirjen, request.id, 'approved'), 403);
    problem(await decideRequest(kanwil, request.id, 'rejected'), 400);
  });

  test('approval moves the due time, once', async () => {
    const res = await decideRequest(kanwil, request.id, 'approved');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as AssignmentRequest).status, 'approved');
    const detail = await detailOf(operator, assignmentId);
    assert.equal(detail.dueAt, '2025-09-12T03:00:00.000Z');
    assert.equal(detail.abilities.requestExtension, true, 'a new request may follow a decided one');
    problem(await decideRequest(kanwil, request.id, 'rejected', 'Sudah terlambat.'), 409, 'directives.request_decided');
    assert.ok(!(await queue(kanwil)).some((r) => r.id === request.id), 'gone from the pending queue');
  });

  test('a rejection keeps the due time; every write is audited', async () => {
    const again = created(await askExtension(operator, assignmentId, '2025-09-20T03:00:00Z'));
    const res = await decideRequest(kanwil, again.id, 'rejected', 'Tenggat tidak dapat diundur lagi.');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await detailOf(operator, assignmentId)).dueAt, '2025-09-12T03:00:00.000Z');
    for (const [action, subject] of [
      ['directives.request_created', again.id],
      ['directives.request_approved', request.id],
      ['directives.request_rejected', again.id],
    ] as const) {
      const page = (await dirjen.get(`${API}/audit-events?action=${action}&limit=100`)).json() as {
        items: AuditEvent[];
      };
      assert.ok(
        page.items.some((e) => e.subjectId === subject),
        `${action} for ${subject}`,
      );
    }
  });
});

describe('an exemption', () => {
  test('approved: the unit leaves the roll-up denominators and takes no report', async () => {
    const { directive, lpp } = await bantenDirective('Pelatihan kemandirian menjahit');
    assert.equal((await rollupOf(dirjen, directive.id)).national.targets, 8);
    const request = created(await askExemption(operator, lpp.id, { reasonCode: 'sudah_dilaksanakan_sebelumnya' }));
    assert.equal((await decideRequest(kanwil, request.id, 'approved')).statusCode, 200);
    const detail = await detailOf(operator, lpp.id);
    assert.equal(detail.status, 'dikecualikan');
    assert.equal(detail.overdue, false);
    assert.equal(detail.abilities.report, false);
    problem(await submit(operator, lpp.id, { seedlings: 1 }), 409, 'directives.transition_refused');
    const rollup = await rollupOf(dirjen, directive.id);
    assert.equal(rollup.national.targets, 7);
    assert.equal(rollup.kanwil[0]?.targets, 7);
    const pending = await assignmentsOf(kanwil, `directiveId=${directive.id}&pending=true`);
    assert.ok(!pending.items.some((a) => a.id === lpp.id));
  });

  test('approving it after the unit reported meanwhile is refused (409); rejecting still works', async () => {
    const { lpp } = await bantenDirective('Pemeriksaan kesehatan berkala');
    const request = created(
      await askExemption(operator, lpp.id, { reasonCode: 'lainnya', note: 'Unit sedang direnovasi.' }),
    );
    await submitOk(operator, lpp.id, { seedlings: 3 });
    problem(await decideRequest(kanwil, request.id, 'approved'), 409, 'directives.request_stale');
    assert.equal((await decideRequest(kanwil, request.id, 'rejected', 'Laporan sudah masuk.')).statusCode, 200);
    assert.equal((await detailOf(operator, lpp.id)).status, 'dilaporkan');
  });

  test('a reported unit may not ask (409)', async () => {
    const { lpp } = await bantenDirective('Pendataan warga binaan lansia');
    await submitOk(operator, lpp.id, { seedlings: 2 });
    problem(await askExemption(operator, lpp.id), 409, 'directives.request_not_allowed');
  });
});
