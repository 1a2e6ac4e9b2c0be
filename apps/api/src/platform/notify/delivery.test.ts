import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../test/db.js';
import { eventually } from '../../test/eventually.js';
import type { Database } from '../db/index.js';
import { uuidv7 } from '../db/ids.js';
import { createJobs, type Jobs } from '../jobs/jobs.js';
import { createNotify } from './notify.js';
import { createDelivery } from './delivery.js';
import { notificationOutbox, notifications } from './notify.table.js';
import { startHook, startSmtp } from './notify.test-kit.js';

const SECRET = 'webhook-secret-for-tests-0123456789';

/** What a WhatsApp gateway does: recompute the HMAC over "<timestamp>.<body>" and refuse stale timestamps. */
function verify(headers: Record<string, string | string[] | undefined>, body: string, now: Date): boolean {
  const timestamp = String(headers['x-selaras-timestamp']);
  const signature = String(headers['x-selaras-signature']);
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > 300) return false;
  const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
  return expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

describe('delivery of the outbox', () => {
  let database: Database;
  let jobs: Jobs;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let hook: Awaited<ReturnType<typeof startHook>>;
  const clock = () => new Date();
  before(async () => {
    database = await createTestDb();
    smtp = await startSmtp();
    hook = await startHook();
    jobs = createJobs(database, { pollingIntervalSeconds: 0.5, schedule: false });
    await jobs.start();
  });
  after(async () => {
    await jobs.stop();
    await Promise.all([smtp.close(), hook.close()]);
    await database.close();
  });

  test('an inbox row per recipient, and its email and signed webhook delivered by the job queue', async () => {
    const db = database.db;
    const notify = createNotify({ email: true, webhook: true });
    const withEmail = uuidv7();
    const withoutEmail = uuidv7();
    await db.transaction(async (tx) => {
      await notify(tx, {
        recipients: [
          { userId: withEmail, positionId: null, unitId: null, email: 'operator@lapas.example' },
          { userId: withoutEmail, positionId: null, unitId: null, email: null },
        ],
        kind: 'reminder.due',
        title: 'Pengingat: Apel siaga',
        body: 'Tindak lanjut jatuh tempo besok.',
        link: '/assignments/x',
        dedupeKey: 'test:1',
      });
    });
    const outbox = await db.select().from(notificationOutbox);
    assert.deepEqual(outbox.map((o) => o.channel).sort(), ['email', 'webhook', 'webhook'], 'email only for the user who has one');

    const delivery = createDelivery({ db, jobs, config: { smtp: { url: smtp.url, from: 'Selaras <noreply@selaras.test>' }, webhook: { url: hook.url, secret: SECRET } }, clock });
    await delivery.register();
    assert.equal(await delivery.dispatch(), 3);
    assert.equal(await delivery.dispatch(), 0, 'handed over once');
    await eventually('all three delivered', async () => (await db.select().from(notificationOutbox).where(eq(notificationOutbox.status, 'sent'))).length === 3);

    assert.equal(smtp.mails.length, 1);
    assert.deepEqual(smtp.mails[0]?.to, ['operator@lapas.example']);
    assert.match(smtp.mails[0]?.raw ?? '', /^Subject: Pengingat: Apel siaga$/m);
    assert.equal(hook.hits.length, 2);
    for (const hit of hook.hits) {
      assert.ok(verify(hit.headers, hit.body, new Date()), 'the signature verifies');
      assert.ok(!verify(hit.headers, `${hit.body} `, new Date()), 'a changed body does not');
      assert.ok(!verify(hit.headers, hit.body, new Date(Date.now() + 3_600_000)), 'an old timestamp (a replay) does not');
      assert.equal((JSON.parse(hit.body) as { title: string }).title, 'Pengingat: Apel siaga');
    }
  });

  test('the same dedupe key for the same recipient adds nothing', async () => {
    const db = database.db;
    const notify = createNotify({ email: false, webhook: false });
    const user = uuidv7();
    const message = { recipients: [{ userId: user, positionId: null, unitId: null, email: null }], kind: 'k', title: 't', body: 'b', link: null, dedupeKey: 'once' };
    const first = await db.transaction((tx) => notify(tx, message));
    const second = await db.transaction((tx) => notify(tx, message));
    assert.equal(first.inserted.length, 1);
    assert.equal(second.inserted.length, 0);
    assert.equal((await db.select().from(notifications).where(eq(notifications.recipientUserId, user))).length, 1);
  });

  test('a refused webhook is recorded and thrown, so the job retries', async () => {
    const db = database.db;
    const failing = await startHook([500]);
    try {
      const delivery = createDelivery({ db, jobs, config: { smtp: null, webhook: { url: failing.url, secret: SECRET } }, clock });
      const notify = createNotify({ email: false, webhook: true });
      const [outboxId] = await db.transaction(async (tx) => {
        const { inserted } = await notify(tx, { recipients: [{ userId: uuidv7(), positionId: null, unitId: null, email: null }], kind: 'k', title: 't', body: 'b', link: null, dedupeKey: 'fail' });
        return tx.select({ id: notificationOutbox.id }).from(notificationOutbox).where(eq(notificationOutbox.notificationId, inserted[0] ?? ''));
      });
      assert.ok(outboxId);
      await assert.rejects(delivery.deliver(outboxId.id), /webhook answered 500/);
      const [after1] = await db.select().from(notificationOutbox).where(eq(notificationOutbox.id, outboxId.id));
      assert.equal(after1?.attempts, 1);
      assert.equal(after1?.sentAt, null);
      await delivery.deliver(outboxId.id);
      const [after2] = await db.select().from(notificationOutbox).where(eq(notificationOutbox.id, outboxId.id));
      assert.equal(after2?.status, 'sent');
      assert.equal(failing.hits.length, 2);
    } finally {
      await failing.close();
    }
  });
});
