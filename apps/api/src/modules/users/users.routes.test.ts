import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { User, UserPageSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { API, createUser, login, problem, signedIn, unitIdOf, userIdOf } from './users.test-kit.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './users.seed.js';

type UserPage = z.infer<typeof UserPageSchema>;

let t: TestApp;
let as: (username: string) => Promise<Client>;
const unit: Record<string, string> = {};

before(async () => {
  t = await buildTestApp();
  as = signedIn(t);
  for (const code of [
    'ditjenpas',
    'banten',
    'lapas-perempuan-kelas-iia-tangerang',
    'lapas-kelas-i-tangerang',
    'lapas-kelas-i-cipinang',
  ]) {
    unit[code] = await unitIdOf(t, code);
  }
});
after(async () => t.close());

const DEMO = new Set(DEMO_ACCOUNTS.map((a) => a.username));
const KANWIL_BANTEN = ['kakanwil.banten', 'kalapas.lpp.tangerang', 'kanwil.banten', 'koperasi.lpp.tangerang', 'kplp.lpp.tangerang', 'operator.lpp.tangerang', 'pembinaan.lpp.tangerang'];

/** Which demo accounts each reader sees: a UPT its own people, a Kanwil its UPTs', HQ everyone. */
const VISIBLE: Record<string, string[]> = {
  admin: [...DEMO].sort(),
  dirjen: [...DEMO].sort(),
  'kakanwil.banten': KANWIL_BANTEN,
  'kanwil.banten': KANWIL_BANTEN,
  'kalapas.lpp.tangerang': ['kalapas.lpp.tangerang', 'koperasi.lpp.tangerang', 'kplp.lpp.tangerang', 'operator.lpp.tangerang', 'pembinaan.lpp.tangerang'],
};

async function listed(client: Client): Promise<string[]> {
  const res = await client.get(`${API}/users?limit=500`);
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as UserPage).items
    .map((u) => u.username)
    .filter((u) => DEMO.has(u))
    .sort();
}

describe('reading users: the scope matrix', () => {
  test('GET /users lists exactly the accounts inside the reader’s subtree', async () => {
    for (const [reader, expected] of Object.entries(VISIBLE)) {
      assert.deepEqual(await listed(await as(reader)), expected, reader);
    }
  });

  test('GET /users/:id → 200 inside the subtree, 404 outside', async () => {
    for (const [reader, visible] of Object.entries(VISIBLE)) {
      const client = await as(reader);
      for (const target of DEMO) {
        const res = await client.get(`${API}/users/${await userIdOf(t, target)}`);
        if (visible.includes(target)) {
          assert.equal(res.statusCode, 200, `${reader} reads ${target}`);
          assert.equal((res.json() as User).username, target);
        } else {
          problem(res, 404, 'users.not_found');
        }
      }
    }
  });

  test('positions outside the reader’s subtree are not shown', async () => {
    const kakanwil = await userIdOf(t, 'kakanwil.banten');
    const fromHq = (await (await as('dirjen')).get(`${API}/users/${kakanwil}`)).json() as User;
    assert.equal(fromHq.positions.length, 2);
    const fromKanwil = (await (await as('kakanwil.banten')).get(`${API}/users/${kakanwil}`)).json() as User;
    assert.equal(fromKanwil.positions.length, 2);
    const admin = await as('admin');
    const plh = await createUser(admin, {
      title: 'Kalapas',
      role: 'leader',
      unitId: unit['lapas-kelas-i-tangerang'] ?? '',
    });
    const fromUpt = (await (await signedIn(t)(plh.username)).get(`${API}/users/${kakanwil}`)).json() as User;
    assert.deepEqual(
      fromUpt.positions.map((p) => p.unitName),
      ['Lapas Kelas I Tangerang'],
    );
  });

  test('roles without users:read → 403 on reads', async () => {
    const someone = await userIdOf(t, 'operator.lpp.tangerang');
    for (const reader of ['operator.lpp.tangerang', 'humas.ditjenpas']) {
      const client = await as(reader);
      problem(await client.get(`${API}/users`), 403, 'forbidden');
      problem(await client.get(`${API}/users/${someone}`), 403, 'forbidden');
    }
  });
});

/** One request per write route, aimed at `target` (positions at `unitId`). */
function writes(target: string, positionId: string, unitId: string) {
  return [
    {
      route: 'POST /users',
      send: (c: Client) =>
        c.post(`${API}/users`, {
          username: `baru.${Date.now()}`,
          name: 'Baru',
          password: DEMO_PASSWORD,
          position: { title: 'Staf', role: 'operator', unitId },
        }),
    },
    { route: 'PATCH /users/:id', send: (c: Client) => c.patch(`${API}/users/${target}`, { name: 'Nama Diubah' }) },
    {
      route: 'POST /users/:id/positions',
      send: (c: Client) => c.post(`${API}/users/${target}/positions`, { title: 'Tambahan', role: 'viewer', unitId }),
    },
    {
      route: 'DELETE /users/:id/positions/:positionId',
      send: (c: Client) => c.delete(`${API}/users/${target}/positions/${positionId}`),
    },
    {
      route: 'POST /users/:id/password',
      send: (c: Client) => c.post(`${API}/users/${target}/password`, { password: 'kata-sandi-baru-1' }),
    },
  ];
}

async function snapshotOf(id: string): Promise<User> {
  return (await (await as('admin')).get(`${API}/users/${id}`)).json() as User;
}

describe('writing users: the scope matrix', () => {
  test('read-only roles (operator, viewer, verifier) → 403 on every write, even inside their scope', async () => {
    const target = await userIdOf(t, 'operator.lpp.tangerang');
    const before = await snapshotOf(target);
    const positionId = before.positions[0]?.id ?? '';
    for (const writer of ['operator.lpp.tangerang', 'humas.ditjenpas', 'kanwil.banten']) {
      const client = await as(writer);
      for (const w of writes(target, positionId, unit['lapas-perempuan-kelas-iia-tangerang'] ?? '')) {
        problem(await w.send(client), 403, 'forbidden');
      }
    }
    assert.deepEqual(await snapshotOf(target), before);
    assert.equal((await login(t.app, 'operator.lpp.tangerang', DEMO_PASSWORD)).statusCode, 200);
  });

  test('a UPT leader on another UPT’s user → 404 on every route, and nothing changes', async () => {
    const target = await userIdOf(t, 'operator.lapas.cipinang');
    const before = await snapshotOf(target);
    const kalapas = await as('kalapas.lpp.tangerang');
    for (const w of writes(target, before.positions[0]?.id ?? '', unit['lapas-kelas-i-cipinang'] ?? '')) {
      problem(await w.send(kalapas), 404, w.route === 'POST /users' ? 'units.not_found' : 'users.not_found');
    }
    assert.deepEqual(await snapshotOf(target), before);
  });

  test('a Kanwil leader manages users of its UPTs but not of another Kanwil', async () => {
    const kakanwil = await as('kakanwil.banten');
    const inside = await createUser(kakanwil, {
      title: 'Operator',
      role: 'operator',
      unitId: unit['lapas-kelas-i-tangerang'] ?? '',
    });
    const renamed = await kakanwil.patch(`${API}/users/${inside.id}`, { name: 'Operator Lapas I' });
    assert.equal((renamed.json() as User).name, 'Operator Lapas I');
    const added = await kakanwil.post(`${API}/users/${inside.id}/positions`, {
      title: 'Verifikator',
      role: 'verifier',
      unitId: unit.banten,
    });
    assert.equal(added.statusCode, 201, added.body);
    problem(
      await kakanwil.post(`${API}/users/${inside.id}/positions`, {
        title: 'Di DKI',
        role: 'viewer',
        unitId: unit['lapas-kelas-i-cipinang'],
      }),
      404,
      'units.not_found',
    );
    const cipinang = await userIdOf(t, 'operator.lapas.cipinang');
    problem(await kakanwil.patch(`${API}/users/${cipinang}`, { name: 'Tidak Boleh' }), 404, 'users.not_found');
  });

  test('an update with nothing to change is refused as bad input, not a server error', async () => {
    const kakanwil = await as('kakanwil.banten');
    const inside = await userIdOf(t, 'operator.lpp.tangerang');
    const empty = problem(await kakanwil.patch(`${API}/users/${inside}`, {}), 400, 'validation_failed');
    assert.match(empty.detail ?? JSON.stringify(empty), /minimal satu data/);
  });

  test('HQ (admin, leader) manages users everywhere', async () => {
    for (const writer of ['admin', 'dirjen']) {
      const client = await as(writer);
      const user = await createUser(client, {
        title: 'Operator',
        role: 'operator',
        unitId: unit['lapas-kelas-i-cipinang'] ?? '',
      });
      assert.equal((await client.patch(`${API}/users/${user.id}`, { name: 'Diubah Pusat' })).statusCode, 200);
      assert.equal(
        (await client.post(`${API}/users/${user.id}/password`, { password: 'kata-sandi-baru-1' })).statusCode,
        204,
      );
    }
  });

  test('a leader cannot grant admin (403) nor a post outside its subtree (404); an admin can do both', async () => {
    const kalapas = await as('kalapas.lpp.tangerang');
    const lpp = unit['lapas-perempuan-kelas-iia-tangerang'] ?? '';
    const body = (role: string, unitId: string) => ({
      username: `calon.${role}.${Date.now()}`,
      name: 'Calon',
      password: DEMO_PASSWORD,
      position: { title: 'Jabatan', role, unitId },
    });
    problem(await kalapas.post(`${API}/users`, body('admin', lpp)), 403, 'forbidden');
    problem(await kalapas.post(`${API}/users`, body('operator', unit.banten ?? '')), 404, 'units.not_found');
    problem(
      await kalapas.post(`${API}/users`, body('operator', unit['lapas-kelas-i-tangerang'] ?? '')),
      404,
      'units.not_found',
    );
    const admin = await as('admin');
    assert.equal((await admin.post(`${API}/users`, body('admin', lpp))).statusCode, 201);
    assert.equal((await admin.post(`${API}/users`, body('operator', unit.banten ?? ''))).statusCode, 201);
  });

  test('an account holding a post outside the leader’s subtree is read-only to that leader', async () => {
    const admin = await as('admin');
    const plh = await createUser(admin, {
      title: 'Kalapas',
      role: 'leader',
      unitId: unit['lapas-kelas-i-tangerang'] ?? '',
    });
    const upt = await signedIn(t)(plh.username);
    const kakanwil = await userIdOf(t, 'kakanwil.banten');
    const before = await snapshotOf(kakanwil);
    const atLapas = before.positions.find((p) => p.unitName === 'Lapas Kelas I Tangerang');
    assert.ok(atLapas);
    for (const w of writes(kakanwil, atLapas.id, unit['lapas-kelas-i-tangerang'] ?? '').slice(1)) {
      problem(await w.send(upt), 403, 'forbidden');
    }
    assert.deepEqual(await snapshotOf(kakanwil), before);
  });

  test('no leader takes over an admin’s account', async () => {
    const admin = await as('admin');
    const lpp = unit['lapas-perempuan-kelas-iia-tangerang'] ?? '';
    const localAdmin = await createUser(admin, { title: 'Admin UPT', role: 'admin', unitId: lpp });
    const hqAdmin = await userIdOf(t, 'admin');
    const cases: [string, string, string][] = [
      ['kalapas.lpp.tangerang', localAdmin.id, localAdmin.positions[0]?.id ?? ''],
      ['dirjen', hqAdmin, (await snapshotOf(hqAdmin)).positions[0]?.id ?? ''],
    ];
    for (const [leader, target, positionId] of cases) {
      const before = await snapshotOf(target);
      for (const w of writes(target, positionId, lpp).slice(1)) {
        problem(await w.send(await as(leader)), 403, 'forbidden');
      }
      assert.deepEqual(await snapshotOf(target), before, `${leader} changed nothing`);
    }
    assert.equal((await login(t.app, 'admin', DEMO_PASSWORD)).statusCode, 200, 'the admin’s password still works');
  });

  test('positions: a leader ends another’s post but not the one it acts in', async () => {
    const kalapas = await as('kalapas.lpp.tangerang');
    const lpp = unit['lapas-perempuan-kelas-iia-tangerang'] ?? '';
    const user = await createUser(kalapas, { title: 'Operator', role: 'operator', unitId: lpp });
    const added = (
      await kalapas.post(`${API}/users/${user.id}/positions`, {
        title: 'Petugas Keamanan',
        role: 'security_officer',
        unitId: lpp,
      })
    ).json() as User;
    assert.equal(added.positions.length, 2);
    const second = added.positions.find((p) => p.role === 'security_officer');
    assert.ok(second);
    const ended = await kalapas.delete(`${API}/users/${user.id}/positions/${second.id}`);
    assert.deepEqual(
      (ended.json() as User).positions.map((p) => p.role),
      ['operator'],
    );
    problem(await kalapas.delete(`${API}/users/${user.id}/positions/${second.id}`), 404, 'users.position_not_found');

    const self = await userIdOf(t, 'kalapas.lpp.tangerang');
    const own = (await snapshotOf(self)).positions[0]?.id ?? '';
    problem(await kalapas.delete(`${API}/users/${self}/positions/${own}`), 409, 'users.cannot_end_active_position');
  });

  test('nobody resets their own password here (that needs the current one, on /me/password)', async () => {
    for (const username of ['kalapas.lpp.tangerang', 'admin']) {
      const self = await userIdOf(t, username);
      problem(
        await (await as(username)).post(`${API}/users/${self}/password`, { password: 'tanpa-sandi-lama' }),
        403,
        'users.cannot_reset_own_password',
      );
      assert.equal((await login(t.app, username, DEMO_PASSWORD)).statusCode, 200, username);
    }
  });
});
