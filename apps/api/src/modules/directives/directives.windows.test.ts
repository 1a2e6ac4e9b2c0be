import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Directive, Recurrence } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { currentWindow, directiveWindows, unitWindows, windowLocals } from './directives.windows.js';
import {
  API,
  assignmentsOf,
  createDraft,
  issueDirective,
  problem,
  rollupOf,
  submitOk,
  unitByName,
  type AssignmentPage,
} from './directives.test-kit.js';

const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
const ABEPURA = 'Lapas Kelas IIA Abepura';
const due = (local: string) => ({ local, zone: 'unit' as const });

describe('window dates', () => {
  test('weekly windows fall on the weekday on or after the due date, at the due time', () => {
    // 3 Sep 2025 is a Wednesday.
    assert.deepEqual(windowLocals(due('2025-09-03T10:00'), { kind: 'weekly', weekday: 1, count: 3 }), [
      '2025-09-08T10:00',
      '2025-09-15T10:00',
      '2025-09-22T10:00',
    ]);
    assert.deepEqual(windowLocals(due('2025-09-03T10:00'), { kind: 'weekly', weekday: 3, count: 2 }), ['2025-09-03T10:00', '2025-09-10T10:00']);
    assert.deepEqual(windowLocals(due('2025-12-29T08:30'), { kind: 'weekly', weekday: 7, count: 2 }), ['2026-01-04T08:30', '2026-01-11T08:30']);
  });

  test('monthly windows take the day of month from the due date on, and "last" follows each month\'s length', () => {
    assert.deepEqual(windowLocals(due('2025-09-20T10:00'), { kind: 'monthly', dayOfMonth: 15, count: 4 }), [
      '2025-10-15T10:00',
      '2025-11-15T10:00',
      '2025-12-15T10:00',
      '2026-01-15T10:00',
    ]);
    assert.deepEqual(windowLocals(due('2025-09-15T10:00'), { kind: 'monthly', dayOfMonth: 15, count: 1 }), ['2025-09-15T10:00']);
    assert.deepEqual(windowLocals(due('2024-01-31T16:00'), { kind: 'monthly', dayOfMonth: 'last', count: 3 }), [
      '2024-01-31T16:00',
      '2024-02-29T16:00',
      '2024-03-31T16:00',
    ]);
  });

  test('custom windows are the listed dates in order, at the due time; without recurrence there is one', () => {
    assert.deepEqual(windowLocals(due('2025-09-01T09:00'), { kind: 'custom', dueDates: ['2025-10-10', '2025-09-09'] }), [
      '2025-09-09T09:00',
      '2025-10-10T09:00',
    ]);
    assert.deepEqual(windowLocals(due('2025-09-09T10:00'), { kind: 'none' }), ['2025-09-09T10:00']);
  });

  test('each window opens when the previous one is due; the first when the directive is issued', () => {
    const opened = new Date('2025-09-01T00:00:00Z');
    const windows = unitWindows(['2025-09-08T10:00', '2025-09-15T10:00'], 'unit', 'Asia/Jayapura', opened);
    assert.deepEqual(
      windows.map((w) => [w.windowNo, w.windowStart.toISOString(), w.dueAt.toISOString()]),
      [
        [1, '2025-09-01T00:00:00.000Z', '2025-09-08T01:00:00.000Z'],
        [2, '2025-09-08T01:00:00.000Z', '2025-09-15T01:00:00.000Z'],
      ],
    );
  });

  test('the current window is the first still ahead (by WIB when units keep their own zone), else the last', () => {
    const windows = directiveWindows({ due: due('2025-09-03T10:00'), recurrence: { kind: 'weekly', weekday: 1, count: 2 }, issuedAt: null });
    assert.equal(windows[0]?.dueAt, '2025-09-08T03:00:00.000Z');
    assert.equal(currentWindow(windows, new Date('2025-09-08T02:59:00Z')), 1);
    assert.equal(currentWindow(windows, new Date('2025-09-08T03:00:00Z')), 2);
    assert.equal(currentWindow(windows, new Date('2025-12-01T00:00:00Z')), 2);
  });
});

describe('recurring windows through the API', () => {
  let now = new Date('2025-09-01T00:00:00Z');
  let t: TestApp;
  let dirjen: Client;
  let operator: Client;
  let units: { lpp: string; abepura: string };

  before(async () => {
    t = await buildTestApp({ clock: () => now, config: { sessionTtlHours: 24 * 365 } });
    [dirjen, operator] = await Promise.all([t.as('dirjen'), t.as('operator.lpp.tangerang')]);
    const [lpp, abepura] = await Promise.all([unitByName(t, LPP), unitByName(t, ABEPURA)]);
    assert.deepEqual([lpp.timezone, abepura.timezone], ['Asia/Jakarta', 'Asia/Jayapura']);
    units = { lpp: lpp.id, abepura: abepura.id };
  });
  after(async () => t.close());

  function issueRecurring(recurrence: Recurrence, dueLocal = '2025-09-03T10:00'): Promise<Directive> {
    now = new Date('2025-09-01T00:00:00Z');
    return issueDirective(dirjen, { target: { mode: 'list', unitIds: [units.lpp, units.abepura] }, due: due(dueLocal), recurrence });
  }

  /** [windowNo, windowStart, dueAt] per window of one unit's follow-up assignments. */
  function windowsAt(page: AssignmentPage, unitName: string) {
    return page.items
      .filter((a) => a.unitName === unitName && a.role === 'follow_up')
      .sort((a, b) => a.windowNo - b.windowNo)
      .map((a) => [a.windowNo, a.windowStart, a.dueAt]);
  }

  test('weekly: one assignment per unit per window, due 10.00 local in WIB and in WIT', async () => {
    const d = await issueRecurring({ kind: 'weekly', weekday: 1, count: 3 });
    assert.equal(d.windowCount, 3);
    const page = await assignmentsOf(dirjen, `directiveId=${d.id}&window=all`);
    assert.deepEqual(windowsAt(page, LPP), [
      [1, '2025-09-01T00:00:00.000Z', '2025-09-08T03:00:00.000Z'],
      [2, '2025-09-08T03:00:00.000Z', '2025-09-15T03:00:00.000Z'],
      [3, '2025-09-15T03:00:00.000Z', '2025-09-22T03:00:00.000Z'],
    ]);
    assert.deepEqual(windowsAt(page, ABEPURA), [
      [1, '2025-09-01T00:00:00.000Z', '2025-09-08T01:00:00.000Z'],
      [2, '2025-09-08T01:00:00.000Z', '2025-09-15T01:00:00.000Z'],
      [3, '2025-09-15T01:00:00.000Z', '2025-09-22T01:00:00.000Z'],
    ]);
    assert.ok(page.items.every((a) => a.windowCount === 3));
    // Each unit's Kanwil verifies every window too: 2 units + 2 Kanwil, 3 windows.
    assert.equal(page.total, 12);
  });

  test('monthly on the last day and custom dates give exact instants per zone', async () => {
    const monthly = await issueRecurring({ kind: 'monthly', dayOfMonth: 'last', count: 2 }, '2025-09-10T16:00');
    const mPage = await assignmentsOf(dirjen, `directiveId=${monthly.id}&window=all`);
    assert.deepEqual(windowsAt(mPage, LPP).map((w) => w[2]), ['2025-09-30T09:00:00.000Z', '2025-10-31T09:00:00.000Z']);
    assert.deepEqual(windowsAt(mPage, ABEPURA).map((w) => w[2]), ['2025-09-30T07:00:00.000Z', '2025-10-31T07:00:00.000Z']);

    const custom = await issueRecurring({ kind: 'custom', dueDates: ['2025-11-03', '2025-09-09'] }, '2025-09-01T07:30');
    const cPage = await assignmentsOf(dirjen, `directiveId=${custom.id}&window=all`);
    assert.deepEqual(windowsAt(cPage, LPP).map((w) => w[2]), ['2025-09-09T00:30:00.000Z', '2025-11-03T00:30:00.000Z']);
    assert.deepEqual(windowsAt(cPage, ABEPURA).map((w) => w[2]), ['2025-09-08T22:30:00.000Z', '2025-11-02T22:30:00.000Z']);
  });

  test('more than 52 windows is refused with 400 at drafting and nothing is stored', async () => {
    const before = await dirjen.get(`${API}/directives?limit=1`);
    const weekly = await dirjen.post(`${API}/directives`, {
      source: 'meeting',
      title: 'Laporan mingguan kebersihan',
      body: 'Laporkan setiap minggu.',
      target: { mode: 'filter' },
      due: due('2025-09-03T10:00'),
      recurrence: { kind: 'weekly', weekday: 1, count: 53 },
    });
    const body = problem(weekly, 400, 'directives.too_many_windows');
    assert.match(body.detail ?? '', /53 jendela.*paling banyak 52/);
    const days = Array.from({ length: 53 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    const custom = await createDraft(dirjen, { recurrence: { kind: 'custom', dueDates: days.slice(0, 52) } });
    assert.equal(custom.windowCount, 52, 'exactly 52 is allowed');
    problem(await dirjen.patch(`${API}/directives/${custom.id}`, { recurrence: { kind: 'custom', dueDates: days } }), 400, 'directives.too_many_windows');
    const afterRes = await dirjen.get(`${API}/directives?limit=1`);
    assert.equal((afterRes.json() as { total: number }).total, (before.json() as { total: number }).total + 1);
  });

  test('assignments and the roll-up show the current window by default, and any window on request', async () => {
    const d = await issueRecurring({ kind: 'weekly', weekday: 1, count: 3 });
    const current = (q = '') => assignmentsOf(operator, `directiveId=${d.id}${q}`);
    const first = await current();
    assert.deepEqual(first.items.map((a) => a.windowNo), [1]);
    await submitOk(operator, first.items[0]?.id ?? '', { seedlings: 40 });

    now = new Date('2025-09-08T02:00:00Z'); // past Abepura's first due (01:00Z), before LPP's (03:00Z)
    assert.deepEqual((await current()).items.map((a) => a.windowNo), [1], 'LPP is still in its first window');
    const papua = await assignmentsOf(dirjen, `directiveId=${d.id}&role=follow_up`);
    assert.deepEqual(papua.items.map((a) => [a.unitName, a.windowNo]).sort(), [[ABEPURA, 2], [LPP, 1]]);

    now = new Date('2025-09-10T00:00:00Z');
    const second = await current();
    assert.deepEqual(second.items.map((a) => [a.windowNo, a.overdue]), [[2, false]]);
    assert.deepEqual((await current('&window=1')).items.map((a) => [a.windowNo, a.status]), [[1, 'dilaporkan']]);

    const roll = await rollupOf(dirjen, d.id);
    assert.equal(roll.window, 2);
    assert.deepEqual(roll.windows.map((w) => [w.no, w.dueLocal, w.startAt]), [
      [1, '2025-09-08T10:00', '2025-09-01T00:00:00.000Z'],
      [2, '2025-09-15T10:00', '2025-09-08T03:00:00.000Z'],
      [3, '2025-09-22T10:00', '2025-09-15T03:00:00.000Z'],
    ]);
    assert.deepEqual([roll.national.targets, roll.national.reported, roll.national.overdue], [2, 0, 0]);
    const w1 = (await dirjen.get(`${API}/directives/${d.id}/rollup?window=1`)).json() as typeof roll;
    assert.deepEqual([w1.window, w1.national.targets, w1.national.reported, w1.national.overdue], [1, 2, 1, 1]);
    assert.deepEqual(w1.national.metrics.seedlings, { reported: 40, verified: null });
    problem(await dirjen.get(`${API}/directives/${d.id}/rollup?window=4`), 404, 'directives.window_not_found');

    now = new Date('2025-12-01T00:00:00Z');
    assert.deepEqual((await current()).items.map((a) => a.windowNo), [3], 'after the last due the last window stays current');
    assert.equal((await rollupOf(dirjen, d.id)).window, 3);
  });
});
