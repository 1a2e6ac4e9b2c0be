import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { Directive, Meeting } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { auditEvents } from '../../platform/audit/audit.table.js';
import { API, chairId, createMeeting, kanwilId, meetingBody, meetingOf, problem, put } from './meetings.test-kit.js';

let t: TestApp;
let dirjen: Client;
let meeting: Meeting;

const DECISIONS = [
  { title: 'Pembinaan yang berdampak', body: 'Setiap UPT memastikan pembinaan berdampak bagi warga binaan dan masyarakat.' },
  { title: 'Penanaman kelapa serentak', body: 'Seluruh UPT menanam bibit kelapa serentak dan melaporkan jumlahnya.' },
];

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-08-29T05:00:00Z') });
  dirjen = await t.as('dirjen');
  const target = { mode: 'filter', kanwilIds: [await kanwilId(t, 'BANTEN')] };
  meeting = await createMeeting(dirjen, meetingBody(await chairId(dirjen, 'Direktur Jenderal'), { title: 'Rapat virtual Dirjenpas 29 Agustus', target }));
});
after(async () => t.close());

const saveMinutes = (by: Client, body: unknown) => put(by, `${API}/meetings/${meeting.id}/minutes`, body);
const toDirective = (by: Client, index: number) => by.post(`${API}/meetings/${meeting.id}/decisions/${index}/directive`);

describe('minutes and decisions', () => {
  test('the organiser saves the text and the decisions', async () => {
    const res = await saveMinutes(dirjen, { text: 'Rapat dibuka pukul 09.00 WIB.', decisions: DECISIONS });
    assert.equal(res.statusCode, 200, res.body);
    const saved = res.json() as Meeting;
    assert.equal(saved.minutes.text, 'Rapat dibuka pukul 09.00 WIB.');
    assert.deepEqual(saved.minutes.decisions.map((d) => [d.index, d.title, d.directiveId]), [
      [0, DECISIONS[0]?.title, null],
      [1, DECISIONS[1]?.title, null],
    ]);
  });

  test('a decision becomes a directive draft in one step, with the meeting as its source', async () => {
    const res = await toDirective(dirjen, 1);
    assert.equal(res.statusCode, 201, res.body);
    const directive = res.json() as Directive;
    assert.equal(directive.status, 'draft');
    assert.equal(directive.source, 'meeting');
    assert.equal(directive.reference, 'Rapat virtual Dirjenpas 29 Agustus, 29 Agustus 2025');
    assert.equal(directive.title, DECISIONS[1]?.title);
    assert.equal(directive.body, DECISIONS[1]?.body);
    assert.deepEqual(directive.target, meeting.target);
    assert.deepEqual(directive.due, { local: '2025-09-12T09:00', zone: 'Asia/Jakarta' });
    assert.deepEqual(directive.metrics, []);
    const fetched = await dirjen.get(`${API}/directives/${directive.id}`);
    assert.equal(fetched.statusCode, 200, fetched.body);
    const after = await meetingOf(dirjen, meeting.id);
    assert.deepEqual(after.minutes.decisions.map((d) => d.directiveId), [null, directive.id]);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'meetings.decision_directive_created'), eq(auditEvents.subjectId, meeting.id)));
    assert.equal(audit[0]?.summary.directiveId, directive.id);
  });

  test('a second call answers 409 with the existing directive id, and no second draft exists', async () => {
    const existing = (await meetingOf(dirjen, meeting.id)).minutes.decisions[1]?.directiveId;
    const body = problem(await toDirective(dirjen, 1), 409, 'meetings.decision_has_directive') as { directiveId?: string };
    assert.equal(body.directiveId, existing);
    const drafts = (await dirjen.get(`${API}/directives?status=draft&q=${encodeURIComponent('Penanaman kelapa')}`)).json() as { total: number };
    assert.equal(drafts.total, 1);
  });

  test('editing the minutes keeps the link; removing a linked decision is refused', async () => {
    const linked = (await meetingOf(dirjen, meeting.id)).minutes.decisions[1]?.directiveId;
    const edited = (await saveMinutes(dirjen, { text: 'Notula diperbarui.', decisions: [DECISIONS[0], { ...DECISIONS[1], body: 'Diperjelas.' }] })).json() as Meeting;
    assert.equal(edited.minutes.decisions[1]?.directiveId, linked);
    problem(await saveMinutes(dirjen, { text: 'x', decisions: [DECISIONS[0]] }), 409, 'meetings.decision_linked');
  });

  test('two simultaneous calls on one decision make one draft: one 201, one 409', async () => {
    const answers = await Promise.all([toDirective(dirjen, 0), toDirective(dirjen, 0)]);
    assert.deepEqual(answers.map((r) => r.statusCode).sort(), [201, 409]);
    const made = answers.find((r) => r.statusCode === 201)?.json() as Directive;
    const refused = answers.find((r) => r.statusCode === 409)?.json() as { directiveId?: string };
    assert.equal(refused.directiveId, made.id);
    assert.equal((await meetingOf(dirjen, meeting.id)).minutes.decisions[0]?.directiveId, made.id);
  });

  test('a decision that does not exist is not found', async () => {
    problem(await toDirective(dirjen, 7), 404, 'meetings.decision_not_found');
  });
});
