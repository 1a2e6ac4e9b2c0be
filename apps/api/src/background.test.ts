import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDb } from './test/db.js';
import { eventually } from './test/eventually.js';
import { removeTempDataDir, testConfig } from './test/app.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/index.js';
import type { Jobs } from './platform/jobs/jobs.js';
import { createNotify } from './platform/notify/notify.js';
import { startSmtp } from './platform/notify/notify.test-kit.js';
import { startBackground } from './background.js';
import { REMINDERS_QUEUE } from './modules/notifications/index.js';
import { createEscalation } from './modules/incidents/incidents.escalation.js';
import { ESCALATION_QUEUE } from './modules/incidents/incidents.jobs.js';
import { addMailedOfficer, reportIncident } from './modules/incidents/incidents.escalation.test-kit.js';

describe('background jobs of one instance', () => {
  let database: Database;
  let config: Config;
  let jobs: Jobs;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const errors: Error[] = [];
  before(async () => {
    database = await createTestDb();
    smtp = await startSmtp();
    config = testConfig({ smtp: { url: smtp.url, from: 'Selaras <noreply@selaras.test>' } });
    jobs = await startBackground({ config, database, onError: (err) => errors.push(err) });
  });
  after(async () => {
    await jobs.stop();
    await smtp.close();
    await database.close();
    removeTempDataDir(config);
  });

  test('the incident escalation tick runs every minute next to the reminders, and mails what it sends', async () => {
    const schedules = (await jobs.schedules()).map((s) => `${s.name} ${s.cron}`);
    assert.ok(schedules.includes(`${ESCALATION_QUEUE} * * * * *`), schedules.join(', '));
    assert.ok(
      schedules.some((s) => s.startsWith(`${REMINDERS_QUEUE} `)),
      schedules.join(', '),
    );

    const db = database.db;
    const mailed = await addMailedOfficer(db, 'lapas-perempuan-kelas-iia-tangerang', 'regu.jaga.lpp.tangerang');
    const escalation = createEscalation({
      db,
      notify: createNotify({ email: true, webhook: false }),
      clock: () => new Date(),
    });
    await reportIncident(db, escalation, { category: 'kebakaran', severity: 'berat', reportedAt: new Date() });
    await jobs.send(ESCALATION_QUEUE, {});
    await eventually('the unit alert by email', async () => smtp.mails.some((m) => m.to.includes(mailed)));
    assert.deepEqual(errors, []);
  });
});
