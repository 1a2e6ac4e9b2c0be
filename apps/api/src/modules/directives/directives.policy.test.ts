import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ASSIGNMENT_STATUSES, ROLES, type AssignmentStatus, type Role, type UnitKind } from '@selaras/contracts';
import type { Principal } from '../../platform/auth/principal.js';
import { testPrincipal } from '../../test/principal.js';
import {
  assignmentAbilities,
  canDecide,
  canIssue,
  canSubmit,
  isOnBehalf,
  nextStatus,
  TRANSITIONS,
  type AssignmentAction,
  type AssignmentFacts,
} from './directives.policy.js';

const HQ = '/kemenimipas/ditjenpas/';
const BANTEN = `${HQ}banten/`;
const LPP = `${BANTEN}lapas-perempuan-kelas-iia-tangerang/`;
const LAPAS_I = `${BANTEN}lapas-kelas-i-tangerang/`;
const DKI = `${HQ}dki/`;

/** Every action × every status, written out: a new status or action forces a decision here. */
const EXPECTED_TRANSITIONS: Record<AssignmentAction, Record<AssignmentStatus, AssignmentStatus | null>> = {
  submit: {
    belum_dimulai: 'dilaporkan',
    dalam_proses: 'dilaporkan',
    dilaporkan: null,
    dikembalikan: 'dilaporkan_ulang',
    dilaporkan_ulang: null,
    terverifikasi: null,
    dikecualikan: null,
  },
  verify: {
    belum_dimulai: null,
    dalam_proses: null,
    dilaporkan: 'terverifikasi',
    dikembalikan: null,
    dilaporkan_ulang: 'terverifikasi',
    terverifikasi: null,
    dikecualikan: null,
  },
  return: {
    belum_dimulai: null,
    dalam_proses: null,
    dilaporkan: 'dikembalikan',
    dikembalikan: null,
    dilaporkan_ulang: 'dikembalikan',
    terverifikasi: null,
    dikecualikan: null,
  },
};
const ACTIONS = Object.keys(EXPECTED_TRANSITIONS) as AssignmentAction[];

/** Where the principal's unit lies, seen from a UPT's assignment (Lapas Perempuan Tangerang, Kanwil Banten). */
type Relation = 'own unit' | 'parent Kanwil' | 'HQ' | 'sibling UPT' | 'other Kanwil';
const RELATIONS: Record<Relation, { unitPath: string; unitKind: UnitKind }> = {
  'own unit': { unitPath: LPP, unitKind: 'upt' },
  'parent Kanwil': { unitPath: BANTEN, unitKind: 'kanwil' },
  HQ: { unitPath: HQ, unitKind: 'hq' },
  'sibling UPT': { unitPath: LAPAS_I, unitKind: 'upt' },
  'other Kanwil': { unitPath: DKI, unitKind: 'kanwil' },
};
const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

/** What each role may do anywhere (written out, not read from the permission table). */
const ROLE_MAY: Record<Role, { submit: boolean; decide: boolean; issue: boolean }> = {
  admin: { submit: true, decide: true, issue: true },
  leader: { submit: true, decide: true, issue: true },
  verifier: { submit: true, decide: true, issue: false },
  operator: { submit: true, decide: false, issue: false },
  security_officer: { submit: false, decide: false, issue: false },
  programme_officer: { submit: false, decide: false, issue: false },
  cooperative_officer: { submit: false, decide: false, issue: false },
  viewer: { submit: false, decide: false, issue: false },
};

/** The unit reports; its parent Kanwil may report on its behalf. */
const SUBMITS_FROM: Record<Relation, boolean> = {
  'own unit': true,
  'parent Kanwil': true,
  HQ: false,
  'sibling UPT': false,
  'other Kanwil': false,
};

/** Only the level the directive names decides, and only above the unit. */
const DECIDES_FROM: Record<'kanwil' | 'hq', Record<Relation, boolean>> = {
  kanwil: { 'own unit': false, 'parent Kanwil': true, HQ: false, 'sibling UPT': false, 'other Kanwil': false },
  hq: { 'own unit': false, 'parent Kanwil': false, HQ: true, 'sibling UPT': false, 'other Kanwil': false },
};

/** Relation of the principal to the draft's issuing unit (here: Lapas Perempuan Tangerang). */
const ISSUES_FROM: Record<Relation, boolean> = {
  'own unit': true,
  'parent Kanwil': true,
  HQ: true,
  'sibling UPT': false,
  'other Kanwil': false,
};

function principal(role: Role, relation: Relation): Principal {
  const { unitPath, unitKind } = RELATIONS[relation];
  return testPrincipal(role, unitPath, unitKind);
}

describe('transition table', () => {
  test('covers every status the contract knows, and nothing else', () => {
    for (const action of ACTIONS) {
      assert.deepEqual(Object.keys(EXPECTED_TRANSITIONS[action]).sort(), [...ASSIGNMENT_STATUSES].sort());
      for (const from of Object.keys(TRANSITIONS[action])) assert.ok(ASSIGNMENT_STATUSES.includes(from as AssignmentStatus), from);
    }
    assert.deepEqual(Object.keys(TRANSITIONS).sort(), [...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const from of ASSIGNMENT_STATUSES) {
      const expected = EXPECTED_TRANSITIONS[action][from];
      test(`${action} on ${from} → ${expected ?? 'refused'}`, () => {
        assert.equal(nextStatus(action, from), expected);
      });
    }
  }
});

describe('abilities on an assignment of a UPT', () => {
  for (const role of ROLES) {
    test(`${role}: every relation × verifiedBy × assignment role × status`, () => {
      const mismatches: string[] = [];
      for (const relation of RELATION_NAMES) {
        const p = principal(role, relation);
        for (const verifiedBy of ['kanwil', 'hq'] as const) {
          for (const assignmentRole of ['follow_up', 'verify'] as const) {
            for (const status of ASSIGNMENT_STATUSES) {
              const facts: AssignmentFacts = { role: assignmentRole, status, unitPath: LPP, verifiedBy };
              const followUp = assignmentRole === 'follow_up';
              const decides = (action: 'verify' | 'return') =>
                followUp && ROLE_MAY[role].decide && DECIDES_FROM[verifiedBy][relation] && EXPECTED_TRANSITIONS[action][status] !== null;
              const expected = {
                report: followUp && ROLE_MAY[role].submit && SUBMITS_FROM[relation] && EXPECTED_TRANSITIONS.submit[status] !== null,
                verify: decides('verify'),
                return: decides('return'),
              };
              const actual = {
                report: canSubmit(p, facts),
                verify: canDecide(p, facts, 'verify'),
                return: canDecide(p, facts, 'return'),
              };
              const where = `${relation}, verifiedBy=${verifiedBy}, ${assignmentRole}, ${status}`;
              if (JSON.stringify(actual) !== JSON.stringify(expected)) {
                mismatches.push(`${where}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
              }
              const { report, verify, return: ret } = assignmentAbilities(p, facts);
              if (JSON.stringify({ report, verify, return: ret }) !== JSON.stringify(expected)) {
                mismatches.push(`${where}: assignmentAbilities disagrees with the single checks`);
              }
            }
          }
        }
      }
      assert.deepEqual(mismatches, []);
    });
  }

  test('a report by anyone but the unit itself is recorded as on its behalf', () => {
    const facts: AssignmentFacts = { role: 'follow_up', status: 'belum_dimulai', unitPath: LPP, verifiedBy: 'kanwil' };
    for (const relation of RELATION_NAMES) {
      assert.equal(isOnBehalf(principal('operator', relation), facts), relation !== 'own unit', relation);
    }
  });

  test('a Kanwil that is itself a target reports for itself and HQ verifies it when HQ is named', () => {
    const facts: AssignmentFacts = { role: 'follow_up', status: 'dilaporkan', unitPath: BANTEN, verifiedBy: 'hq' };
    const kanwil = principal('verifier', 'parent Kanwil');
    assert.equal(canSubmit(kanwil, { ...facts, status: 'belum_dimulai' }), true);
    assert.equal(isOnBehalf(kanwil, facts), false);
    assert.equal(canDecide(kanwil, facts, 'verify'), false, 'no one verifies their own report');
    assert.equal(canDecide(principal('leader', 'HQ'), facts, 'verify'), true);
    assert.equal(canDecide(principal('leader', 'other Kanwil'), facts, 'verify'), false);
  });

  test('a path that only starts with the same letters is not above the unit', () => {
    const lookAlike = principal('verifier', 'parent Kanwil');
    lookAlike.position.unitPath = `${HQ}banten-selatan/`;
    const facts: AssignmentFacts = { role: 'follow_up', status: 'dilaporkan', unitPath: LPP, verifiedBy: 'kanwil' };
    assert.equal(canDecide(lookAlike, facts, 'verify'), false);
    assert.equal(canSubmit(lookAlike, { ...facts, status: 'belum_dimulai' }), false);
  });
});

describe('issuing a draft', () => {
  for (const role of ROLES) {
    test(`${role}: every relation to the issuing unit × draft/issued`, () => {
      const mismatches: string[] = [];
      for (const relation of RELATION_NAMES) {
        for (const status of ['draft', 'issued'] as const) {
          const expected = status === 'draft' && ROLE_MAY[role].issue && ISSUES_FROM[relation];
          const actual = canIssue(principal(role, relation), { status, issuerUnitPath: LPP });
          if (actual !== expected) mismatches.push(`${relation}, ${status}: got ${actual}, expected ${expected}`);
        }
      }
      assert.deepEqual(mismatches, []);
    });
  }
});
