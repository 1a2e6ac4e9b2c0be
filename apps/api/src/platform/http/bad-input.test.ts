import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { Problem } from '@selaras/contracts';
import { buildTestApp, testConfig, type Client, type TestApp } from '../../test/app.js';

const API = '/api/v1';
let t: TestApp;
let admin: Client;
let unitId: string;
let existing: { id: string; body: string };

before(async () => {
  t = await buildTestApp();
  admin = await t.as('admin');
  const units = (
    await admin.get(`${API}/units?q=${encodeURIComponent('Lapas Perempuan Kelas IIA Tangerang')}`)
  ).json() as { items: { id: string }[] };
  const [unit] = units.items;
  assert.ok(unit);
  unitId = unit.id;
  const created = await admin.post(`${API}/users`, validUser('sudah.ada'));
  assert.equal(created.statusCode, 201, created.body);
  existing = { id: (created.json() as { id: string }).id, body: '' };
  existing.body = (await admin.get(`${API}/users/${existing.id}`)).body;
});
after(async () => t.close());

function validUser(username: string) {
  return {
    username,
    name: 'Rina Marlina',
    password: 'kata-sandi-aman-1',
    position: { title: 'Operator', role: 'operator', unitId },
  };
}

function problem(res: LightMyRequestResponse, status: number, code?: string): Problem {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json() as Problem;
  assert.equal(body.status, status);
  assert.ok(body.title && body.type && body.requestId);
  if (code) assert.equal(body.code, code);
  return body;
}

async function userTotal(): Promise<number> {
  return ((await admin.get(`${API}/users?limit=1`)).json() as { total: number }).total;
}

/** Sends a raw body to POST /users (or PATCH the existing user) with the admin's cookie and CSRF token. */
function send(payload: string, contentType = 'application/json', method: 'POST' | 'PATCH' = 'POST') {
  const url = method === 'POST' ? `${API}/users` : `${API}/users/${existing.id}`;
  return admin.request({ method, url, payload, headers: { 'content-type': contentType } });
}

describe('bad input is a 4xx problem, never a 500, and changes nothing', () => {
  let total: number;
  before(async () => {
    total = await userTotal();
  });

  test('malformed JSON → 400', async () => {
    problem(await send('{"username": "rusak",'), 400, 'http.fst_err_ctp_invalid_json_body');
    problem(await send('{"name": ', 'application/json', 'PATCH'), 400, 'http.fst_err_ctp_invalid_json_body');
    problem(await send(''), 400, 'http.fst_err_ctp_empty_json_body');
  });

  test('wrong types → 400 listing every field', async () => {
    const p = problem(
      await send(
        JSON.stringify({
          username: 42,
          name: true,
          password: ['x'],
          nip: 19800101,
          position: { title: 'Staf', role: 'raja', unitId: 'bukan-uuid' },
        }),
      ),
      400,
      'validation_failed',
    );
    const paths = [...new Set((p.errors ?? []).map((e) => e.path))].sort();
    assert.deepEqual(paths, [
      'body.name',
      'body.nip',
      'body.password',
      'body.position.role',
      'body.position.unitId',
      'body.username',
    ]);
    for (const e of p.errors ?? []) assert.ok(e.message && e.code, JSON.stringify(e));
    assert.ok(
      paths.every((path) => (p.detail ?? '').includes(path)),
      'the detail names every field too',
    );
  });

  test('unknown fields are refused (strict schemas), together with the other issues', async () => {
    const p = problem(
      await send(JSON.stringify({ ...validUser('tambahan'), role: 'admin', isAdmin: true })),
      400,
      'validation_failed',
    );
    assert.equal(p.errors?.length, 1);
    assert.equal(p.errors?.[0]?.path, 'body');
    assert.match(p.errors?.[0]?.message ?? '', /role/);
    assert.match(p.errors?.[0]?.message ?? '', /isAdmin/);
    const nested = problem(
      await send(
        JSON.stringify({ ...validUser('x'), position: { title: 'Staf', role: 'operator', unitId, scope: '/' } }),
      ),
      400,
    );
    assert.deepEqual((nested.errors ?? []).map((e) => e.path).sort(), ['body.position', 'body.username']);
    const patch = problem(
      await send(JSON.stringify({ name: 'Nama Baru', active: 'ya', passwordHash: 'x' }), 'application/json', 'PATCH'),
      400,
    );
    assert.deepEqual((patch.errors ?? []).map((e) => e.path).sort(), ['body', 'body.active']);
  });

  test(`a body over BODY_LIMIT_BYTES (${testConfig().bodyLimitBytes}) → 413`, async () => {
    const huge = JSON.stringify({ ...validUser('besar'), name: 'x'.repeat(2 * 1024 * 1024) });
    problem(await send(huge), 413, 'http.fst_err_ctp_body_too_large');
    problem(await send(huge, 'application/json', 'PATCH'), 413);
  });

  test('an over-long string → 400 on that field', async () => {
    const p = problem(await send(JSON.stringify({ ...validUser('panjang'), name: 'n'.repeat(10_000) })), 400);
    assert.deepEqual(
      (p.errors ?? []).map((e) => e.path),
      ['body.name'],
    );
    const q = problem(await admin.get(`${API}/users?q=${'q'.repeat(500)}`), 400);
    assert.deepEqual(
      (q.errors ?? []).map((e) => e.path),
      ['querystring.q'],
    );
  });

  test('a content type the route does not take → 415', async () => {
    problem(
      await send('<user><username>xml</username></user>', 'application/xml'),
      415,
      'http.fst_err_ctp_invalid_media_type',
    );
    problem(await send('username=form', 'application/x-www-form-urlencoded'), 415);
    problem(await send(JSON.stringify(validUser('teks')), 'text/plain'), 400, 'validation_failed');
  });

  test('bad path and query parameters → 400', async () => {
    problem(await admin.get(`${API}/users/bukan-uuid`), 400, 'validation_failed');
    const p = problem(await admin.get(`${API}/users?limit=banyak&offset=-1&sort=nama`), 400);
    assert.deepEqual((p.errors ?? []).map((e) => e.path).sort(), [
      'querystring',
      'querystring.limit',
      'querystring.offset',
    ]);
  });

  test('an unknown route → 404 problem, signed in or not', async () => {
    problem(await admin.get(`${API}/tidak-ada`), 404, 'route_not_found');
    problem(await t.anonymous.post(`${API}/users/${existing.id}/hapus`, {}), 404, 'route_not_found');
    problem(await t.anonymous.get('/api/v2/users'), 404, 'route_not_found');
  });

  test('text the database cannot store (a NUL byte, half an emoji) → 400 naming the field', async () => {
    const nul = problem(await send(JSON.stringify({ ...validUser('nul.byte'), name: 'Rina\u0000' })), 400, 'text.invalid_characters');
    assert.deepEqual(nul.errors?.map((e) => e.path), ['body.name']);
    const surrogate = problem(await send(JSON.stringify({ name: 'Rina \uD83D' }), 'application/json', 'PATCH'), 400, 'text.invalid_characters');
    assert.deepEqual(surrogate.errors?.map((e) => e.path), ['body.name']);
    problem(await admin.get(`${API}/users?q=a%00b`), 400, 'text.invalid_characters');
    const emoji = await admin.get(`${API}/users?q=${encodeURIComponent('😀')}`);
    assert.equal(emoji.statusCode, 200, 'a whole emoji is fine');
  });

  test('an address the router cannot read (broken percent-encoding, a 10k-character id) → problem', async () => {
    problem(await admin.get(`${API}/users/%E0%A4%A`), 400, 'http.fst_err_bad_url');
    problem(await admin.get(`${API}/users/${'a'.repeat(10_000)}`), 414, 'http.fst_err_max_param_length');
  });

  test('a broken multipart body → 400 problem, not a parser crash', async () => {
    const boundary = 'batas';
    const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\n\r\nname`;
    for (const url of [`${API}/files`, `${API}/units/import?mode=preview`]) {
      problem(await admin.request({ method: 'POST', url, payload: truncated, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }), 400, 'http.malformed_multipart');
      problem(await admin.request({ method: 'POST', url, payload: 'abc', headers: { 'content-type': 'multipart/form-data' } }), 400, 'http.malformed_multipart');
    }
  });

  test('none of the above created a user or changed the existing one', async () => {
    assert.equal(await userTotal(), total);
    assert.equal((await admin.get(`${API}/users/${existing.id}`)).body, existing.body);
  });
});

describe('Idempotency-Key on POST', () => {
  test('a retried create makes one user and replays the first response', async () => {
    const total = await userTotal();
    const headers = { 'idempotency-key': 'buat-pengguna-0001' };
    const body = validUser('sekali.saja');
    const first = await admin.post(`${API}/users`, body, { headers });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    const second = await admin.post(`${API}/users`, body, { headers });
    assert.equal(second.statusCode, 201);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.equal(second.body, first.body);
    assert.match(String(second.headers['content-type']), /^application\/json/);
    assert.equal(await userTotal(), total + 1);
    const audit = (await admin.get(`${API}/audit-events?action=users.created&limit=500`)).json() as {
      items: { summary: { username?: string } }[];
    };
    assert.equal(audit.items.filter((e) => e.summary.username === 'sekali.saja').length, 1);
  });

  test('the same key with a different body → 422 idempotency.key_reused, and nothing is created', async () => {
    const headers = { 'idempotency-key': 'buat-pengguna-0002' };
    assert.equal((await admin.post(`${API}/users`, validUser('pertama.kali'), { headers })).statusCode, 201);
    const total = await userTotal();
    problem(await admin.post(`${API}/users`, validUser('kedua.kali'), { headers }), 422, 'idempotency.key_reused');
    problem(await admin.post(`${API}/me/tokens`, { name: 'Lain' }, { headers }), 422, 'idempotency.key_reused');
    assert.equal(await userTotal(), total);
  });

  test('a refused first attempt is replayed too, not retried into a different answer', async () => {
    const headers = { 'idempotency-key': 'buat-pengguna-0003' };
    const first = await admin.post(`${API}/users`, validUser('sudah.ada'), { headers });
    problem(first, 409, 'users.username_taken');
    const second = await admin.post(`${API}/users`, validUser('sudah.ada'), { headers });
    problem(second, 409, 'users.username_taken');
    assert.equal(second.headers['idempotent-replayed'], 'true');
  });

  test('keys belong to the person: another user may use the same key', async () => {
    const dirjen = await t.as('dirjen');
    const headers = { 'idempotency-key': 'buat-pengguna-0001' };
    const res = await dirjen.post(`${API}/users`, validUser('milik.dirjen'), { headers });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.headers['idempotent-replayed'], undefined);
  });

  test('a malformed key → 400 and nothing is created', async () => {
    const total = await userTotal();
    problem(
      await admin.post(`${API}/users`, validUser('kunci.jelek'), { headers: { 'idempotency-key': 'pendek' } }),
      400,
      'idempotency.invalid_key',
    );
    assert.equal(await userTotal(), total);
  });
});
