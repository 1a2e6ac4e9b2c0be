import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CounterDef } from '@selaras/contracts';
import {
  alertBody,
  alertTitle,
  countersLine,
  escalatedSummary,
  shortUnitName,
  type IncidentFacts,
} from './incidents.escalation.messages.js';

const ESCAPE_COUNTERS: CounterDef[] = [
  { key: 'kabur', label: 'Kabur', labelEn: 'Escaped' },
  { key: 'tertangkap', label: 'Tertangkap kembali', labelEn: 'Recaptured' },
  {
    key: 'buron',
    label: 'Masih buron',
    labelEn: 'Still at large',
    derived: { from: 'kabur', subtract: ['tertangkap'] },
  },
];

const escape: IncidentFacts = {
  number: 'KAMTIB-2026-000007',
  categoryName: 'Pelarian',
  severityName: 'Berat',
  unitName: 'Lapas Perempuan Kelas IIA Tangerang',
  unitTimezone: 'Asia/Jakarta',
  location: 'Blok C',
  occurredAt: new Date('2026-03-10T02:05:00Z'),
  counters: { kabur: 3, tertangkap: 1 },
  counterDefs: ESCAPE_COUNTERS,
};

describe('alert messages', () => {
  test('a Kanwil is named short; other units keep their names', () => {
    assert.equal(shortUnitName('Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten'), 'Kanwil Banten');
    assert.equal(shortUnitName('Direktorat Jenderal Pemasyarakatan'), 'Direktorat Jenderal Pemasyarakatan');
  });

  test('the latest figures include the derived ones', () => {
    assert.equal(
      countersLine(ESCAPE_COUNTERS, { kabur: 3, tertangkap: 1 }),
      'Kabur 3, Tertangkap kembali 1, Masih buron 2',
    );
    assert.equal(countersLine([], {}), '');
  });

  test('title and body: category, unit, severity, local time with zone, figures', () => {
    assert.equal(
      alertTitle(escape, { kind: 'policy' }),
      'Insiden kamtib: Pelarian di Lapas Perempuan Kelas IIA Tangerang',
    );
    assert.match(alertTitle(escape, { kind: 'repeat', ackWithinMinutes: 15 }), /^Diulang — Insiden kamtib: Pelarian/);
    const body = alertBody(escape, { kind: 'policy' });
    assert.match(
      body,
      /KAMTIB-2026-000007 — Pelarian, tingkat Berat, di Lapas Perempuan Kelas IIA Tangerang \(Blok C\)\./,
    );
    assert.match(body, /Waktu kejadian: 10 Mar 2026 09\.05 WIB\./);
    assert.match(body, /Angka terakhir: Kabur 3, Tertangkap kembali 1, Masih buron 2\./);
    const inPapua = alertBody({ ...escape, unitTimezone: 'Asia/Jayapura', counterDefs: [] }, { kind: 'policy' });
    assert.match(inPapua, /11\.05 WIT/);
    assert.doesNotMatch(inPapua, /Angka terakhir/);
  });

  test('an escalated alert says which unit did not acknowledge and in how long', () => {
    const body = alertBody(escape, {
      kind: 'escalation',
      fromUnitName: 'Lapas Perempuan Kelas IIA Tangerang',
      ackWithinMinutes: 15,
    });
    assert.match(
      body,
      /^Dinaikkan: peringatan kepada Lapas Perempuan Kelas IIA Tangerang belum dinyatakan diterima dalam 15 menit\./,
    );
  });

  test('the timeline line of an escalation', () => {
    const kanwil = 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten';
    assert.equal(
      escalatedSummary(15, { unitName: kanwil, alreadySent: false }),
      'Belum diterima dalam 15 menit: diulang dan dinaikkan ke Kanwil Banten',
    );
    assert.equal(
      escalatedSummary(15, { unitName: kanwil, alreadySent: true }),
      'Belum diterima dalam 15 menit: diulang; Kanwil Banten sudah menerima peringatan',
    );
    assert.equal(escalatedSummary(15, null), 'Belum diterima dalam 15 menit: diulang');
  });
});
