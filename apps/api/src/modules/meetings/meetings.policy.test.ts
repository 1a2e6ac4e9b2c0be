import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES, type Role, type UnitKind } from '@selaras/contracts';
import { testPrincipal } from '../../test/principal.js';
import { canCheckIn, canCreateDirective, canManage, inCheckInWindow, meetingAbilities, type MeetingFacts } from './meetings.policy.js';

const HQ = '/kemenimipas/ditjenpas/';
const BANTEN = `${HQ}banten/`;
const LPP = `${BANTEN}lapas-perempuan-kelas-iia-tangerang/`;
const LAPAS_I = `${BANTEN}lapas-kelas-i-tangerang/`;
const DKI = `${HQ}dki/`;

/** A meeting organised by Kanwil Banten, 09.00–11.00 WIB on 29 August 2025. */
const MEETING: MeetingFacts = {
  organiserUnitPath: BANTEN,
  startsAt: new Date('2025-08-29T02:00:00Z'),
  endsAt: new Date('2025-08-29T04:00:00Z'),
};

/** Where the principal's unit lies, seen from the organising Kanwil. */
type Relation = 'organiser' | 'above (HQ)' | 'below (UPT)' | 'other Kanwil';
const RELATIONS: Record<Relation, { unitPath: string; unitKind: UnitKind }> = {
  organiser: { unitPath: BANTEN, unitKind: 'kanwil' },
  'above (HQ)': { unitPath: HQ, unitKind: 'hq' },
  'below (UPT)': { unitPath: LPP, unitKind: 'upt' },
  'other Kanwil': { unitPath: DKI, unitKind: 'kanwil' },
};

/** What each role may do anywhere (written out, not read from the permission table). */
const ROLE_MAY: Record<Role, { manage: boolean; attend: boolean; draft: boolean }> = {
  admin: { manage: true, attend: true, draft: true },
  leader: { manage: true, attend: true, draft: true },
  verifier: { manage: false, attend: true, draft: false },
  operator: { manage: false, attend: true, draft: false },
  security_officer: { manage: false, attend: false, draft: false },
  programme_officer: { manage: false, attend: false, draft: false },
  cooperative_officer: { manage: false, attend: false, draft: false },
  viewer: { manage: false, attend: false, draft: false },
};

/** The organiser's unit and the units above it run the meeting. */
const MANAGES_FROM: Record<Relation, boolean> = { organiser: true, 'above (HQ)': true, 'below (UPT)': false, 'other Kanwil': false };

describe('managing a meeting: role × relation to the organiser', () => {
  for (const role of ROLES) {
    for (const relation of Object.keys(RELATIONS) as Relation[]) {
      const { unitPath, unitKind } = RELATIONS[relation];
      const expected = ROLE_MAY[role].manage && MANAGES_FROM[relation];
      test(`${role} at ${relation}: manage ${expected}, directive ${expected && ROLE_MAY[role].draft}`, () => {
        const p = testPrincipal(role, unitPath, unitKind);
        assert.equal(canManage(p, MEETING), expected);
        assert.equal(canCreateDirective(p, MEETING), expected && ROLE_MAY[role].draft);
      });
    }
  }
});

describe('the check-in window', () => {
  const cases: [string, string, boolean][] = [
    ['31 minutes before the start', '2025-08-29T01:29:00Z', false],
    ['30 minutes before the start', '2025-08-29T01:30:00Z', true],
    ['during the meeting', '2025-08-29T03:00:00Z', true],
    ['at the end', '2025-08-29T04:00:00Z', true],
    ['a second after the end', '2025-08-29T04:00:01Z', false],
  ];
  for (const [what, at, open] of cases) {
    test(`${what}: ${open ? 'open' : 'closed'}`, () => assert.equal(inCheckInWindow(MEETING, new Date(at)), open));
  }
});

describe('checking in: role × invited × window', () => {
  const during = new Date('2025-08-29T02:30:00Z');
  const before = new Date('2025-08-28T02:30:00Z');
  for (const role of ROLES) {
    const p = testPrincipal(role, LAPAS_I, 'upt');
    test(`${role}: only when invited, inside the window, and allowed to attend`, () => {
      assert.equal(canCheckIn(p, MEETING, true, during), ROLE_MAY[role].attend);
      assert.equal(canCheckIn(p, MEETING, false, during), false);
      assert.equal(canCheckIn(p, MEETING, true, before), false);
      assert.deepEqual(meetingAbilities(p, MEETING, true, during), { checkIn: ROLE_MAY[role].attend, manage: false, createDirective: false });
    });
  }
});
