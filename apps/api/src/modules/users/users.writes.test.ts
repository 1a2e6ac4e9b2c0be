import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent, CreateUserBody, User } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { API, fieldPaths, login, problem, signedIn, unitIdOf, uniqueName } from './users.test-kit.js';
import { DEMO_PASSWORD } from './users.seed.js';

let t: TestApp;
let as: (username: string) => Promise<Client>;
let lpp: string;

before(async () => {
  t = await buildTestApp();
  as = signedIn(t);
  lpp = await unitIdOf(t, 'lapas-perempuan-kelas-iia-tangerang');
});
after(async () => t.close());

function newUser(extra: Partial<CreateUserBody> = {}): CreateUserBody {
  return {
    username: uniqueName('pegawai'),
    name: 'Siti Rahmawati',
    password: DEMO_PASSWORD,
    position: { title: 'Operator Registrasi', role: 'operator', unitId: lpp },
    ...extra,
  };
}

async function userTotal(): Promise<number> {
  return ((await (await as('admin')).get(`${API}/users?limit=1`)).json() as { total: number }).total;
}

describe('account fields', () => {
  test('NIP must be 18 digits: 400 with a field error on body.nip', async () => {
    const admin = await as('admin');
    const total = await userTotal();
    for (const nip of ['19800101', '19800101200501100A', '1980010120050110011']) {
      const p = problem(await admin.post(`${API}/users`, newUser({ nip })), 400, 'validation_failed');
      assert.deepEqual(fieldPaths(p), ['body.nip'], nip);
      assert.match(p.errors?.[0]?.message ?? '', /NIP harus 18 angka/);
    }
    assert.equal(await userTotal(), total);
    const ok = await admin.post(`${API}/users`, newUser({ nip: ' 198001012005011001 ' }));
    assert.equal((ok.json() as User).nip, '198001012005011001');
  });

  test('WhatsApp numbers are validated and stored as +62…', async () => {
    const admin = await as('admin');
    for (const whatsapp of ['12345', '0212345678', '+1 415 555 0100', '08123']) {
      const p = problem(await admin.post(`${API}/users`, newUser({ whatsapp })), 400);
      assert.deepEqual(fieldPaths(p), ['body.whatsapp'], whatsapp);
    }
    const stored: Record<string, string> = {
      '081234567890': '+6281234567890',
      '6281234567890': '+6281234567890',
      '+6285712345678': '+6285712345678',
    };
    for (const [typed, expected] of Object.entries(stored)) {
      const created = (await admin.post(`${API}/users`, newUser({ whatsapp: typed }))).json() as User;
      assert.equal(created.whatsapp, expected, typed);
    }
    const user = (await admin.post(`${API}/users`, newUser())).json() as User;
    const patched = await admin.patch(`${API}/users/${user.id}`, { whatsapp: '0857-12' });
    assert.deepEqual(fieldPaths(problem(patched, 400)), ['body.whatsapp']);
    assert.equal(
      ((await admin.patch(`${API}/users/${user.id}`, { whatsapp: '085712345678' })).json() as User).whatsapp,
      '+6285712345678',
    );
    assert.equal(((await admin.patch(`${API}/users/${user.id}`, { whatsapp: null })).json() as User).whatsapp, null);
  });

  test('duplicate username → 409, duplicate NIP → 409, and neither leaves a row behind', async () => {
    const admin = await as('admin');
    const total = await userTotal();
    problem(
      await admin.post(`${API}/users`, newUser({ username: 'operator.lpp.tangerang' })),
      409,
      'users.username_taken',
    );
    const nip = '199001012015032002';
    assert.equal((await admin.post(`${API}/users`, newUser({ nip }))).statusCode, 201);
    problem(await admin.post(`${API}/users`, newUser({ nip })), 409, 'users.nip_taken');
    const other = (await admin.post(`${API}/users`, newUser())).json() as User;
    problem(await admin.patch(`${API}/users/${other.id}`, { nip }), 409, 'users.nip_taken');
    assert.equal(await userTotal(), total + 2);
  });

  test('usernames are lower case only; the password at least 10 characters', async () => {
    const admin = await as('admin');
    const p = problem(await admin.post(`${API}/users`, newUser({ username: 'Budi.Santoso', password: 'pendek' })), 400);
    assert.deepEqual(fieldPaths(p).sort(), ['body.password', 'body.username']);
  });

  test('an admin resets a password: the old one stops working, every session and API token ends', async () => {
    const admin = await as('admin');
    const user = (await admin.post(`${API}/users`, newUser())).json() as User;
    const session = await signedIn(t)(user.username);
    const { token } = (await session.post(`${API}/me/tokens`, { name: 'Skrip' })).json() as { token: string };
    const bearer = () =>
      t.app.inject({ method: 'GET', url: `${API}/me`, headers: { authorization: `Bearer ${token}` } });
    assert.equal((await bearer()).statusCode, 200);
    assert.equal(
      (await admin.post(`${API}/users/${user.id}/password`, { password: 'setelan-ulang-99' })).statusCode,
      204,
    );
    problem(await session.get(`${API}/me`), 401);
    problem(await bearer(), 401);
    problem(await login(t.app, user.username, DEMO_PASSWORD), 401, 'auth.invalid_credentials');
    assert.equal((await login(t.app, user.username, 'setelan-ulang-99')).statusCode, 200);
  });
});

async function eventsOf(client: Client, action: string): Promise<AuditEvent[]> {
  const res = await client.get(`${API}/audit-events?action=${action}&limit=500`);
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { items: AuditEvent[] }).items;
}

describe('audit trail of user writes', () => {
  test('every write leaves one event naming the actor and the position they acted in', async () => {
    const kalapas = await as('kalapas.lpp.tangerang');
    const created = await kalapas.post(`${API}/users`, newUser({ name: 'Dewi Lestari' }));
    assert.equal(created.statusCode, 201, created.body);
    const user = created.json() as User;
    await kalapas.patch(`${API}/users/${user.id}`, { name: 'Dewi Lestari, S.H.', active: false });
    const withPosition = (
      await kalapas.post(`${API}/users/${user.id}/positions`, {
        title: 'Staf Pembinaan',
        role: 'programme_officer',
        unitId: lpp,
      })
    ).json() as User;
    const added = withPosition.positions.find((p) => p.role === 'programme_officer');
    assert.ok(added);
    assert.equal((await kalapas.delete(`${API}/users/${user.id}/positions/${added.id}`)).statusCode, 200);
    assert.equal(
      (await kalapas.post(`${API}/users/${user.id}/password`, { password: 'kata-sandi-baru-1' })).statusCode,
      204,
    );

    const admin = await as('admin');
    const expectations: [string, string | undefined, (e: AuditEvent) => void][] = [
      [
        'users.created',
        user.id,
        (e) =>
          assert.deepEqual(e.summary, { username: user.username, role: 'operator', position: 'Operator Registrasi' }),
      ],
      [
        'users.updated',
        user.id,
        (e) => assert.deepEqual(e.summary, { fields: ['name', 'active'], active: { from: true, to: false } }),
      ],
      ['users.position_added', added.id, (e) => assert.equal(e.summary.role, 'programme_officer')],
      ['users.position_removed', added.id, (e) => assert.equal(e.summary.userId, user.id)],
      ['users.password_reset', user.id, () => undefined],
    ];
    for (const [action, subjectId, check] of expectations) {
      const matching = (await eventsOf(admin, action)).filter((e) => e.subjectId === subjectId);
      assert.equal(matching.length, 1, action);
      const [event] = matching;
      assert.ok(event);
      assert.equal(event.actorName, 'Kalapas Perempuan Tangerang (demo)', action);
      assert.equal(event.positionTitle, 'Kalapas Perempuan Kelas IIA Tangerang', action);
      assert.equal(event.unitName, 'Lapas Perempuan Kelas IIA Tangerang', action);
      assert.ok(event.requestId, action);
      check(event);
    }
    const seenByKalapas = await eventsOf(kalapas, 'users.created');
    assert.ok(
      seenByKalapas.some((e) => e.subjectId === user.id),
      'the unit’s leader reads its own trail',
    );
    const seenByKanwil = await eventsOf(await as('kakanwil.banten'), 'users.created');
    assert.ok(
      seenByKanwil.some((e) => e.subjectId === user.id),
      'and so does its Kanwil',
    );
  });

  test('a refused write leaves no event', async () => {
    const admin = await as('admin');
    const before = (await eventsOf(admin, 'users.created')).length;
    problem(
      await (
        await as('kalapas.lpp.tangerang')
      ).post(`${API}/users`, newUser({ position: { title: 'Admin', role: 'admin', unitId: lpp } })),
      403,
    );
    problem(await admin.post(`${API}/users`, newUser({ username: 'admin' })), 409);
    assert.equal((await eventsOf(admin, 'users.created')).length, before);
  });
});
