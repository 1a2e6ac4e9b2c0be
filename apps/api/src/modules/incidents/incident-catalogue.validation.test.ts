import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CounterDef, SaveEscalationRuleBody } from '@selaras/contracts';
import { counterIssues, ruleSetIssues, sopStartsTooEarly } from './incident-catalogue.validation.js';

const c = (key: string, derived?: CounterDef['derived']): CounterDef => ({
  key,
  label: key,
  labelEn: key,
  ...(derived ? { derived } : {}),
});
const CAT = '0190a0b0-0000-7000-8000-000000000001';
const OTHER = '0190a0b0-0000-7000-8000-000000000002';
const rule = (over: Partial<SaveEscalationRuleBody> = {}): SaveEscalationRuleBody => ({
  categoryId: null,
  minSeverityRank: 1,
  level: 'unit',
  notifyAfterMinutes: 0,
  ackWithinMinutes: 15,
  ...over,
});

test('counters: typed and derived counters of the same category pass', () => {
  assert.deepEqual(
    counterIssues([c('kabur'), c('tertangkap'), c('buron', { from: 'kabur', subtract: ['tertangkap'] })]),
    [],
  );
  assert.deepEqual(counterIssues([]), []);
});

test('counters: duplicate keys, unknown or derived sources are refused, each at its field', () => {
  const cases: [CounterDef[], string[]][] = [
    [[c('luka'), c('luka')], ['body.counters.1.key']],
    [[c('kabur'), c('buron', { from: 'lari', subtract: ['kabur'] })], ['body.counters.1.derived.from']],
    [[c('kabur'), c('buron', { from: 'kabur', subtract: ['hilang'] })], ['body.counters.1.derived.subtract']],
    [
      [c('a1'), c('b1', { from: 'a1', subtract: ['a1'] }), c('c1', { from: 'b1', subtract: ['a1'] })],
      ['body.counters.2.derived.from'],
    ],
    [
      [c('self', { from: 'self', subtract: ['self'] })],
      ['body.counters.0.derived.from', 'body.counters.0.derived.subtract'],
    ],
  ];
  for (const [counters, paths] of cases) {
    assert.deepEqual(
      counterIssues(counters).map((i) => i.path),
      paths,
      JSON.stringify(counters),
    );
  }
});

test('rules: the unit rule for every category at rank 1 is required', () => {
  const known = new Set([CAT]);
  assert.deepEqual(ruleSetIssues([rule()], known), []);
  for (const set of [[], [rule({ minSeverityRank: 2 })], [rule({ categoryId: CAT })], [rule({ level: 'kanwil' })]]) {
    assert.deepEqual(
      ruleSetIssues(set, known).map((i) => i.code),
      ['incidents.rules_base_missing'],
      JSON.stringify(set),
    );
  }
});

test('rules: duplicate rows and unknown categories are refused', () => {
  const known = new Set([CAT]);
  const dup = ruleSetIssues(
    [
      rule(),
      rule({ level: 'kanwil', categoryId: CAT }),
      rule({ level: 'kanwil', categoryId: CAT, notifyAfterMinutes: 5 }),
    ],
    known,
  );
  assert.deepEqual(
    dup.map((i) => [i.path, i.code]),
    [['body.2', 'incidents.rule_duplicate']],
  );
  const sameButOtherRank = ruleSetIssues([rule(), rule({ minSeverityRank: 3 })], known);
  assert.deepEqual(sameButOtherRank, []);
  const unknown = ruleSetIssues([rule(), rule({ level: 'hq', categoryId: OTHER })], known);
  assert.deepEqual(
    unknown.map((i) => [i.path, i.code]),
    [['body.1.categoryId', 'incidents.rule_category_unknown']],
  );
});

test('SOP start: up to five minutes back is tolerated, more is not', () => {
  const now = new Date('2025-06-01T00:00:00Z');
  assert.equal(sopStartsTooEarly(new Date('2025-06-01T00:00:00Z'), now), false);
  assert.equal(sopStartsTooEarly(new Date('2025-05-31T23:55:00Z'), now), false);
  assert.equal(sopStartsTooEarly(new Date('2025-05-31T23:54:59Z'), now), true);
  assert.equal(sopStartsTooEarly(new Date('2026-01-01T00:00:00Z'), now), false);
});
