import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EscalationRule, SaveEscalationRuleBody } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { problem } from '../../test/problem.js';
import { CATALOGUE, catalogueEvents, catalogueOf, put } from './incident-catalogue.test-kit.js';

let t: TestApp;
let admin: Client;
let pelarianId: string;
let kebakaranId: string;
const RULES = `${CATALOGUE}/rules`;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-06-01T00:00:00Z') });
  admin = await signedIn(t)('admin');
  const { categories } = await catalogueOf(admin);
  pelarianId = categories.find((c) => c.code === 'pelarian')?.id ?? '';
  kebakaranId = categories.find((c) => c.code === 'kebakaran')?.id ?? '';
});
after(async () => t.close());

const withoutIds = (rules: EscalationRule[]): SaveEscalationRuleBody[] => rules.map(({ id: _id, ...rule }) => rule);

async function currentRules(): Promise<SaveEscalationRuleBody[]> {
  const res = await admin.get(RULES);
  assert.equal(res.statusCode, 200, res.body);
  return withoutIds((res.json() as { items: EscalationRule[] }).items);
}

function ruleSet(kanwilAfter: number): SaveEscalationRuleBody[] {
  return [
    { categoryId: null, minSeverityRank: 1, level: 'unit', notifyAfterMinutes: 0, ackWithinMinutes: 10 },
    { categoryId: null, minSeverityRank: 1, level: 'kanwil', notifyAfterMinutes: kanwilAfter, ackWithinMinutes: 30 },
    { categoryId: null, minSeverityRank: 3, level: 'kanwil', notifyAfterMinutes: 0, ackWithinMinutes: 15 },
    { categoryId: pelarianId, minSeverityRank: 1, level: 'hq', notifyAfterMinutes: 0, ackWithinMinutes: 15 },
  ];
}

test('the whole rule set is replaced at once, kept in the order saved, and audited', async () => {
  const seeded = await currentRules();
  assert.ok(seeded.length >= 6);
  const res = await put(admin, RULES, ruleSet(45));
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(withoutIds((res.json() as { items: EscalationRule[] }).items), ruleSet(45));
  assert.deepEqual(await currentRules(), ruleSet(45));
  assert.deepEqual((await catalogueOf(await signedIn(t)('kplp.lpp.tangerang'))).rules.length, 4);

  const [event] = await catalogueEvents(t);
  assert.equal(event?.summary.change, 'rules_replaced');
  assert.deepEqual(event?.summary.before, seeded);
  assert.deepEqual(event?.summary.after, ruleSet(45));
});

test('a set that fails a check is refused whole and the saved set stays as it was', async () => {
  await put(admin, RULES, ruleSet(30));
  const saved = await currentRules();
  const eventsBefore = (await catalogueEvents(t)).length;
  const unknownCategory = '0190a0b0-0000-7000-8000-0000000000ff';
  const cases: [string, SaveEscalationRuleBody[], string[]][] = [
    ['no unit rule for every category', ruleSet(30).slice(1), ['body']],
    [
      'the unit rule only from rank 2',
      [{ ...ruleSet(30)[0], minSeverityRank: 2 } as SaveEscalationRuleBody, ...ruleSet(30).slice(1)],
      ['body'],
    ],
    [
      'a duplicate row',
      [
        ...ruleSet(30),
        { categoryId: pelarianId, minSeverityRank: 1, level: 'hq', notifyAfterMinutes: 5, ackWithinMinutes: 5 },
      ],
      ['body.4'],
    ],
    [
      'an unknown category',
      [
        ...ruleSet(30),
        { categoryId: unknownCategory, minSeverityRank: 1, level: 'hq', notifyAfterMinutes: 0, ackWithinMinutes: 5 },
      ],
      ['body.4.categoryId'],
    ],
    ['an empty set', [], ['body']],
  ];
  for (const [what, set, paths] of cases) {
    const refused = problem(await put(admin, RULES, set), 422, 'incidents.rules_invalid');
    assert.deepEqual(
      refused.errors?.map((e) => e.path),
      paths,
      what,
    );
    assert.deepEqual(await currentRules(), saved, `${what}: nothing changed`);
  }
  problem(await put(admin, RULES, [{ ...ruleSet(30)[0], level: 'pusat' }]), 400, 'validation_failed');
  assert.equal((await catalogueEvents(t)).length, eventsBefore, 'refused sets are not audited');
});

test('two replacements at the same time leave one whole set, never a mix', async () => {
  const a = ruleSet(20);
  const b = [
    ...ruleSet(60),
    { categoryId: kebakaranId, minSeverityRank: 1, level: 'hq' as const, notifyAfterMinutes: 0, ackWithinMinutes: 10 },
  ];
  const saved = await currentRules();
  const results = await Promise.all([put(admin, RULES, a), put(admin, RULES, b), put(admin, RULES, a)]);
  for (const res of results) assert.equal(res.statusCode, 200, res.body);
  const final = await currentRules();
  assert.ok(
    JSON.stringify(final) === JSON.stringify(a) || JSON.stringify(final) === JSON.stringify(b),
    JSON.stringify(final),
  );
  // Each replacement recorded the set it really replaced: the audit reads as one unbroken history.
  const replaced = (await catalogueEvents(t))
    .filter((e) => e.summary.change === 'rules_replaced')
    .slice(0, 3)
    .reverse();
  assert.deepEqual(replaced[0]?.summary.before, saved);
  assert.deepEqual(replaced[1]?.summary.before, replaced[0]?.summary.after);
  assert.deepEqual(replaced[2]?.summary.before, replaced[1]?.summary.after);
  assert.deepEqual(replaced[2]?.summary.after, final);
});
