import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestDb } from '../../test/db.js';
import { eventually } from '../../test/eventually.js';
import type { Database } from '../../platform/db/index.js';
import { createJobs, type Jobs } from '../../platform/jobs/jobs.js';
import { createNotify } from '../../platform/notify/notify.js';
import { notifications } from '../../platform/notify/notify.table.js';
import { orgUnits } from '../org-units/index.js';
import { users } from '../users/index.js';
import { PERMIT_REMINDER_QUEUE, registerProductJobs } from './products.jobs.js';
import { PERMIT_REMINDER_KIND, reachedThresholds, sendPermitReminders } from './permits.reminders.js';
import { productPermits, products } from './products.table.js';

const MANAGERS = ['kalapas.lpp.tangerang', 'koperasi.lpp.tangerang', 'pembinaan.lpp.tangerang'];

describe('reached thresholds', () => {
  test('most urgent first; nothing before 90 days', () => {
    assert.deepEqual(reachedThresholds(91), []);
    assert.deepEqual(reachedThresholds(90), [90]);
    assert.deepEqual(reachedThresholds(3), [7, 30, 90]);
    assert.deepEqual(reachedThresholds(0), [0, 7, 30, 90]);
    assert.deepEqual(reachedThresholds(-5), [0, 7, 30, 90]);
  });
});

describe('permit-expiry reminders on the real scheduler', () => {
  let database: Database;
  let jobs: Jobs;
  let now = new Date('2026-03-10T02:00:00Z');
  let ticksDone = 0;
  const jobErrors: Error[] = [];
  const inboxWriter = createNotify({ email: false, webhook: false });
  /** Every message the runners hand to the inbox, by its key (the inbox itself would hide a second send). */
  const told: string[] = [];
  const notify: typeof inboxWriter = async (tx, input) => {
    told.push(input.dedupeKey);
    return inboxWriter(tx, input);
  };

  /** Moves the test clock and runs one reminder tick through pg-boss, waiting for it to finish. */
  async function tickAt(at: Date): Promise<void> {
    now = at;
    const before = ticksDone;
    await jobs.send(PERMIT_REMINDER_QUEUE, {});
    await eventually(
      `the reminder tick at ${at.toISOString()}`,
      async () => ticksDone > before || jobErrors.length > 0,
    );
    assert.deepEqual(jobErrors, []);
  }

  async function addProduct(name: string, archived = false): Promise<string> {
    const db = database.db;
    const [unit] = await db
      .select({ id: orgUnits.id, path: orgUnits.path })
      .from(orgUnits)
      .where(eq(orgUnits.code, 'lapas-perempuan-kelas-iia-tangerang'));
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'koperasi.lpp.tangerang'));
    assert.ok(unit && user);
    const [row] = await db
      .insert(products)
      .values({
        unitId: unit.id,
        unitPath: unit.path,
        name,
        category: 'makanan',
        description: name,
        unitOfSale: 'bungkus',
        archived,
        createdByUserId: user.id,
      })
      .returning({ id: products.id, unitPath: products.unitPath });
    assert.ok(row);
    return row.id;
  }

  async function addPermit(
    productId: string,
    kind: 'pirt' | 'halal' | 'merek',
    expiresOn: string | null,
  ): Promise<string> {
    const [product] = await database.db
      .select({ unitPath: products.unitPath })
      .from(products)
      .where(eq(products.id, productId));
    const [row] = await database.db
      .insert(productPermits)
      .values({
        productId,
        unitPath: product?.unitPath ?? '',
        kind,
        number: `${kind}-${productId.slice(-6)}`,
        issuedOn: '2024-01-01',
        expiresOn,
      })
      .returning({ id: productPermits.id });
    assert.ok(row);
    return row.id;
  }

  /** "username threshold" for every reminder about a product. */
  async function remindersAbout(productId: string): Promise<string[]> {
    const rows = await database.db
      .select({ username: users.username, dedupeKey: notifications.dedupeKey, kind: notifications.kind })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.recipientUserId))
      .where(eq(notifications.link, `/produk/${productId}`));
    return rows
      .map((r) => {
        assert.equal(r.kind, PERMIT_REMINDER_KIND);
        return `${r.username} ${r.dedupeKey.split(':')[2] ?? '?'}`;
      })
      .sort();
  }
  const to = (threshold: number) => MANAGERS.map((u) => `${u} ${threshold}`);

  before(async () => {
    database = await createTestDb();
    jobs = createJobs(database, { pollingIntervalSeconds: 0.5, schedule: false });
    jobs.onError((err) => jobErrors.push(err));
    await jobs.start();
    const counted = {
      dispatch: async () => {
        ticksDone += 1;
        return 0;
      },
    };
    await registerProductJobs(jobs, { db: database.db, notify, clock: () => now, delivery: counted });
  });
  after(async () => {
    await jobs.stop();
    await database.close();
  });

  test('the reminder runs hourly', async () => {
    const schedules = (await jobs.schedules()).map((s) => `${s.name} ${s.cron}`);
    assert.ok(schedules.includes(`${PERMIT_REMINDER_QUEUE} 0 * * * *`), schedules.join(', '));
  });

  test('90, 30, 7 and 0 days before expiry, each once, to those who manage the unit’s products', async () => {
    const id = await addProduct('Keripik tempe');
    await addPermit(id, 'pirt', '2026-06-10');
    await tickAt(new Date('2026-03-10T02:00:00Z'));
    assert.deepEqual(await remindersAbout(id), [], '92 days before: nothing yet');
    // 11 March 18:00 UTC is already 12 March in Tangerang (WIB): 90 days before the expiry.
    await tickAt(new Date('2026-03-11T18:00:00Z'));
    assert.deepEqual(await remindersAbout(id), to(90));
    await tickAt(new Date('2026-03-11T19:00:00Z'));
    assert.deepEqual(await remindersAbout(id), to(90), 'the next hour sends nothing again');
    await tickAt(new Date('2026-05-11T02:00:00Z'));
    await tickAt(new Date('2026-06-03T02:00:00Z'));
    await tickAt(new Date('2026-06-10T02:00:00Z'));
    await tickAt(new Date('2026-06-11T02:00:00Z'));
    assert.deepEqual(await remindersAbout(id), [...to(0), ...to(30), ...to(7), ...to(90)].sort());
  });

  test('when several thresholds passed at once, only the most urgent is sent and the others count as sent', async () => {
    const id = await addProduct('Sambal bawang');
    await addPermit(id, 'halal', '2026-06-15');
    await tickAt(new Date('2026-06-12T02:00:00Z'));
    assert.deepEqual(await remindersAbout(id), to(7));
    await tickAt(new Date('2026-06-13T02:00:00Z'));
    assert.deepEqual(await remindersAbout(id), to(7));
  });

  test('a permit without expiry and the permits of an archived product are never reminded', async () => {
    const brand = await addProduct('Kopi lapas');
    await addPermit(brand, 'merek', null);
    const archived = await addProduct('Produk lama', true);
    await addPermit(archived, 'pirt', '2026-07-01');
    await tickAt(new Date('2026-06-20T02:00:00Z'));
    assert.deepEqual(await remindersAbout(brand), []);
    assert.deepEqual(await remindersAbout(archived), []);
  });

  test('two runners at once send each reminder once', async () => {
    const id = await addProduct('Roti gandum');
    const permit = await addPermit(id, 'pirt', '2026-07-30');
    const at = new Date('2026-07-01T02:00:00Z');
    const [, ...direct] = await Promise.all([
      tickAt(at),
      sendPermitReminders({ db: database.db, notify }, at),
      sendPermitReminders({ db: database.db, notify }, at),
    ]);
    assert.deepEqual(await remindersAbout(id), to(30));
    assert.equal(told.filter((key) => key.startsWith(`permit-reminder:${permit}:`)).length, 1, 'one runner told, once');
    assert.ok(direct.every((n) => n <= 1));
  });
});
