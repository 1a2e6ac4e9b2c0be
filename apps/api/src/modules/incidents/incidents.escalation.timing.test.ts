import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AlertLevel } from '@selaras/contracts';
import type { EscalationRuleRow } from './incident-catalogue.queries.js';
import {
  addMinutes,
  delayMinutes,
  levelUnits,
  minutesBetween,
  nextLevelUp,
  planFromRules,
} from './incidents.escalation.timing.js';

const T0 = new Date('2026-03-10T02:00:00Z');
const at = (minutes: number) => addMinutes(T0, minutes);

function rule(level: AlertLevel, notifyAfterMinutes: number, ackWithinMinutes: number): EscalationRuleRow {
  return {
    id: `rule-${level}`,
    categoryId: null,
    minSeverityRank: 1,
    level,
    notifyAfterMinutes,
    ackWithinMinutes,
    createdAt: T0,
    updatedAt: T0,
  };
}

describe('escalation timing', () => {
  test('minutes between two times are whole, rounded down, never negative', () => {
    assert.equal(minutesBetween(T0, at(4)), 4);
    assert.equal(minutesBetween(T0, new Date(T0.getTime() + 4 * 60_000 + 59_000)), 4);
    assert.equal(minutesBetween(at(3), T0), 0);
  });

  test('the delay runs to the acknowledgement, or to now while open, and is unknown before sending', () => {
    assert.equal(delayMinutes({ sentAt: null, acknowledgedAt: null }, at(30)), null);
    assert.equal(delayMinutes({ sentAt: at(1), acknowledgedAt: at(5) }, at(30)), 4);
    assert.equal(delayMinutes({ sentAt: at(1), acknowledgedAt: null }, at(30)), 29);
  });

  test('alerts are planned per rule, due after the report by the rule’s delay, for levels with a unit', () => {
    const units = new Map<AlertLevel, string>([
      ['unit', 'upt'],
      ['kanwil', 'kanwil-banten'],
    ]);
    const planned = planFromRules([rule('unit', 0, 15), rule('kanwil', 30, 30), rule('hq', 0, 15)], at(2), units);
    assert.deepEqual(planned, [
      { level: 'unit', unitId: 'upt', dueAt: at(2), ackWithinMinutes: 15 },
      { level: 'kanwil', unitId: 'kanwil-banten', dueAt: at(32), ackWithinMinutes: 30 },
    ]);
  });

  test('each level alerts its own unit; a level that would repeat a unit below it, or has none, is left out', () => {
    assert.deepEqual(
      [...levelUnits({ id: 'upt', kanwilId: 'kanwil' }, 'hq')],
      [
        ['unit', 'upt'],
        ['kanwil', 'kanwil'],
        ['hq', 'hq'],
      ],
    );
    assert.deepEqual(
      [...levelUnits({ id: 'kanwil', kanwilId: null }, 'hq')],
      [
        ['unit', 'kanwil'],
        ['hq', 'hq'],
      ],
    );
    assert.deepEqual([...levelUnits({ id: 'hq', kanwilId: null }, 'hq')], [['unit', 'hq']]);
  });

  test('escalation goes to the next level up that has a unit, and stops at the top', () => {
    const full = levelUnits({ id: 'upt', kanwilId: 'kanwil' }, 'hq');
    assert.equal(nextLevelUp('unit', full), 'kanwil');
    assert.equal(nextLevelUp('kanwil', full), 'hq');
    assert.equal(nextLevelUp('hq', full), null);
    assert.equal(nextLevelUp('unit', levelUnits({ id: 'kanwil', kanwilId: null }, 'hq')), 'hq');
    assert.equal(nextLevelUp('unit', levelUnits({ id: 'hq', kanwilId: null }, 'hq')), null);
  });
});
