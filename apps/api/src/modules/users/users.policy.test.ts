import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES, type Role } from '@selaras/contracts';
import type { Principal } from '../../platform/auth/principal.js';
import { canAssignRole, canEndPosition, canManageUser, canManageUsersAt, canResetPassword } from './users.policy.js';

const HQ = '/kemenimipas/ditjenpas/';
const BANTEN = `${HQ}banten/`;
const LPP = `${BANTEN}lpp/`;
const LAPAS_I = `${BANTEN}lapas-kelas-i-tangerang/`;
const DKI = `${HQ}dki/`;
const CIPINANG = `${DKI}lapas-kelas-i-cipinang/`;

type Home = 'upt' | 'kanwil' | 'hq';
const HOME_PATH: Record<Home, string> = { upt: LPP, kanwil: BANTEN, hq: HQ };

/** Where the target unit lies, seen from the principal's own unit, and whether that is inside its subtree. */
const RELATIONS: Record<Home, { relation: string; unitPath: string; inSubtree: boolean }[]> = {
  upt: [
    { relation: 'own unit', unitPath: LPP, inSubtree: true },
    { relation: 'parent Kanwil', unitPath: BANTEN, inSubtree: false },
    { relation: 'sibling UPT', unitPath: LAPAS_I, inSubtree: false },
    { relation: 'UPT outside the Kanwil', unitPath: CIPINANG, inSubtree: false },
    { relation: 'HQ', unitPath: HQ, inSubtree: false },
    { relation: 'look-alike path (lpp-2)', unitPath: `${BANTEN}lpp-2/`, inSubtree: false },
  ],
  kanwil: [
    { relation: 'own unit', unitPath: BANTEN, inSubtree: true },
    { relation: 'child UPT', unitPath: LPP, inSubtree: true },
    { relation: 'UPT outside the Kanwil', unitPath: CIPINANG, inSubtree: false },
    { relation: 'other Kanwil', unitPath: DKI, inSubtree: false },
    { relation: 'HQ', unitPath: HQ, inSubtree: false },
    { relation: 'look-alike Kanwil (banten-selatan)', unitPath: `${HQ}banten-selatan/`, inSubtree: false },
  ],
  hq: [
    { relation: 'own unit', unitPath: HQ, inSubtree: true },
    { relation: 'a Kanwil', unitPath: DKI, inSubtree: true },
    { relation: 'a UPT', unitPath: LPP, inSubtree: true },
    { relation: 'the ministry above', unitPath: '/kemenimipas/', inSubtree: false },
  ],
};

/** Which roles manage accounts at all (written out, so a new role forces a decision here). */
const MANAGES: Record<Role, boolean> = {
  admin: true,
  leader: true,
  verifier: false,
  operator: false,
  security_officer: false,
  programme_officer: false,
  cooperative_officer: false,
  viewer: false,
};

const ACTING_POSITION = '01900000-0000-7000-8000-00000000aaaa';
const OTHER_POSITION = '01900000-0000-7000-8000-00000000bbbb';

function principal(role: Role, unitPath: string): Principal {
  return {
    userId: '01900000-0000-7000-8000-000000000001',
    username: 'penguji',
    name: 'Penguji',
    position: {
      id: ACTING_POSITION,
      title: 'Jabatan uji',
      role,
      unitId: '01900000-0000-7000-8000-000000000002',
      unitName: 'Unit uji',
      unitKind: 'upt',
      unitPath,
      unitTimezone: 'Asia/Jakarta',
    },
    via: 'session',
    sessionId: '01900000-0000-7000-8000-000000000003',
    csrfToken: 'csrf_x',
    requestId: null,
  };
}

/** Every role × home × relation × target role, with the expectation spelt out from the tables above. */
function* cases() {
  for (const role of ROLES) {
    for (const home of Object.keys(RELATIONS) as Home[]) {
      for (const { relation, unitPath, inSubtree } of RELATIONS[home]) {
        for (const targetRole of ['admin', 'operator', 'leader'] as const) {
          yield {
            role,
            home,
            relation,
            unitPath,
            inSubtree,
            targetRole,
            label: `${role}@${home} → ${targetRole} at ${relation}`,
          };
        }
      }
    }
  }
}

describe('users policy', () => {
  test('the role table covers exactly the roles of the contracts', () => {
    assert.deepEqual(Object.keys(MANAGES).sort(), [...ROLES].sort());
  });

  test('canManageUsersAt: a managing role inside its own subtree, whatever role the target holds', () => {
    let checked = 0;
    for (const c of cases()) {
      const expected = MANAGES[c.role] && c.inSubtree;
      assert.equal(canManageUsersAt(principal(c.role, HOME_PATH[c.home]), c.unitPath), expected, c.label);
      checked += 1;
    }
    assert.equal(checked, 8 * 16 * 3);
  });

  test('canAssignRole: as canManageUsersAt, and only an admin grants admin', () => {
    for (const c of cases()) {
      const expected = MANAGES[c.role] && c.inSubtree && (c.targetRole !== 'admin' || c.role === 'admin');
      assert.equal(canAssignRole(principal(c.role, HOME_PATH[c.home]), c.targetRole, c.unitPath), expected, c.label);
    }
  });

  test('canEndPosition: needs the power to grant the position, never the acting one', () => {
    for (const c of cases()) {
      const p = principal(c.role, HOME_PATH[c.home]);
      const expected = MANAGES[c.role] && c.inSubtree && (c.targetRole !== 'admin' || c.role === 'admin');
      const other = { id: OTHER_POSITION, role: c.targetRole, unitPath: c.unitPath };
      assert.equal(canEndPosition(p, other), expected, c.label);
      assert.equal(canEndPosition(p, { ...other, id: ACTING_POSITION }), false, `${c.label} (acting position)`);
    }
  });

  test('canManageUser: every position the account holds must be one the principal could grant', () => {
    const leaderAtBanten = principal('leader', BANTEN);
    const adminAtHq = principal('admin', HQ);
    const rows: { held: { role: Role; unitPath: string }[]; leader: boolean; admin: boolean; why: string }[] = [
      { held: [{ role: 'operator', unitPath: LPP }], leader: true, admin: true, why: 'operator at a child UPT' },
      {
        held: [
          { role: 'leader', unitPath: BANTEN },
          { role: 'leader', unitPath: LAPAS_I },
        ],
        leader: true,
        admin: true,
        why: 'two posts inside',
      },
      {
        held: [
          { role: 'operator', unitPath: LPP },
          { role: 'viewer', unitPath: CIPINANG },
        ],
        leader: false,
        admin: true,
        why: 'one post outside',
      },
      { held: [{ role: 'admin', unitPath: LPP }], leader: false, admin: true, why: 'an admin inside the subtree' },
      { held: [{ role: 'leader', unitPath: HQ }], leader: false, admin: true, why: 'a post above' },
    ];
    for (const r of rows) {
      assert.equal(canManageUser(leaderAtBanten, r.held), r.leader, `leader: ${r.why}`);
      assert.equal(canManageUser(adminAtHq, r.held), r.admin, `admin: ${r.why}`);
    }
    for (const role of ROLES.filter((x) => !MANAGES[x])) {
      assert.equal(canManageUser(principal(role, HQ), [{ role: 'viewer', unitPath: LPP }]), false, role);
    }
  });

  test('canResetPassword: as canManageUser, but never for one’s own account', () => {
    const self = '01900000-0000-7000-8000-000000000001';
    const someoneElse = '01900000-0000-7000-8000-000000000009';
    const held = [{ role: 'operator' as const, unitPath: LPP }];
    for (const role of ROLES) {
      const p = principal(role, BANTEN);
      assert.equal(p.userId, self);
      assert.equal(canResetPassword(p, { id: someoneElse, positions: held }), MANAGES[role], role);
      assert.equal(canResetPassword(p, { id: self, positions: held }), false, `${role} on self`);
    }
    assert.equal(
      canResetPassword(principal('leader', BANTEN), { id: someoneElse, positions: [{ role: 'admin', unitPath: LPP }] }),
      false,
    );
  });

  test('an admin at a Kanwil is bounded by its subtree like anyone else', () => {
    const adminAtBanten = principal('admin', BANTEN);
    assert.equal(canAssignRole(adminAtBanten, 'admin', LPP), true);
    assert.equal(canAssignRole(adminAtBanten, 'operator', CIPINANG), false);
    assert.equal(canManageUser(adminAtBanten, [{ role: 'admin', unitPath: HQ }]), false);
  });
});
