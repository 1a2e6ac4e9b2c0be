import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ASSIGNMENT_STATUSES, ROLES, type AssignmentStatus, type Role, type UnitKind } from '@selaras/contracts';
import type { Principal } from '../../platform/auth/principal.js';
import { assignmentAbilities, canDecideRequest, canRequest, type AssignmentFacts } from './directives.policy.js';
import { testPrincipal } from '../../test/principal.js';

const HQ = '/kemenimipas/ditjenpas/';
const BANTEN = `${HQ}banten/`;
const LPP = `${BANTEN}lapas-perempuan-kelas-iia-tangerang/`;

type Relation = 'own unit' | 'parent Kanwil' | 'HQ' | 'sibling UPT' | 'other Kanwil';
const RELATIONS: Record<Relation, { unitPath: string; unitKind: UnitKind }> = {
  'own unit': { unitPath: LPP, unitKind: 'upt' },
  'parent Kanwil': { unitPath: BANTEN, unitKind: 'kanwil' },
  HQ: { unitPath: HQ, unitKind: 'hq' },
  'sibling UPT': { unitPath: `${BANTEN}lapas-kelas-i-tangerang/`, unitKind: 'upt' },
  'other Kanwil': { unitPath: `${HQ}dki/`, unitKind: 'kanwil' },
};

/** Written out: who may ask, who may decide (not read from the permission table). */
const ROLE_MAY: Record<Role, { ask: boolean; decide: boolean }> = {
  admin: { ask: true, decide: true },
  leader: { ask: true, decide: true },
  verifier: { ask: true, decide: true },
  operator: { ask: true, decide: false },
  security_officer: { ask: false, decide: false },
  programme_officer: { ask: false, decide: false },
  cooperative_officer: { ask: false, decide: false },
  viewer: { ask: false, decide: false },
};
/** Statuses in which the unit has not reported yet. */
const OPEN: Record<AssignmentStatus, boolean> = {
  belum_dimulai: true,
  dalam_proses: true,
  dilaporkan: false,
  dikembalikan: true,
  dilaporkan_ulang: false,
  terverifikasi: false,
  dikecualikan: false,
};
/** Only the unit itself asks; only the verifying level above it decides. */
const ASKS_FROM: Record<Relation, boolean> = {
  'own unit': true,
  'parent Kanwil': false,
  HQ: false,
  'sibling UPT': false,
  'other Kanwil': false,
};
const DECIDES_FROM: Record<'kanwil' | 'hq', Record<Relation, boolean>> = {
  kanwil: { 'own unit': false, 'parent Kanwil': true, HQ: false, 'sibling UPT': false, 'other Kanwil': false },
  hq: { 'own unit': false, 'parent Kanwil': false, HQ: true, 'sibling UPT': false, 'other Kanwil': false },
};

function principal(role: Role, relation: Relation): Principal {
  const { unitPath, unitKind } = RELATIONS[relation];
  return testPrincipal(role, unitPath, unitKind);
}

describe('extension and exemption requests on a UPT assignment', () => {
  for (const role of ROLES) {
    test(`${role}: every relation × verifiedBy × assignment role × status × open request`, () => {
      const mismatches: string[] = [];
      for (const relation of Object.keys(RELATIONS) as Relation[]) {
        const p = principal(role, relation);
        for (const verifiedBy of ['kanwil', 'hq'] as const) {
          for (const assignmentRole of ['follow_up', 'verify'] as const) {
            for (const status of ASSIGNMENT_STATUSES) {
              for (const open of [false, true]) {
                const facts: AssignmentFacts = { role: assignmentRole, status, unitPath: LPP, verifiedBy };
                const followUp = assignmentRole === 'follow_up';
                const ask = followUp && !open && ROLE_MAY[role].ask && ASKS_FROM[relation] && OPEN[status];
                const decide = followUp && ROLE_MAY[role].decide && DECIDES_FROM[verifiedBy][relation];
                const where = `${relation}, ${verifiedBy}, ${assignmentRole}, ${status}, open=${open}`;
                if (canRequest(p, facts, open) !== ask) mismatches.push(`${where}: canRequest ≠ ${ask}`);
                if (canDecideRequest(p, facts) !== decide) mismatches.push(`${where}: canDecideRequest ≠ ${decide}`);
                const a = assignmentAbilities(p, facts, open);
                const expected = { requestExtension: ask, requestExemption: ask, decideRequest: open && decide };
                const actual = {
                  requestExtension: a.requestExtension,
                  requestExemption: a.requestExemption,
                  decideRequest: a.decideRequest,
                };
                if (JSON.stringify(actual) !== JSON.stringify(expected))
                  mismatches.push(`${where}: abilities ${JSON.stringify(actual)}`);
              }
            }
          }
        }
      }
      assert.deepEqual(mismatches, []);
    });
  }
});
