import assert from 'node:assert/strict';
import type { AuditEvent, CreateInmateBody, Inmate, Unit } from '@selaras/contracts';
import type { Client, TestApp } from '../../test/app.js';

export const INMATES = '/api/v1/inmates';
/** 09.00 WIB on 10 March 2026: "today" for the unit's dates. */
export const NOW = new Date('2026-03-10T02:00:00Z');
export const TODAY = '2026-03-10';
export const LPP_TANGERANG = 'lapas-perempuan-kelas-iia-tangerang';

export async function unitIdByCode(admin: Client, code: string): Promise<string> {
  const page = (await admin.get(`/api/v1/units?q=${encodeURIComponent(code)}&limit=50`)).json() as { items: Unit[] };
  const unit = page.items.find((u) => u.code === code);
  assert.ok(unit, `unit ${code} in the seed`);
  return unit.id;
}

let serial = 0;
/** A valid registration body with a unique registration number. */
export function inmateBody(overrides: Partial<CreateInmateBody> = {}): Record<string, unknown> {
  serial += 1;
  return {
    registrationNumber: `BI.${String(serial).padStart(4, '0')}/2025`,
    name: `Siti Contoh ${serial}`,
    sex: 'P',
    birthYear: 1990,
    category: 'narapidana',
    entryDate: '2025-01-15',
    ...overrides,
  };
}

export async function registerInmate(client: Client, overrides: Partial<CreateInmateBody> = {}): Promise<Inmate> {
  const res = await client.post(INMATES, inmateBody(overrides));
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as Inmate;
}

export function form(content: string | Uint8Array, filename = 'register.csv'): FormData {
  const body = new FormData();
  body.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), filename);
  return body;
}

export function uploadRegister(client: Client, mode: 'preview' | 'apply', content: string | Uint8Array, extra = '', filename = 'register.csv') {
  return client.post(`${INMATES}/import?mode=${mode}${extra}`, form(content, filename));
}

export const IMPORT_HEADER = 'registration_number,name,sex,birth_year,category,status,entry_date,exit_date';

export async function auditEvents(t: TestApp, action: string): Promise<AuditEvent[]> {
  const admin = await t.as('admin');
  const res = await admin.get(`/api/v1/audit-events?action=${action}&limit=200`);
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { items: AuditEvent[] }).items;
}
