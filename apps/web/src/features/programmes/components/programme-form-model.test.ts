import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyProgramme, ProgrammeFormSchema, programmeServerFields, toCreateBody, type ProgrammeFormValues } from './programme-form-model.js';

const filled: ProgrammeFormValues = {
  ...emptyProgramme(),
  name: 'Pertanian hidroponik',
  category: 'agribisnis',
  partner: '  ',
  trainer: 'Pak Budi',
  place: 'Lahan SAE',
  capacity: '12',
  startDate: '2026-03-01',
  endDate: '2026-08-31',
  timetable: [
    { weekday: '2', start: '07:30', end: '09:00' },
    { weekday: '5', start: '07:30', end: '09:00' },
  ],
};

test('a filled form becomes a create body: numbers typed, blanks as null, no unitId for the own unit', () => {
  const body = toCreateBody(ProgrammeFormSchema.parse(filled));
  assert.equal(body.capacity, 12);
  assert.equal(body.partner, null);
  assert.equal(body.trainer, 'Pak Budi');
  assert.equal('unitId' in body, false);
  assert.deepEqual(body.timetable, [
    { weekday: 2, start: '07:30', end: '09:00' },
    { weekday: 5, start: '07:30', end: '09:00' },
  ]);
});

test('the form refuses an end date before the start, a slot ending before it starts and a capacity out of range', () => {
  const issues = (values: ProgrammeFormValues) => (ProgrammeFormSchema.safeParse(values).error?.issues ?? []).map((i) => i.path.join('.'));
  assert.deepEqual(issues({ ...filled, endDate: '2026-02-01' }), ['endDate']);
  assert.deepEqual(issues({ ...filled, timetable: [{ weekday: '1', start: '10:00', end: '09:00' }] }), ['timetable.0.end']);
  assert.deepEqual(issues({ ...filled, capacity: '0' }), ['capacity']);
  assert.deepEqual(issues({ ...filled, capacity: '1001' }), ['capacity']);
});

test('server errors on any slot of the timetable find their row', () => {
  const fields = programmeServerFields(2);
  assert.ok(fields.includes('timetable.1'));
  assert.ok(fields.includes('timetable.1.end'));
  assert.ok(!fields.includes('timetable.2'));
});
