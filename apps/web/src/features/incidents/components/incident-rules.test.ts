import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncidentCategory } from '@selaras/contracts';
import {
  categoriesForReport,
  editedCounters,
  formatCounters,
  fromLocalInput,
  nextStatuses,
  openFirst,
  toCountersBody,
  toLocalInput,
  typedCounters,
} from './incident-rules.js';

const ESCAPE_DEFS = [
  { key: 'kabur', label: 'Kabur', derived: false },
  { key: 'tertangkap', label: 'Tertangkap kembali', derived: false },
  { key: 'buron', label: 'Masih buron', derived: true },
];

test('the latest figures read as one line in the category order', () => {
  const line = formatCounters({ buron: 7, kabur: 12, tertangkap: 5 }, ESCAPE_DEFS);
  assert.equal(line, 'Kabur 12 · Tertangkap kembali 5 · Masih buron 7');
});

test('figures not yet given are left out, none at all gives an empty line', () => {
  assert.equal(formatCounters({ kabur: 3 }, ESCAPE_DEFS), 'Kabur 3');
  assert.equal(formatCounters({}, ESCAPE_DEFS), '');
  assert.equal(
    formatCounters({ kabur: 1200 }, ESCAPE_DEFS, (n) => n.toLocaleString('id-ID')),
    'Kabur 1.200',
  );
});

test('next statuses follow the flow forward and never offer closing', () => {
  assert.deepEqual(nextStatuses('dilaporkan'), ['ditangani', 'terkendali', 'pulih']);
  assert.deepEqual(nextStatuses('ditangani'), ['terkendali', 'pulih']);
  assert.deepEqual(nextStatuses('terkendali'), ['pulih']);
  assert.deepEqual(nextStatuses('pulih'), []);
  assert.deepEqual(nextStatuses('ditutup'), []);
});

test('only counters a person types are offered on forms', () => {
  const catalogue = [
    { key: 'kabur', label: 'Kabur', labelEn: 'Escaped' },
    { key: 'buron', label: 'Masih buron', labelEn: 'At large', derived: { from: 'kabur', subtract: ['tertangkap'] } },
  ];
  assert.deepEqual(
    typedCounters(catalogue).map((d) => d.key),
    ['kabur'],
  );
});

test('the board shows open incidents first, newest first within each group', () => {
  const items = [
    { id: 'a', status: 'ditutup' as const, occurredAt: '2026-03-05T10:00:00Z' },
    { id: 'b', status: 'ditangani' as const, occurredAt: '2026-03-01T10:00:00Z' },
    { id: 'c', status: 'dilaporkan' as const, occurredAt: '2026-03-04T10:00:00Z' },
  ];
  assert.deepEqual(
    openFirst(items).map((i) => i.id),
    ['c', 'b', 'a'],
  );
});

test('the report form offers serious categories first and hides inactive ones', () => {
  const base = { nameEn: '', counters: [], id: '00000000-0000-4000-8000-000000000000' };
  const categories: IncidentCategory[] = [
    { ...base, code: 'perkelahian', name: 'Perkelahian', serious: false, active: true, sortOrder: 5 },
    { ...base, code: 'kebakaran', name: 'Kebakaran', serious: true, active: true, sortOrder: 3 },
    { ...base, code: 'lama', name: 'Lama', serious: true, active: false, sortOrder: 1 },
    { ...base, code: 'pelarian', name: 'Pelarian', serious: true, active: true, sortOrder: 1 },
  ];
  assert.deepEqual(
    categoriesForReport(categories).map((c) => c.code),
    ['pelarian', 'kebakaran', 'perkelahian'],
  );
});

test('a datetime-local value is read on the unit clock, with its fixed offset', () => {
  const instant = new Date('2026-03-05T00:15:00Z');
  assert.equal(toLocalInput(instant, 'Asia/Jakarta'), '2026-03-05T07:15');
  assert.equal(toLocalInput(instant, 'Asia/Jayapura'), '2026-03-05T09:15');
  assert.equal(fromLocalInput('2026-03-05T08:15', 'Asia/Makassar'), '2026-03-05T08:15:00+08:00');
  assert.equal(
    new Date(fromLocalInput('2026-03-05T08:15', 'Asia/Makassar') ?? '').toISOString(),
    '2026-03-05T00:15:00.000Z',
  );
  assert.equal(fromLocalInput('', 'Asia/Jakarta'), null);
  assert.equal(fromLocalInput('2026-13-45T99:99', 'Asia/Jakarta'), null);
});

test('counter fields become a body: empty ones are left out, and an update sends only changes', () => {
  assert.deepEqual(toCountersBody({ kabur: '12', tertangkap: '', luka: ' 0 ' }), { kabur: 12, luka: 0 });
  assert.equal(toCountersBody({ kabur: '' }), undefined);
});

test('an update sends only the figures the person changed, never an older figure left on screen', () => {
  // The form showed kabur 12, tertangkap 5; the person typed tertangkap 6 and left kabur alone.
  assert.deepEqual(editedCounters({ kabur: '12', tertangkap: '6' }, { kabur: '12', tertangkap: '5' }), {
    tertangkap: 6,
  });
  assert.equal(editedCounters({ kabur: '12' }, { kabur: '12' }), undefined);
  // A figure cleared by the person is not a figure: nothing is sent for it.
  assert.equal(editedCounters({ kabur: '' }, { kabur: '12' }), undefined);
  // A first figure typed where there was none is sent.
  assert.deepEqual(editedCounters({ luka: '2' }, { luka: '' }), { luka: 2 });
});
