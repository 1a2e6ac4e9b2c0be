import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createNotify } from '../../platform/notify/notify.js';
import { createDigest } from './notifications.digest.js';
import { digestPeriod } from './notifications.time.js';
import { API, inboxOf, issueTo, signedIn, userId } from './notifications.test-kit.js';

const notify = createNotify({ email: false, webhook: false });
const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
const LAPAS_TANGERANG = 'Lapas Kelas I Tangerang';

describe('digest periods', () => {
  test('daily from the digest hour in the reader’s zone; weekly on Monday only', () => {
    // 00.30 UTC on Mon 8 Sep 2025 = 07.30 WIB, 08.30 WITA, 09.30 WIT.
    const at = new Date('2025-09-08T00:30:00Z');
    assert.equal(digestPeriod(at, 'Asia/Jakarta', 'daily', 7), '2025-09-08');
    assert.equal(digestPeriod(at, 'Asia/Jakarta', 'daily', 8), null, 'not yet 08.00 WIB');
    assert.equal(digestPeriod(at, 'Asia/Jayapura', 'daily', 9), '2025-09-08');
    assert.equal(digestPeriod(at, 'Asia/Jakarta', 'weekly', 7), 'week-2025-09-08');
    assert.equal(digestPeriod(new Date('2025-09-09T00:30:00Z'), 'Asia/Jakarta', 'weekly', 7), null, 'Tuesday');
  });
});

describe('digest', () => {
  let t: TestApp;
  let titles: { open: string; done: string };
  before(async () => {
    t = await buildTestApp();
    const as = signedIn(t);
    titles = { open: 'Razia serentak kamar hunian', done: 'Apel siaga' };
    const open = await issueTo(t, await as('dirjen'), [LPP, LAPAS_TANGERANG], titles.open);
    const done = await issueTo(t, await as('dirjen'), [LPP], titles.done);
    const operator = await as('operator.lpp.tangerang');
    for (const id of [open.get(LPP), done.get(LPP)]) {
      const res = await operator.post(`${API}/assignments/${id}/reports`, { values: { seedlings: 3 }, narrative: 'Sudah dilaksanakan.' });
      assert.equal(res.statusCode, 201, res.body);
    }
    const verifier = await as('kanwil.banten');
    const reports = await verifier.get(`${API}/assignments/${done.get(LPP)}/reports`);
    const [report] = reports.json() as { id: string }[];
    const decided = await verifier.post(`${API}/reports/${report?.id}/decision`, { decision: 'verified' });
    assert.equal(decided.statusCode, 200, decided.body);
  });
  after(async () => t.close());

  test('Kanwil and HQ leaders and verifiers get one summary of the open directives in their subtree, once per day', async () => {
    const digest = createDigest({ db: t.database.db, notify, schedule: { digest: 'daily', hour: 7 } });
    const db = t.database.db;
    assert.equal(await digest.runDigest(new Date('2025-09-09T23:30:00Z')), 0, '06.30 WIB: before the digest hour');
    const at = new Date('2025-09-10T00:30:00Z'); // 07.30 WIB, after the due time
    const sent = await digest.runDigest(at);
    assert.equal(await digest.runDigest(at), 0, 'a second tick the same day sends nothing');
    assert.equal(await digest.runDigest(new Date('2025-09-10T09:00:00Z')), 0, 'nor a later one');

    const [kanwil] = await inboxOf(db, await userId(db, 'kanwil.banten'));
    assert.equal(kanwil?.kind, 'digest');
    assert.match(kanwil?.title ?? '', /Ringkasan harian .*2025-09-10/);
    assert.ok(kanwil?.body.includes(`• ${titles.open}: 1/2 dilaporkan, 0 terverifikasi, 1 terlambat`), kanwil?.body);
    assert.ok(!kanwil?.body.includes(titles.done), 'a fully verified directive is not open');
    const recipients = ['kanwil.banten', 'kakanwil.banten', 'dirjen'];
    for (const username of recipients) assert.equal((await inboxOf(db, await userId(db, username))).length, 1, username);
    assert.equal(sent, recipients.length, 'Kanwil Banten verifier and leader, the Director General');
    assert.equal((await inboxOf(db, await userId(db, 'operator.lpp.tangerang'))).length, 0, 'UPT staff get reminders, not digests');

    assert.equal(await digest.runDigest(new Date('2025-09-11T00:30:00Z')), recipients.length, 'the next day, the next digest');
  });

  test('weekly: once on Monday', async () => {
    const digest = createDigest({ db: t.database.db, notify, schedule: { digest: 'weekly', hour: 7 } });
    assert.equal(await digest.runDigest(new Date('2025-09-12T03:00:00Z')), 0, 'a Friday');
    assert.equal(await digest.runDigest(new Date('2025-09-15T01:00:00Z')), 3, 'Monday 08.00 WIB');
    assert.equal(await digest.runDigest(new Date('2025-09-15T05:00:00Z')), 0);
  });
});
