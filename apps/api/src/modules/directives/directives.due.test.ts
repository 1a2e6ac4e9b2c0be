import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimeZone } from '@selaras/contracts';
import { buildTestApp, type Client, type TestApp } from '../../test/app.js';
import { dueInstant } from './directives.due.js';
import {
  API,
  assignmentAt,
  assignmentsOf,
  issueDirective,
  rollupOf,
  SEED_KANWIL,
  submitOk,
  unitByName,
  type AssignmentPage,
} from './directives.test-kit.js';

const WIB: TimeZone = 'Asia/Jakarta';
const WITA: TimeZone = 'Asia/Makassar';
const WIT: TimeZone = 'Asia/Jayapura';
const at = (local: string, zone: 'unit' | TimeZone, unitZone: TimeZone) => dueInstant({ local, zone }, unitZone).toISOString();

describe('dueInstant', () => {
  test('"10.00" in each unit\'s own zone is a different instant per zone', () => {
    assert.equal(at('2025-09-09T10:00', 'unit', WIB), '2025-09-09T03:00:00.000Z');
    assert.equal(at('2025-09-09T10:00', 'unit', WITA), '2025-09-09T02:00:00.000Z');
    assert.equal(at('2025-09-09T10:00', 'unit', WIT), '2025-09-09T01:00:00.000Z');
    assert.equal(at('2025-09-09T10:45', 'unit', WITA), '2025-09-09T02:45:00.000Z', 'minutes are kept');
  });

  test('a fixed zone gives every unit the same instant, whatever its own zone', () => {
    for (const unitZone of [WIB, WITA, WIT]) {
      assert.equal(at('2025-09-09T10:00', WIB, unitZone), '2025-09-09T03:00:00.000Z', unitZone);
      assert.equal(at('2025-09-09T10:00', WIT, unitZone), '2025-09-09T01:00:00.000Z', unitZone);
    }
  });

  test('early local hours fall on the previous UTC day, across month, year and leap day', () => {
    assert.equal(at('2025-09-10T00:00', 'unit', WIB), '2025-09-09T17:00:00.000Z');
    assert.equal(at('2025-09-10T05:30', 'unit', WIT), '2025-09-09T20:30:00.000Z');
    assert.equal(at('2025-10-01T07:59', 'unit', WITA), '2025-09-30T23:59:00.000Z');
    assert.equal(at('2026-01-01T06:00', 'unit', WIT), '2025-12-31T21:00:00.000Z');
    assert.equal(at('2024-03-01T06:00', 'unit', WIB), '2024-02-29T23:00:00.000Z');
    assert.equal(at('2025-09-09T23:59', 'unit', WIB), '2025-09-09T16:59:00.000Z', 'late evening stays on the day');
  });
});

describe('due times and overdue through the API', () => {
  // Sessions live for hours, so the story starts on the due day itself.
  let now = new Date('2025-09-08T22:00:00Z');
  let t: TestApp;
  let dirjen: Client;
  let kanwil: Client;
  let operator: Client;
  const LPP = 'Lapas Perempuan Kelas IIA Tangerang';
  const KEROBOKAN = 'Lapas Kelas IIA Kerobokan';
  const ABEPURA = 'Lapas Kelas IIA Abepura';
  const zoneOfKanwil = (code: string) => SEED_KANWIL.find((k) => k.code === code)?.timezone;

  before(async () => {
    t = await buildTestApp({ clock: () => now });
    [dirjen, kanwil, operator] = await Promise.all([t.as('dirjen'), t.as('kanwil.banten'), t.as('operator.lpp.tangerang')]);
  });
  after(async () => t.close());

  async function threeZones(overrides: Record<string, unknown> = {}) {
    const units = await Promise.all([unitByName(t, LPP), unitByName(t, KEROBOKAN), unitByName(t, ABEPURA)]);
    assert.deepEqual(
      units.map((u) => u.timezone),
      [zoneOfKanwil('BANTEN'), zoneOfKanwil('BALI'), zoneOfKanwil('PAPUA')],
    );
    assert.deepEqual(units.map((u) => u.timezone), [WIB, WITA, WIT], 'the seed puts them in three zones');
    return issueDirective(dirjen, { target: { mode: 'list', unitIds: units.map((u) => u.id) }, ...overrides });
  }

  test('"10.00, each unit\'s own zone" is 03:00Z in Banten, 02:00Z in Bali, 01:00Z in Papua', async () => {
    const directive = await threeZones();
    const page = await assignmentsOf(dirjen, `directiveId=${directive.id}`);
    const due = (name: string, role: 'follow_up' | 'verify' = 'follow_up') => {
      const a = assignmentAt(page, name, role);
      return `${a.unitTimezone} ${a.dueAt}`;
    };
    assert.equal(due(LPP), `${WIB} 2025-09-09T03:00:00.000Z`);
    assert.equal(due(KEROBOKAN), `${WITA} 2025-09-09T02:00:00.000Z`);
    assert.equal(due(ABEPURA), `${WIT} 2025-09-09T01:00:00.000Z`);
    assert.equal(page.items.filter((a) => a.role === 'verify').length, 3, 'each Kanwil verifies in its own zone too');
    assert.equal(due('Kantor Wilayah Direktorat Jenderal Pemasyarakatan Papua', 'verify'), `${WIT} 2025-09-09T01:00:00.000Z`);
    assert.deepEqual(
      page.items.map((a) => a.dueAt),
      [...page.items.map((a) => a.dueAt)].sort(),
      'listed by due time',
    );
  });

  test('"10.00 WIB" for everyone is one instant', async () => {
    const directive = await threeZones({ due: { local: '2025-09-09T10:00', zone: WIB } });
    const page = await assignmentsOf(dirjen, `directiveId=${directive.id}`);
    assert.deepEqual([...new Set(page.items.map((a) => a.dueAt))], ['2025-09-09T03:00:00.000Z']);
  });

  test('a unit further east is overdue earlier in UTC; the list and the roll-up agree', async () => {
    const directive = await threeZones({ due: { local: '2025-09-09T10:00', zone: 'unit' } });
    const reportedLater = await issueDirective(dirjen, {
      target: { mode: 'list', unitIds: [(await unitByName(t, LPP)).id] },
      title: 'Laporan yang dikirim tepat waktu',
    });
    const overdueNames = async (by: Client, id: string) => {
      const page = await assignmentsOf(by, `directiveId=${id}&overdue=true`);
      return page.items.map((a) => a.unitName).sort();
    };
    const flags = async (id: string) => {
      const page: AssignmentPage = await assignmentsOf(dirjen, `directiveId=${id}&role=follow_up`);
      return Object.fromEntries(page.items.map((a) => [a.unitName, a.overdue]));
    };

    now = new Date('2025-09-09T00:59:59Z');
    assert.deepEqual(await overdueNames(dirjen, directive.id), []);
    assert.deepEqual(await flags(directive.id), { [LPP]: false, [KEROBOKAN]: false, [ABEPURA]: false });

    now = new Date('2025-09-09T01:30:00Z');
    assert.deepEqual(await flags(directive.id), { [LPP]: false, [KEROBOKAN]: false, [ABEPURA]: true });
    assert.deepEqual(await overdueNames(dirjen, directive.id), [ABEPURA]);

    now = new Date('2025-09-09T02:30:00Z');
    assert.deepEqual(await overdueNames(dirjen, directive.id), [ABEPURA, KEROBOKAN].sort());
    const notOverdue = await assignmentsOf(dirjen, `directiveId=${directive.id}&role=follow_up&overdue=false`);
    assert.deepEqual(notOverdue.items.map((a) => a.unitName), [LPP], 'overdue=false lists the others');
    let rollup = await rollupOf(dirjen, directive.id);
    assert.equal(rollup.national.overdue, 2);
    assert.deepEqual(
      Object.fromEntries(rollup.kanwil.map((k) => [k.unitName.replace(/.* Pemasyarakatan /, ''), k.overdue])),
      { Banten: 0, Bali: 1, Papua: 1 },
    );

    // Reported before its own due time: never overdue.
    const mine = (await assignmentsOf(operator, `directiveId=${reportedLater.id}`)).items[0];
    assert.ok(mine);
    await submitOk(operator, mine.id, { seedlings: 300 });

    now = new Date('2025-09-09T03:00:00Z');
    assert.deepEqual(await overdueNames(dirjen, directive.id), [ABEPURA, KEROBOKAN].sort(), 'due is not yet overdue');
    assert.equal((await flags(directive.id))[LPP], false, 'due is not yet overdue');
    assert.equal((await rollupOf(dirjen, directive.id)).national.overdue, 2);

    now = new Date('2025-09-09T03:00:01Z');
    assert.deepEqual(await overdueNames(dirjen, directive.id), [ABEPURA, KEROBOKAN, LPP].sort());
    assert.deepEqual(await overdueNames(kanwil, directive.id), [LPP], 'a Kanwil sees its own overdue units only');
    assert.deepEqual(await flags(reportedLater.id), { [LPP]: false });
    assert.equal((await assignmentsOf(dirjen, `directiveId=${reportedLater.id}&overdue=true`)).total, 0);
    rollup = await rollupOf(dirjen, directive.id);
    assert.equal(rollup.national.overdue, 3);
    assert.equal((await rollupOf(dirjen, reportedLater.id)).national.overdue, 0);

    const single = await operator.get(`${API}/assignments/${assignmentAt(await assignmentsOf(operator, `directiveId=${directive.id}`), LPP).id}`);
    assert.equal((single.json() as { overdue: boolean }).overdue, true, 'the single assignment says so too');
  });
});
