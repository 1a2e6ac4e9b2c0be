import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttendanceRow } from '@selaras/contracts';
import { differs, markAllPresent, marksFromServer, needsReason, setReason, setStatus, tally, toBody } from './attendance-draft';

const row = (inmateId: string, over: Partial<AttendanceRow> = {}): AttendanceRow => ({
  inmateId,
  pseudonym: `WB-${inmateId}`,
  registrationNumber: `BI.${inmateId}`,
  status: null,
  reasonCode: null,
  note: null,
  recordedAt: null,
  ...over,
});
const roster = [row('a'), row('b'), row('c', { status: 'sakit', reasonCode: 'rawat_rs', note: 'Opname' })];

test('mark all present, then exceptions: the tally and what is sent', () => {
  let marks = markAllPresent(roster, marksFromServer(roster));
  marks = setStatus(marks, 'b', 'izin');
  assert.equal(needsReason(marks.b), true);
  assert.deepEqual(tally(roster, marks), { hadir: 2, other: 1, unmarked: 0, missingReason: 1 });
  marks = setReason(marks, 'b', 'sidang');
  assert.deepEqual(toBody(roster, marks).entries, [
    { inmateId: 'a', status: 'hadir' },
    { inmateId: 'b', status: 'izin', reasonCode: 'sidang' },
    { inmateId: 'c', status: 'hadir', note: 'Opname' },
  ]);
});

test('a status with one reason takes it; a reason that no longer fits is dropped', () => {
  assert.deepEqual(setStatus({}, 'a', 'alpa').a, { status: 'alpa', reasonCode: 'tanpa_keterangan' });
  const sick = setStatus(setReason(setStatus({}, 'a', 'izin'), 'a', 'sidang'), 'a', 'sakit');
  assert.deepEqual(sick.a, { status: 'sakit', reasonCode: '' });
});

test('marks differ from the server only when a status or reason changed', () => {
  const server = marksFromServer(roster);
  assert.equal(differs(roster, server), false);
  assert.equal(differs(roster, setStatus(server, 'a', 'hadir')), true);
});
