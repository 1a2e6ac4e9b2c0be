import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncidentStatus, Role, UnitKind } from '@selaras/contracts';
import { testPrincipal } from '../../test/principal.js';
import { canAddPersons, canChangeStatus, canClose, canRead, canReadPersons, canReview, canUpdate, isForward, type IncidentRef } from './incidents.policy.js';

const UNIT = '/kemenimipas/ditjenpas/banten/lpp-tangerang/';
type Relation = 'own unit' | 'parent Kanwil' | 'HQ' | 'sibling UPT' | 'other Kanwil';
const PLACES: Record<Relation, { path: string; kind: UnitKind }> = {
  'own unit': { path: UNIT, kind: 'upt' },
  'parent Kanwil': { path: '/kemenimipas/ditjenpas/banten/', kind: 'kanwil' },
  HQ: { path: '/kemenimipas/ditjenpas/', kind: 'hq' },
  'sibling UPT': { path: '/kemenimipas/ditjenpas/banten/lapas-serang/', kind: 'upt' },
  'other Kanwil': { path: '/kemenimipas/ditjenpas/dki/', kind: 'kanwil' },
};
const at = (role: Role, relation: Relation) => testPrincipal(role, PLACES[relation].path, PLACES[relation].kind);
const incident = (status: IncidentStatus, hasReview = false): IncidentRef => ({ unitPath: UNIT, status, hasReview });

type Row = [Role, Relation, IncidentRef, boolean];

function table(name: string, rule: (p: ReturnType<typeof at>, i: IncidentRef) => boolean, rows: Row[]) {
  describe(name, () => {
    for (const [role, relation, i, expected] of rows) {
      test(`${role} at ${relation}, ${i.status}${i.hasReview ? ' reviewed' : ''} → ${expected}`, () => {
        assert.equal(rule(at(role, relation), i), expected);
      });
    }
  });
}

table('canRead', canRead, [
  ['operator', 'own unit', incident('dilaporkan'), true],
  ['verifier', 'parent Kanwil', incident('ditutup'), true],
  ['programme_officer', 'HQ', incident('ditangani'), true],
  ['operator', 'sibling UPT', incident('dilaporkan'), false],
  ['leader', 'other Kanwil', incident('dilaporkan'), false],
  ['viewer', 'HQ', incident('dilaporkan'), false],
]);

table('canUpdate', canUpdate, [
  ['operator', 'own unit', incident('dilaporkan'), true],
  ['security_officer', 'own unit', incident('terkendali'), true],
  ['verifier', 'parent Kanwil', incident('pulih'), true],
  ['operator', 'own unit', incident('ditutup', true), false],
  ['programme_officer', 'own unit', incident('dilaporkan'), false],
  ['operator', 'sibling UPT', incident('dilaporkan'), false],
  ['leader', 'other Kanwil', incident('dilaporkan'), false],
]);

table('canChangeStatus', canChangeStatus, [
  ['operator', 'own unit', incident('dilaporkan'), true],
  ['leader', 'HQ', incident('terkendali'), true],
  ['operator', 'own unit', incident('pulih'), false],
  ['operator', 'own unit', incident('ditutup', true), false],
  ['viewer', 'own unit', incident('dilaporkan'), false],
]);

table('canReview', canReview, [
  ['operator', 'own unit', incident('pulih'), true],
  ['leader', 'own unit', incident('pulih', true), true],
  ['verifier', 'parent Kanwil', incident('pulih'), true],
  ['operator', 'own unit', incident('terkendali'), false],
  ['operator', 'sibling UPT', incident('pulih'), false],
  ['programme_officer', 'own unit', incident('pulih'), false],
]);

table('canClose', canClose, [
  ['verifier', 'parent Kanwil', incident('pulih', true), true],
  ['leader', 'HQ', incident('pulih', true), true],
  ['leader', 'own unit', incident('pulih', true), false],
  ['verifier', 'parent Kanwil', incident('pulih', false), false],
  ['verifier', 'parent Kanwil', incident('terkendali', true), false],
  ['verifier', 'parent Kanwil', incident('ditutup', true), false],
  ['operator', 'parent Kanwil', incident('pulih', true), false],
  ['leader', 'other Kanwil', incident('pulih', true), false],
]);

table('canReadPersons', canReadPersons, [
  ['security_officer', 'own unit', incident('dilaporkan'), true],
  ['leader', 'HQ', incident('ditutup', true), true],
  ['operator', 'own unit', incident('dilaporkan'), false],
  ['verifier', 'parent Kanwil', incident('dilaporkan'), false],
  ['security_officer', 'sibling UPT', incident('dilaporkan'), false],
]);

table('canAddPersons', canAddPersons, [
  ['security_officer', 'own unit', incident('ditangani'), true],
  ['security_officer', 'own unit', incident('ditutup', true), false],
  ['operator', 'own unit', incident('ditangani'), false],
]);

describe('isForward', () => {
  const cases: [IncidentStatus, IncidentStatus, boolean][] = [
    ['dilaporkan', 'ditangani', true],
    ['dilaporkan', 'pulih', true],
    ['terkendali', 'ditangani', false],
    ['ditangani', 'ditangani', false],
    ['pulih', 'ditutup', false],
  ];
  for (const [from, to, expected] of cases) test(`${from} → ${to}: ${expected}`, () => assert.equal(isForward(from, to), expected));
});
