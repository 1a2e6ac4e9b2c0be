import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, isNotNull, like, sql } from 'drizzle-orm';
import type { Directive, Overview } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { SEED_UPT } from '../../test/seed-data.js';
import { orgUnits } from '../org-units/index.js';
import { API, assignmentOf, decide, issue, kanwilIdOf, overviewOf, problem, report, unitIds } from './overview.test-kit.js';
import { mapColour } from './overview.mappers.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
const LAPAS_I = 'Lapas Kelas I Tangerang';
const PEMUDA = 'Lapas Pemuda Kelas IIA Tangerang';
const CIPINANG = 'Lapas Kelas I Cipinang';
const BANTEN_UPTS = SEED_UPT.filter((u) => u.kanwil === 'BANTEN').map((u) => u.name);

let t: TestApp;
let dirjen: Client;
let kanwil: Client;
let operator: Client;
/** To every Banten UPT, due 10 Sep 10.00 local (passed): LPP verified, Lapas I awaiting, Pemuda returned. */
let banten: Directive;
/** To LPP and Cipinang, due 30 Sep (not yet): Cipinang reported. */
let pair: Directive;

before(async () => {
  t = await buildTestApp({ clock: () => new Date('2025-09-15T00:00:00Z') });
  const as = signedIn(t);
  [dirjen, kanwil, operator] = await Promise.all([as('dirjen'), as('kanwil.banten'), as('operator.lpp.tangerang')]);
  const units = await unitIds(t, [LPP, CIPINANG]);
  banten = await issue(dirjen, { target: { mode: 'filter', kanwilIds: [await kanwilIdOf(t, 'banten')] } });
  pair = await issue(dirjen, {
    title: 'Arahan uji dasbor untuk dua unit',
    target: { mode: 'list', unitIds: [units.get(LPP), units.get(CIPINANG)] },
    due: { local: '2025-09-30T10:00', zone: 'unit' },
  });
  await decide(kanwil, await report(operator, (await assignmentOf(dirjen, banten.id, LPP)).id), 'verified');
  await report(kanwil, (await assignmentOf(dirjen, banten.id, LAPAS_I)).id);
  await decide(kanwil, await report(kanwil, (await assignmentOf(dirjen, banten.id, PEMUDA)).id), 'returned');
  await report(await as('operator.lapas.cipinang'), (await assignmentOf(dirjen, pair.id, CIPINANG)).id);
});
after(async () => t.close());

const point = (o: Overview, name: string) => o.map.find((p) => p.unitName === name);

describe('overview figures on a known dataset', () => {
  test('HQ: directives issued and open, follow-ups with reported and verified apart', async () => {
    const o = await overviewOf(dirjen);
    assert.deepEqual(o.directives, { issued: 2, open: 2 });
    assert.equal(BANTEN_UPTS.length, 8);
    assert.deepEqual(o.followUps, { assigned: 10, reported: 3, verified: 1, overdue: 6, reportedPercent: 30, verifiedPercent: 10 });
    assert.equal(o.scope.unitKind, 'hq');
  });

  test('HQ: compliance ranked by Kanwil', async () => {
    const o = await overviewOf(dirjen);
    assert.equal(o.compliance.groupedBy, 'kanwil');
    const rows = o.compliance.rows.map((r) => [r.unitName, r.assigned, r.reported, r.verified, r.overdue, r.verifiedPercent]);
    assert.deepEqual(rows, [
      ['Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten', 9, 2, 1, 6, 11.1],
      ['Kantor Wilayah Direktorat Jenderal Pemasyarakatan DKI Jakarta', 1, 1, 0, 0, 0],
    ]);
  });

  test('HQ: the overdue list names unit, directive, due, days late and zone', async () => {
    const o = await overviewOf(dirjen);
    assert.equal(o.overdueTotal, 6);
    assert.equal(o.overdue.length, 6);
    assert.ok(o.overdue.every((i) => i.directiveId === banten.id && i.daysLate === 4 && i.unitTimezone === 'Asia/Jakarta'));
    assert.equal(o.overdue[0]?.dueAt, '2025-09-10T03:00:00.000Z');
    assert.ok(o.overdue.some((i) => i.unitName === PEMUDA), 'a returned report is overdue again');
    assert.ok(!o.overdue.some((i) => i.unitName === LPP || i.unitName === LAPAS_I));
  });

  test('map colours follow the rule: ≥ 80 % green, 50–80 % yellow, < 50 % red, none grey', async () => {
    const o = await overviewOf(dirjen);
    assert.deepEqual(
      [LPP, LAPAS_I, PEMUDA, CIPINANG, 'Rutan Kelas I Cipinang'].map((n) => [n, point(o, n)?.colour]),
      [
        [LPP, 'yellow'],
        [LAPAS_I, 'green'],
        [PEMUDA, 'red'],
        [CIPINANG, 'green'],
        ['Rutan Kelas I Cipinang', 'grey'],
      ],
    );
    assert.deepEqual([point(o, LPP)?.assigned, point(o, LPP)?.reported, point(o, LPP)?.reportedPercent], [2, 1, 50]);
    const [placed] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(orgUnits)
      .where(and(like(orgUnits.path, '/kemenimipas/ditjenpas/%'), isNotNull(orgUnits.lat), isNotNull(orgUnits.lng)));
    assert.ok(o.map.length > SEED_UPT.length, 'UPTs and Kanwil');
    assert.equal(o.map.length, placed?.n, 'every unit with a position is a point');
  });

  test('the rule at its edges', () => {
    const cases: [number, number, string][] = [[0, 0, 'grey'], [5, 4, 'green'], [5, 5, 'green'], [10, 7, 'yellow'], [2, 1, 'yellow'], [10, 4, 'red'], [3, 0, 'red']];
    for (const [assigned, reported, colour] of cases) assert.equal(mapColour(assigned, reported), colour, `${reported}/${assigned}`);
  });

  test('filters by directive', async () => {
    const o = await overviewOf(dirjen, `directiveId=${pair.id}`);
    assert.deepEqual(o.directives, { issued: 1, open: 1 });
    assert.deepEqual([o.followUps.assigned, o.followUps.reported, o.followUps.overdue], [2, 1, 0]);
    assert.equal(point(o, LAPAS_I)?.colour, 'grey');
  });

  test('filters by tag: an untagged directive counts only without the filter', async () => {
    const units = await unitIds(t, [CIPINANG]);
    await issue(dirjen, { tags: [], title: 'Arahan tanpa label', target: { mode: 'list', unitIds: [units.get(CIPINANG)] } });
    const all = await overviewOf(dirjen, '');
    assert.deepEqual([all.directives.issued, all.followUps.assigned, all.followUps.overdue], [3, 11, 7]);
    const tagged = await overviewOf(dirjen);
    assert.deepEqual([tagged.directives.issued, tagged.followUps.assigned, tagged.followUps.overdue], [2, 10, 6]);
  });
});

describe('overview scope', () => {
  test('a Kanwil sees only its subtree, ranked per unit', async () => {
    const o = await overviewOf(kanwil);
    assert.deepEqual(o.followUps, { assigned: 9, reported: 2, verified: 1, overdue: 6, reportedPercent: 22.2, verifiedPercent: 11.1 });
    assert.equal(o.compliance.groupedBy, 'unit');
    assert.deepEqual(o.compliance.rows.map((r) => r.unitName).sort(), [...BANTEN_UPTS].sort());
    assert.equal(o.compliance.rows[0]?.unitName, LPP);
    assert.ok(!point(o, CIPINANG), 'no DKI unit on the map');
    assert.ok(o.map.every((p) => p.unitName.includes('Banten') || BANTEN_UPTS.includes(p.unitName)));
    assert.ok(o.overdue.every((i) => BANTEN_UPTS.includes(i.unitName)));
  });

  test('a UPT sees only itself', async () => {
    const o = await overviewOf(operator);
    assert.deepEqual(o.directives, { issued: 2, open: 1 });
    assert.deepEqual([o.followUps.assigned, o.followUps.reported, o.followUps.verified, o.followUps.overdue], [2, 1, 1, 0]);
    assert.deepEqual(o.map.map((p) => [p.unitName, p.colour]), [[LPP, 'yellow']]);
    assert.deepEqual(o.compliance.rows.map((r) => r.unitName), [LPP]);
    assert.deepEqual(o.overdue, []);
  });

  test('a directive outside the caller\'s subtree contributes nothing', async () => {
    const o = await overviewOf(kanwil, `directiveId=${pair.id}`);
    assert.deepEqual([o.directives.issued, o.followUps.assigned, o.followUps.reported], [1, 1, 0]);
    const none = await overviewOf(await signedIn(t)('operator.lapas.cipinang'), `directiveId=${banten.id}`);
    assert.deepEqual([none.directives.issued, none.followUps.assigned], [0, 0]);
  });

  test('an exempted unit is no longer a target: out of the assigned and overdue counts, grey on the map', async () => {
    const exempt = await assignmentOf(dirjen, banten.id, 'LPKA Tangerang');
    const before = await overviewOf(dirjen);
    await t.database.db.execute(sql`update assignments set status = 'dikecualikan' where id = ${exempt.id}`);
    const after = await overviewOf(dirjen);
    assert.deepEqual(
      [after.followUps.assigned, after.followUps.reported, after.followUps.overdue],
      [before.followUps.assigned - 1, before.followUps.reported, before.followUps.overdue - 1],
    );
    assert.equal(point(after, 'LPKA Tangerang')?.colour, 'grey');
  });

  test('bad filters are refused with problem+json', async () => {
    problem(await dirjen.get(`${API}/overview?directiveId=bukan-uuid`), 400);
    problem(await dirjen.get(`${API}/overview?tag=${'x'.repeat(61)}`), 400);
    problem(await t.anonymous.get(`${API}/overview`), 401);
  });
});
