import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SessionAttendance } from '@selaras/contracts';
import {
  allPresent,
  buildTestApp,
  NOW,
  putRegister,
  registerUrl,
  seedAttendanceSet,
  sessionsUrl,
  signedIn,
  type AttendanceSet,
  type TestApp,
} from './attendance.test-kit.js';

/**
 * Who may read and record the register of a programme at LPP Tangerang (a Banten UPT): its programme officer,
 * the Banten Kanwil's verifier (no programmes:manage), HQ's leader, an operator at a Jakarta UPT and HQ's viewer.
 */
type Actor = 'own unit officer' | 'parent Kanwil verifier' | 'HQ leader' | 'other Kanwil operator' | 'HQ viewer';
const ACCOUNTS: Record<Actor, string> = {
  'own unit officer': 'pembinaan.lpp.tangerang',
  'parent Kanwil verifier': 'kanwil.banten',
  'HQ leader': 'dirjen',
  'other Kanwil operator': 'operator.lapas.cipinang',
  'HQ viewer': 'humas.ditjenpas',
};

type Action = 'list sessions' | 'read register' | 'record';
/** 2xx allowed, 403 without the permission (checked before scope), 404 out of sight. */
const EXPECTED: Record<Action, Record<Actor, number>> = {
  'list sessions': { 'own unit officer': 200, 'parent Kanwil verifier': 200, 'HQ leader': 200, 'other Kanwil operator': 404, 'HQ viewer': 200 },
  'read register': { 'own unit officer': 200, 'parent Kanwil verifier': 200, 'HQ leader': 200, 'other Kanwil operator': 404, 'HQ viewer': 200 },
  record: { 'own unit officer': 200, 'parent Kanwil verifier': 403, 'HQ leader': 200, 'other Kanwil operator': 403, 'HQ viewer': 403 },
};

let t: TestApp;
let data: AttendanceSet;
let cipinang: AttendanceSet;
let as: ReturnType<typeof signedIn>;

before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  data = await seedAttendanceSet(t.database.db, { activeCount: 3 });
  cipinang = await seedAttendanceSet(t.database.db, { activeCount: 2, unitCode: 'lapas-kelas-i-cipinang' });
  as = signedIn(t);
});
after(async () => t.close());

const register = () => registerUrl(data.programmeId, '2026-03-12', '08:00');
const ACT: Record<Action, (username: string) => Promise<number>> = {
  'list sessions': async (u) => (await (await as(u)).get(sessionsUrl(data.programmeId))).statusCode,
  'read register': async (u) => (await (await as(u)).get(register())).statusCode,
  record: async (u) => (await putRegister(await as(u), register(), allPresent(data.active))).statusCode,
};

describe('attendance scope: action × caller', () => {
  for (const action of Object.keys(EXPECTED) as Action[]) {
    for (const actor of Object.keys(ACCOUNTS) as Actor[]) {
      const expected = EXPECTED[action][actor];
      test(`${actor} — ${action}: ${expected}`, async () => {
        assert.equal(await ACT[action](ACCOUNTS[actor]), expected);
      });
    }
  }
});

describe('abilities and other units', () => {
  test('the register says who may record', async () => {
    const expected: [string, boolean][] = [
      ['pembinaan.lpp.tangerang', true],
      ['kanwil.banten', false],
      ['kakanwil.banten', true],
      ['humas.ditjenpas', false],
      ['operator.lpp.tangerang', false],
    ];
    for (const [username, record] of expected) {
      const res = await (await as(username)).get(register());
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as SessionAttendance;
      assert.equal(body.abilities.record, record, username);
      assert.equal(body.closedReason, null, username);
    }
  });

  test("a programme officer cannot see or record another unit's programme", async () => {
    const officer = await as('pembinaan.lpp.tangerang');
    const url = registerUrl(cipinang.programmeId, '2026-03-12', '08:00');
    assert.equal((await officer.get(sessionsUrl(cipinang.programmeId))).statusCode, 404);
    assert.equal((await officer.get(url)).statusCode, 404);
    assert.equal((await putRegister(officer, url, allPresent(cipinang.active))).statusCode, 404);
  });

  test("an inmate of another unit's programme is not on this roster", async () => {
    const officer = await as('pembinaan.lpp.tangerang');
    const res = await putRegister(officer, registerUrl(data.programmeId, '2026-03-10', '08:00'), allPresent([...cipinang.active]));
    assert.equal(res.statusCode, 422, res.body);
  });
});
