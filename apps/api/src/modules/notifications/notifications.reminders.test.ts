import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { testDbKind } from '../../test/db.js';
import { openPostgres } from '../../platform/db/index.js';
import { createJobs, type Jobs } from '../../platform/jobs/jobs.js';
import { createNotify } from '../../platform/notify/notify.js';
import { createReminders } from './notifications.reminders.js';
import { API, addOperator, eventually, inboxOf, issueTo, signedIn, userId } from './notifications.test-kit.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang'; // WIB, Kanwil Banten
const ABEPURA = 'Lapas Kelas IIA Abepura'; // WIT
const CIPINANG = 'Lapas Kelas I Cipinang'; // WIB, reports on time
const OFFSETS = [-3, -1, 0, 1];
const notify = createNotify({ email: false, webhook: false });

describe('reminders', () => {
  let t: TestApp;
  let assignment: Map<string, string>;
  let users: Record<'lppOperator' | 'lppLeader' | 'abepura' | 'kakanwil' | 'cipinang', string>;
  before(async () => {
    t = await buildTestApp();
    const as = signedIn(t);
    const db = t.database.db;
    users = {
      abepura: await addOperator(t, ABEPURA, 'operator.abepura.test'),
      lppOperator: await userId(db, 'operator.lpp.tangerang'),
      lppLeader: await userId(db, 'kalapas.lpp.tangerang'),
      kakanwil: await userId(db, 'kakanwil.banten'),
      cipinang: await userId(db, 'operator.lapas.cipinang'),
    };
    assignment = await issueTo(t, await as('dirjen'), [LPP, ABEPURA, CIPINANG]);
    const cipinang = await (await as('operator.lapas.cipinang')).post(`${API}/assignments/${assignment.get(CIPINANG)}/reports`, {
      values: { seedlings: 12 },
      narrative: 'Sudah ditanam.',
    });
    assert.equal(cipinang.statusCode, 201, cipinang.body);
  });
  after(async () => t.close());

  const keysOf = async (user: string) => (await inboxOf(t.database.db, user)).map((n) => n.dedupeKey);

  test('the day before due starts at 00.00 local: a WIT unit reaches it two hours before a WIB unit, each once', async () => {
    const reminders = createReminders({ db: t.database.db, notify, offsetsDays: OFFSETS });
    // 16.00 UTC on 7 Sep = 01.00 WIT on the 8th (Abepura), still 23.00 WIB on the 7th (Tangerang).
    const at = new Date('2025-09-07T16:00:00Z');
    assert.equal(await reminders.runReminders(at), 1);
    assert.equal(await reminders.runReminders(at), 0, 'a second tick sends nothing again');
    assert.deepEqual(await keysOf(users.abepura), [`reminder:${assignment.get(ABEPURA)}:-1`]);
    assert.deepEqual(await keysOf(users.lppOperator), []);

    // 17.30 UTC = 00.30 WIB on the 8th: Tangerang's turn; the operator and the head of the unit hold reports:submit.
    assert.equal(await reminders.runReminders(new Date('2025-09-07T17:30:00Z')), 1, 'Tangerang (Cipinang has reported)');
    assert.deepEqual(await keysOf(users.lppOperator), [`reminder:${assignment.get(LPP)}:-1`]);
    assert.deepEqual(await keysOf(users.lppLeader), [`reminder:${assignment.get(LPP)}:-1`]);
    const [first] = await inboxOf(t.database.db, users.lppOperator);
    assert.match(first?.body ?? '', /1 hari lagi, 9 Sep 2025 10\.00 WIB/);
    assert.equal(first?.link, `/assignments/${assignment.get(LPP)}`);
  });

  test('the overdue reminder also goes to the parent unit leader; a reported follow-up gets none', async () => {
    const reminders = createReminders({ db: t.database.db, notify, offsetsDays: OFFSETS });
    // 17.30 UTC on 9 Sep = 00.30 WIB on the 10th: a day after the due day everywhere.
    await reminders.runReminders(new Date('2025-09-09T17:30:00Z'));
    const overdue = `reminder:${assignment.get(LPP)}:1`;
    assert.ok((await keysOf(users.lppOperator)).includes(overdue));
    const escalated = await inboxOf(t.database.db, users.kakanwil);
    assert.deepEqual(escalated.map((n) => [n.dedupeKey, n.kind]), [[overdue, 'reminder.overdue']]);
    assert.match(escalated[0]?.title ?? '', /^Terlambat: /);
    assert.ok(!(await keysOf(users.cipinang)).some((k) => k.endsWith(':1')), 'Cipinang reported: no overdue reminder');
    assert.ok((await keysOf(users.abepura)).includes(`reminder:${assignment.get(ABEPURA)}:1`));
  });

  test('a scheduler down for days does not flood: reminders older than a day are skipped', async () => {
    const reminders = createReminders({ db: t.database.db, notify, offsetsDays: OFFSETS });
    assert.equal(await reminders.runReminders(new Date('2025-09-20T00:00:00Z')), 0);
  });
});

describe('two job runners on one PostgreSQL database', { skip: testDbKind() !== 'postgres' }, () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  test('both run the reminder tick at once; each reminder arrives exactly once', async () => {
    const as = signedIn(t);
    const abepuraOperator = await addOperator(t, ABEPURA, 'operator.abepura.race');
    const assignment = await issueTo(t, await as('dirjen'), [LPP, ABEPURA]);
    const url = t.database.url;
    assert.ok(url);
    const second = openPostgres(url, 3);
    const databases = [t.database, second];
    const runners: Jobs[] = databases.map((d) => createJobs(d, { pollingIntervalSeconds: 0.5, schedule: false }));
    const started = [0, 0];
    const sent = [0, 0];
    let done = 0;
    const now = new Date('2025-09-07T17:30:00Z');
    try {
      for (const [i, jobs] of runners.entries()) {
        const reminders = createReminders({ db: databases[i]?.db ?? t.database.db, notify, offsetsDays: OFFSETS });
        await jobs.start();
        await jobs.work('reminders-race', async () => {
          started[i] = (started[i] ?? 0) + 1;
          // Hold until the other runner has a tick too, so the two really overlap.
          await eventually('both runners ticking', async () => (started[0] ?? 0) > 0 && (started[1] ?? 0) > 0, 10_000);
          sent[i] = (sent[i] ?? 0) + (await reminders.runReminders(now));
          done += 1;
        });
      }
      await runners[0]?.send('reminders-race', {});
      await runners[1]?.send('reminders-race', {});
      await eventually('both ticks to finish', async () => done === 2);
    } finally {
      for (const jobs of runners) await jobs.stop();
      await second.close();
    }
    assert.deepEqual(started, [1, 1], 'each runner ran one tick');
    assert.equal((sent[0] ?? 0) + (sent[1] ?? 0), 2, 'two reminders (Tangerang and Abepura, offset -1) in all');
    const lpp = await inboxOf(t.database.db, await userId(t.database.db, 'operator.lpp.tangerang'));
    assert.deepEqual(lpp.map((n) => n.dedupeKey), [`reminder:${assignment.get(LPP)}:-1`]);
    const abepura = await inboxOf(t.database.db, abepuraOperator);
    assert.deepEqual(abepura.map((n) => n.dedupeKey), [`reminder:${assignment.get(ABEPURA)}:-1`]);
  });
});
