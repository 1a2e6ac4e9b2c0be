import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Inmate, InmateList } from '@selaras/contracts';
import { buildTestApp, signedIn, type Client, type TestApp } from '../../test/app.js';
import { PSEUDONYM_ALPHABET } from './inmates.rules.js';
import { INMATES, LPP_TANGERANG, NOW, auditEvents, inmateBody, registerInmate, unitIdByCode } from './inmates.test-kit.js';

let t: TestApp;
let as: (username: string) => Promise<Client>;
let officer: Client;
let lppId: string;

before(async () => {
  t = await buildTestApp({ clock: () => NOW });
  as = signedIn(t);
  officer = await as('pembinaan.lpp.tangerang');
  lppId = await unitIdByCode(await as('admin'), LPP_TANGERANG);
});
after(async () => t.close());

describe('registering and correcting inmates', () => {
  test('a programme officer registers an inmate in the own unit; the answer carries a pseudonym, not the name', async () => {
    const created = await registerInmate(officer, { registrationNumber: 'BI.CRUD/1', name: 'Rina Wulandari' });
    assert.equal(created.unitId, lppId);
    assert.equal(created.status, 'aktif');
    assert.equal(created.exitDate, null);
    assert.equal(created.name, null);
    assert.match(created.pseudonym, new RegExp(`^WB-[${PSEUDONYM_ALPHABET}]{6}$`));
    const read = (await officer.get(`${INMATES}/${created.id}`)).json() as Inmate;
    assert.equal(read.registrationNumber, 'BI.CRUD/1');
    assert.equal(read.name, null);
    assert.equal(read.abilities.edit, true);
    const events = await auditEvents(t, 'inmates.created');
    const event = events.find((e) => e.subjectId === created.id);
    assert.ok(event);
    assert.ok(!JSON.stringify(event.summary).includes('Rina'), 'no name in the audit summary');
  });

  test('pseudonyms are distinct across many inmates', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, () => registerInmate(officer)));
    assert.equal(new Set(made.map((m) => m.pseudonym)).size, made.length);
  });

  test('the registration number is unique per unit: 409 with an Indonesian message', async () => {
    await registerInmate(officer, { registrationNumber: 'BI.DUP/1' });
    const res = await officer.post(INMATES, inmateBody({ registrationNumber: 'BI.DUP/1' }));
    assert.equal(res.statusCode, 409);
    assert.match(String(res.headers['content-type']), /problem\+json/);
    assert.match(res.json().detail, /sudah dipakai/);
  });

  const BAD: [string, Record<string, unknown>, string][] = [
    ['birth year before 1900', { birthYear: 1899 }, 'birthYear'],
    ['birth year after this year', { birthYear: 2027 }, 'birthYear'],
    ['entry date in the future', { entryDate: '2026-03-11' }, 'entryDate'],
    ['released without exit date', { status: 'bebas' }, 'exitDate'],
    ['exit date before entry', { status: 'pindah', exitDate: '2024-12-01' }, 'exitDate'],
    ['exit date while active', { exitDate: '2026-01-01' }, 'exitDate'],
    ['sex not L/P', { sex: 'X' }, 'sex'],
    ['unknown category', { category: 'tamu' }, 'category'],
    ['not a date', { entryDate: '15-01-2025' }, 'entryDate'],
  ];
  for (const [label, patch, field] of BAD) {
    test(`refuses ${label} on ${field}, with an Indonesian message`, async () => {
      const res = await officer.post(INMATES, inmateBody(patch as never));
      // 400 when the shape is wrong, 422 when the rule needs today's date or other records.
      assert.ok([400, 422].includes(res.statusCode), res.body);
      const problem = res.json() as { errors?: { path: string; message: string }[] };
      assert.ok(problem.errors?.some((e) => e.path === `body.${field}`), JSON.stringify(problem.errors));
    });
  }

  test('a Kanwil-level caller must name a UPT; the Kanwil itself is refused', async () => {
    const dirjen = await as('dirjen');
    const noUnit = await dirjen.post(INMATES, inmateBody());
    assert.equal(noUnit.statusCode, 422);
    assert.equal(noUnit.json().code, 'inmates.unit_not_upt');
    const created = await dirjen.post(INMATES, inmateBody({ unitId: lppId }));
    assert.equal(created.statusCode, 201);
  });

  test('release sets the exit date; going back to aktif clears it; an unchanged PATCH writes nothing', async () => {
    const inmate = await registerInmate(officer);
    const missing = await officer.patch(`${INMATES}/${inmate.id}`, { status: 'bebas' });
    assert.equal(missing.statusCode, 422);
    assert.match(missing.json().errors[0].message, /tanggal keluar wajib/);
    const released = await officer.patch(`${INMATES}/${inmate.id}`, { status: 'bebas', exitDate: '2026-03-01' });
    assert.equal(released.statusCode, 200, released.body);
    assert.equal((released.json() as Inmate).exitDate, '2026-03-01');
    const future = await officer.patch(`${INMATES}/${inmate.id}`, { exitDate: '2026-04-01' });
    assert.equal(future.statusCode, 422);
    const back = (await officer.patch(`${INMATES}/${inmate.id}`, { status: 'aktif' })).json() as Inmate;
    assert.equal(back.status, 'aktif');
    assert.equal(back.exitDate, null);
    const before = (await auditEvents(t, 'inmates.updated')).filter((e) => e.subjectId === inmate.id).length;
    assert.equal(before, 2);
    assert.equal((await officer.patch(`${INMATES}/${inmate.id}`, { status: 'aktif' })).statusCode, 200);
    assert.equal((await auditEvents(t, 'inmates.updated')).filter((e) => e.subjectId === inmate.id).length, before);
  });

  test('renumbering onto a number in use is a 409 and leaves the record', async () => {
    const a = await registerInmate(officer);
    const b = await registerInmate(officer);
    const res = await officer.patch(`${INMATES}/${b.id}`, { registrationNumber: a.registrationNumber });
    assert.equal(res.statusCode, 409);
    assert.equal(((await officer.get(`${INMATES}/${b.id}`)).json() as Inmate).registrationNumber, b.registrationNumber);
  });
});

describe('the register and its filters', () => {
  test('filters by status, category and sex; q matches registration number and pseudonym, not the name', async () => {
    const child = await registerInmate(officer, { registrationNumber: 'BI.FLT/ANAK', category: 'anak', birthYear: 2010, name: 'Zahra Filterina' });
    const list = async (qs: string) => (await officer.get(`${INMATES}?${qs}&limit=500`)).json() as InmateList;
    assert.ok((await list('category=anak')).items.every((i) => i.category === 'anak'));
    assert.ok((await list('category=anak')).items.some((i) => i.id === child.id));
    assert.ok(!(await list('category=tahanan')).items.some((i) => i.id === child.id));
    assert.deepEqual((await list('q=FLT%2FANAK')).items.map((i) => i.id), [child.id]);
    assert.deepEqual((await list(`q=${child.pseudonym}`)).items.map((i) => i.id), [child.id]);
    assert.equal((await list('q=Filterina')).total, 0, 'names are not searched without names=true');
    assert.deepEqual((await list('q=Filterina&names=true')).items.map((i) => i.name), ['Zahra Filterina']);
    assert.ok((await list('status=bebas')).items.every((i) => i.status === 'bebas'));
    assert.ok((await list('sex=L')).items.every((i) => i.sex === 'L'));
  });
});

describe('names', () => {
  test('hidden without names=true, and for a role without inmates:names asking for them (403, nothing audited)', async () => {
    const inmate = await registerInmate(officer, { name: 'Dewi Rahasia' });
    const plain = (await officer.get(`${INMATES}?limit=500`)).json() as InmateList;
    assert.equal(plain.namesShown, false);
    assert.ok(plain.items.every((i) => i.name === null));
    assert.ok(!JSON.stringify(plain).includes('Dewi Rahasia'));
    const before = (await auditEvents(t, 'inmates.names_read')).length;
    const kanwil = await as('kanwil.banten');
    const refused = await kanwil.get(`${INMATES}?names=true`);
    assert.equal(refused.statusCode, 403);
    assert.ok(!refused.body.includes('Dewi Rahasia'));
    assert.equal((await kanwil.get(`${INMATES}/${inmate.id}?names=true`)).statusCode, 403);
    const kanwilRead = (await kanwil.get(`${INMATES}/${inmate.id}`)).json() as Inmate;
    assert.equal(kanwilRead.name, null);
    assert.equal((await auditEvents(t, 'inmates.names_read')).length, before);
  });

  test('shown with inmates:names and names=true; the list is audited once with the count, one record against the inmate', async () => {
    const inmate = await registerInmate(officer, { name: 'Maya Terbaca' });
    const before = (await auditEvents(t, 'inmates.names_read')).length;
    const list = (await officer.get(`${INMATES}?names=true&unitId=${lppId}&limit=500`)).json() as InmateList;
    assert.equal(list.namesShown, true);
    assert.ok(list.items.some((i) => i.name === 'Maya Terbaca'));
    const afterList = await auditEvents(t, 'inmates.names_read');
    assert.equal(afterList.length, before + 1);
    const listEvent = afterList[0];
    assert.ok(listEvent);
    assert.equal(listEvent.subjectType, 'unit');
    assert.equal(listEvent.unitId, lppId);
    assert.equal(listEvent.summary.names, list.items.length);
    assert.ok(!JSON.stringify(listEvent.summary).includes('Maya'));

    const one = (await officer.get(`${INMATES}/${inmate.id}?names=true`)).json() as Inmate;
    assert.equal(one.name, 'Maya Terbaca');
    const afterOne = await auditEvents(t, 'inmates.names_read');
    assert.equal(afterOne.length, before + 2);
    const oneEvent = afterOne.find((e) => e.subjectId === inmate.id);
    assert.ok(oneEvent);
    assert.equal(oneEvent.subjectType, 'inmate');
    assert.equal(oneEvent.summary.names, 1);
  });
});
