import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hoursPerWeek, scheduleIssues, schedulesClash, slotsOverlap } from './programmes.timetable.js';

const slot = (weekday: number, start: string, end: string) => ({ weekday, start, end });
const range = { startDate: '2026-03-01', endDate: '2026-06-30' };

describe('weekly slots', () => {
  const cases: [string, ReturnType<typeof slot>, ReturnType<typeof slot>, boolean][] = [
    ['the same slot', slot(1, '08:00', '10:00'), slot(1, '08:00', '10:00'), true],
    ['partly overlapping', slot(1, '08:00', '10:00'), slot(1, '09:30', '11:00'), true],
    ['one inside the other', slot(1, '08:00', '12:00'), slot(1, '09:00', '10:00'), true],
    ['adjacent (10:00 ends, 10:00 starts)', slot(1, '08:00', '10:00'), slot(1, '10:00', '12:00'), false],
    ['different weekdays', slot(1, '08:00', '10:00'), slot(2, '08:00', '10:00'), false],
  ];
  for (const [name, a, b, expected] of cases) {
    test(`${name}: ${expected ? 'overlap' : 'no overlap'}`, () => {
      assert.equal(slotsOverlap(a, b), expected);
      assert.equal(slotsOverlap(b, a), expected);
    });
  }
});

describe('programme clash', () => {
  const a = { ...range, timetable: [slot(1, '08:00', '10:00'), slot(3, '13:00', '15:00')] };
  test('an overlapping slot in overlapping dates clashes', () => {
    assert.equal(schedulesClash(a, { ...range, timetable: [slot(3, '14:00', '16:00')] }), true);
  });
  test('date ranges that touch on one day still overlap', () => {
    assert.equal(schedulesClash(a, { startDate: '2026-06-30', endDate: '2026-09-30', timetable: [slot(1, '09:00', '11:00')] }), true);
  });
  test('the same slot in date ranges that do not overlap does not clash', () => {
    assert.equal(schedulesClash(a, { startDate: '2026-07-01', endDate: '2026-09-30', timetable: [slot(1, '08:00', '10:00')] }), false);
  });
});

describe('schedule validation', () => {
  test('a valid schedule has no issues and counts its weekly hours', () => {
    const s = { ...range, timetable: [slot(1, '08:00', '10:00'), slot(1, '10:00', '11:30')] };
    assert.deepEqual(scheduleIssues(s), []);
    assert.equal(hoursPerWeek(s.timetable), 3.5);
  });
  test('end before start, a slot ending before it starts and overlapping slots are all reported', () => {
    const issues = scheduleIssues({
      startDate: '2026-06-30',
      endDate: '2026-03-01',
      timetable: [slot(2, '09:00', '08:00'), slot(1, '08:00', '10:00'), slot(1, '09:00', '09:30')],
    });
    assert.deepEqual(
      issues.map((i) => [i.path, i.code]),
      [
        ['body.endDate', 'end_before_start'],
        ['body.timetable.0.end', 'slot_end_before_start'],
        ['body.timetable.2', 'slot_overlap'],
      ],
    );
  });
});
