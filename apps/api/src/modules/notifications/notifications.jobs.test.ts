import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createJobs, type Jobs } from '../../platform/jobs/jobs.js';
import { startSmtp } from '../../platform/notify/notify.test-kit.js';
import { DIGEST_QUEUE, REMINDERS_QUEUE, registerNotificationJobs } from './notifications.jobs.js';
import { addOperator, eventually, inboxOf, issueTo, signedIn } from './notifications.test-kit.js';

const ABEPURA = 'Lapas Kelas IIA Abepura';

describe('scheduled reminders through pg-boss', () => {
  let t: TestApp;
  let jobs: Jobs;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  before(async () => {
    t = await buildTestApp();
    smtp = await startSmtp();
    jobs = createJobs(t.database, { pollingIntervalSeconds: 0.5 });
    await jobs.start();
  });
  after(async () => {
    await jobs.stop();
    await smtp.close();
    await t.close();
  });

  test('the reminder tick runs as a queued job, writes the inbox and mails the operator', async () => {
    const operator = await addOperator(t, ABEPURA, 'operator.abepura.mail');
    const assignment = await issueTo(t, await signedIn(t)('dirjen'), [ABEPURA], 'Apel siaga serentak');
    const config = {
      smtp: { url: smtp.url, from: 'Selaras <noreply@selaras.test>' },
      webhook: null,
      reminderOffsetsDays: [-3, -1, 0, 1],
      digest: 'daily' as const,
      digestHour: 7,
    };
    // 16.00 UTC on 7 Sep 2025 = 01.00 WIT on the 8th: the day before Abepura's due day.
    await registerNotificationJobs(jobs, { db: t.database.db, config, clock: () => new Date('2025-09-07T16:00:00Z') });
    const names = (await jobs.schedules()).map((s) => `${s.name} ${s.cron}`);
    assert.ok(names.includes(`${REMINDERS_QUEUE} */10 * * * *`), names.join(', '));
    assert.ok(names.includes(`${DIGEST_QUEUE} */10 * * * *`), names.join(', '));

    await jobs.send(REMINDERS_QUEUE, {});
    await eventually('the reminder in the inbox', async () => (await inboxOf(t.database.db, operator)).length === 1);
    const [row] = await inboxOf(t.database.db, operator);
    assert.equal(row?.dedupeKey, `reminder:${assignment.get(ABEPURA)}:-1`);
    await eventually('the reminder by email', async () => smtp.mails.length === 1);
    assert.deepEqual(smtp.mails[0]?.to, ['operator.abepura.mail@example.test']);
    assert.match(smtp.mails[0]?.raw ?? '', /^Subject: Pengingat: Apel siaga serentak$/m);
  });
});
