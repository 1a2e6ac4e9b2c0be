import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { NotificationPage, Problem } from '@selaras/contracts';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createNotify } from '../../platform/notify/notify.js';
import { API, signedIn, userId } from './notifications.test-kit.js';

const notify = createNotify({ email: false, webhook: false });

describe('inbox routes', () => {
  let t: TestApp;
  let as: ReturnType<typeof signedIn>;
  before(async () => {
    t = await buildTestApp();
    as = signedIn(t);
    const db = t.database.db;
    const operator = await userId(db, 'operator.lpp.tangerang');
    const other = await userId(db, 'operator.lapas.cipinang');
    for (const [user, key] of [[operator, 'a'], [operator, 'b'], [operator, 'c'], [other, 'x']] as const) {
      await db.transaction((tx) =>
        notify(tx, { recipients: [{ userId: user, positionId: null, unitId: null, email: null }], kind: 'reminder.due', title: `Pesan ${key}`, body: 'Isi', link: null, dedupeKey: key }),
      );
    }
  });
  after(async () => t.close());

  async function inbox(username: string, query = ''): Promise<NotificationPage> {
    const res = await (await as(username)).get(`${API}/notifications${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as NotificationPage;
  }

  test('a user sees only their own inbox, paged, with the unread count', async () => {
    const page = await inbox('operator.lpp.tangerang', '?limit=2');
    assert.equal(page.total, 3);
    assert.equal(page.unreadCount, 3);
    assert.equal(page.items.length, 2);
    assert.ok(page.items.every((n) => n.title !== 'Pesan x'));
    assert.ok(page.items.every((n) => n.abilities.markRead));
    assert.equal((await inbox('humas.ditjenpas')).total, 0, 'any signed-in role has an inbox');
  });

  test('marking one read; another user’s notification does not exist for the caller', async () => {
    const other = (await inbox('operator.lapas.cipinang')).items[0];
    assert.ok(other);
    const operator = await as('operator.lpp.tangerang');
    const refused = await operator.post(`${API}/notifications/${other.id}/read`);
    assert.equal(refused.statusCode, 404, refused.body);
    assert.equal((refused.json() as Problem).code, 'notifications.not_found');
    assert.equal((await inbox('operator.lapas.cipinang')).unreadCount, 1, 'untouched');

    const mine = (await inbox('operator.lpp.tangerang')).items[0];
    assert.ok(mine);
    const read = await operator.post(`${API}/notifications/${mine.id}/read`);
    assert.equal(read.statusCode, 200, read.body);
    assert.ok((read.json() as { readAt: string | null }).readAt);
    const after = await inbox('operator.lpp.tangerang');
    assert.equal(after.unreadCount, 2);
    assert.equal((await inbox('operator.lpp.tangerang', '?unread=true')).total, 2);
  });

  test('read-all clears the caller’s unread count only', async () => {
    const res = await (await as('operator.lpp.tangerang')).post(`${API}/notifications/read-all`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { marked: 2, unreadCount: 0 });
    assert.equal((await inbox('operator.lpp.tangerang')).unreadCount, 0);
    assert.equal((await inbox('operator.lapas.cipinang')).unreadCount, 1);
  });

  test('a bad id is a 400 problem, not a 500', async () => {
    const res = await (await as('operator.lpp.tangerang')).post(`${API}/notifications/not-a-uuid/read`);
    assert.equal(res.statusCode, 400, res.body);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  });
});
