import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES, type AlertLevel, type Role } from '@selaras/contracts';
import { testPrincipal } from '../../test/principal.js';
import { canAcknowledge, isAlertRecipient } from './incidents.escalation.policy.js';

const RECEIVES: Record<AlertLevel, Role[]> = {
  unit: ['leader', 'security_officer'],
  kanwil: ['leader', 'verifier'],
  hq: ['leader', 'security_officer'],
};
const SENT = new Date('2026-03-10T02:00:00Z');

describe('who acknowledges an incident alert', () => {
  test('role × level at the alerted unit: only the roles the alert goes to', () => {
    for (const level of ['unit', 'kanwil', 'hq'] as const) {
      for (const role of ROLES) {
        const principal = testPrincipal(role, '/kemenimipas/ditjenpas/banten/', 'kanwil');
        const alert = { level, unitId: principal.position.unitId };
        assert.equal(isAlertRecipient(principal, alert), RECEIVES[level].includes(role), `${role} on a ${level} alert`);
      }
    }
  });

  test('a recipient role at another unit (parent, child or sibling) is not a recipient', () => {
    const principal = testPrincipal('leader', '/kemenimipas/ditjenpas/banten/', 'kanwil');
    assert.equal(isAlertRecipient(principal, { level: 'unit', unitId: '01900000-0000-7000-8000-0000000000ff' }), false);
  });

  test('only a sent alert not yet acknowledged can be acknowledged', () => {
    const principal = testPrincipal('security_officer', '/kemenimipas/ditjenpas/banten/lpp/', 'upt');
    const alert = { level: 'unit' as const, unitId: principal.position.unitId };
    assert.equal(canAcknowledge(principal, { ...alert, sentAt: null, acknowledgedAt: null }), false, 'not sent');
    assert.equal(canAcknowledge(principal, { ...alert, sentAt: SENT, acknowledgedAt: null }), true, 'sent');
    assert.equal(canAcknowledge(principal, { ...alert, sentAt: SENT, acknowledgedAt: SENT }), false, 'acknowledged');
  });
});
