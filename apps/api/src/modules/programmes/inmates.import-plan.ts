import {
  INMATE_CATEGORIES,
  INMATE_IMPORT_COLUMNS,
  INMATE_SEXES,
  INMATE_STATUSES,
  type InmateCategory,
  type InmateImportChange,
  type InmateImportRowError,
  type InmateSex,
  type InmateStatus,
} from '@selaras/contracts';
import type { SheetRow } from '../org-units/index.js';
import type { InmateRow } from './inmates.queries.js';
import { checkFacts } from './inmates.rules.js';

/** The values one import row carries, checked. */
export type ImportValues = {
  registrationNumber: string;
  name: string;
  sex: InmateSex;
  birthYear: number;
  category: InmateCategory;
  status: InmateStatus;
  entryDate: string;
  exitDate: string | null;
};

export type ImportOp = { action: 'create'; values: ImportValues } | { action: 'update'; id: string; values: Partial<ImportValues> };

export type ImportPlan = {
  summary: { create: number; update: number; unchanged: number };
  changes: InmateImportChange[];
  errors: InmateImportRowError[];
  ops: ImportOp[];
};

const FIELD_OF_COLUMN: Record<string, keyof ImportValues> = {
  registration_number: 'registrationNumber',
  name: 'name',
  sex: 'sex',
  birth_year: 'birthYear',
  category: 'category',
  status: 'status',
  entry_date: 'entryDate',
  exit_date: 'exitDate',
};
const COLUMN_OF_FIELD = Object.fromEntries(Object.entries(FIELD_OF_COLUMN).map(([c, f]) => [f, c])) as Record<keyof ImportValues, string>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function oneOf<T extends string>(options: readonly T[], text: string): T | null {
  return (options as readonly string[]).includes(text) ? (text as T) : null;
}

/** Reads and checks one row; returns its values or the problems, each naming the column. */
export function readRow(row: SheetRow, today: string): { values: ImportValues | null; errors: InmateImportRowError[] } {
  const v = row.values;
  const errors: InmateImportRowError[] = [];
  const fail = (column: string, message: string) => errors.push({ row: row.row, field: column, message });
  const registrationNumber = (v.registration_number ?? '').trim();
  if (!registrationNumber) fail('registration_number', 'nomor registrasi wajib diisi');
  else if (registrationNumber.length > 40) fail('registration_number', 'nomor registrasi paling banyak 40 karakter');
  const name = (v.name ?? '').trim();
  if (name.length < 2 || name.length > 200) fail('name', 'nama wajib diisi (2–200 karakter)');
  const sex = oneOf(INMATE_SEXES, (v.sex ?? '').trim().toUpperCase());
  if (!sex) fail('sex', 'jenis kelamin harus L atau P');
  const birthText = (v.birth_year ?? '').trim();
  const birthYear = /^\d{4}$/.test(birthText) ? Number(birthText) : null;
  if (birthYear === null) fail('birth_year', 'tahun lahir harus empat angka, misalnya 1990');
  const category = oneOf(INMATE_CATEGORIES, (v.category ?? '').trim().toLowerCase());
  if (!category) fail('category', 'kategori harus narapidana, tahanan, atau anak');
  const status = oneOf(INMATE_STATUSES, (v.status ?? '').trim().toLowerCase() || 'aktif');
  if (!status) fail('status', 'status harus aktif, bebas, atau pindah');
  const entryDate = (v.entry_date ?? '').trim();
  if (!validDate(entryDate)) fail('entry_date', 'tanggal masuk harus tanggal yang sah berformat TTTT-BB-HH');
  const exitText = (v.exit_date ?? '').trim();
  if (exitText && !validDate(exitText)) fail('exit_date', 'tanggal keluar harus tanggal yang sah berformat TTTT-BB-HH');
  if (errors.length > 0 || !sex || birthYear === null || !category || !status) return { values: null, errors };
  const values: ImportValues = { registrationNumber, name, sex, birthYear, category, status, entryDate, exitDate: exitText || null };
  for (const issue of checkFacts(values, today)) fail(COLUMN_OF_FIELD[issue.field], issue.message);
  return errors.length > 0 ? { values: null, errors } : { values, errors };
}

function diff(existing: InmateRow, values: ImportValues) {
  const changed: Partial<ImportValues> = {};
  const listed: InmateImportChange['changes'] = [];
  for (const field of Object.keys(values) as (keyof ImportValues)[]) {
    const from = existing[field];
    const to = values[field];
    if (from === to) continue;
    Object.assign(changed, { [field]: to });
    // A changed name is listed, never its values: previews leave the browser and land in logs.
    listed.push(field === 'name' ? { field, from: null, to: null } : { field, from: from === null ? null : String(from), to: to === null ? null : String(to) });
  }
  return { changed, listed };
}

/** Plans an import into one unit's register: create or update by registration number; nothing is written. */
export function planInmateImport(rows: SheetRow[], existing: InmateRow[], today: string): ImportPlan {
  const plan: ImportPlan = { summary: { create: 0, update: 0, unchanged: 0 }, changes: [], errors: [], ops: [] };
  const header = new Set(Object.keys(rows[0]?.values ?? {}));
  const missing = INMATE_IMPORT_COLUMNS.filter((c) => c !== 'exit_date' && !header.has(c));
  if (missing.length > 0) {
    plan.errors.push({ row: 1, field: null, message: `kolom wajib tidak ada: ${missing.join(', ')}` });
    return plan;
  }
  const byNumber = new Map(existing.map((r) => [r.registrationNumber, r]));
  const seen = new Map<string, number>();
  for (const row of rows) {
    const { values, errors } = readRow(row, today);
    plan.errors.push(...errors);
    if (!values) continue;
    const earlier = seen.get(values.registrationNumber);
    if (earlier !== undefined) {
      plan.errors.push({ row: row.row, field: 'registration_number', message: `nomor registrasi sudah ada di baris ${earlier}` });
      continue;
    }
    seen.set(values.registrationNumber, row.row);
    const current = byNumber.get(values.registrationNumber);
    if (!current) {
      plan.summary.create += 1;
      plan.ops.push({ action: 'create', values });
      plan.changes.push({ row: row.row, action: 'create', registrationNumber: values.registrationNumber, pseudonym: null, changes: [] });
      continue;
    }
    const { changed, listed } = diff(current, values);
    const action = listed.length > 0 ? 'update' : 'unchanged';
    plan.summary[action] += 1;
    if (action === 'update') plan.ops.push({ action, id: current.id, values: changed });
    plan.changes.push({ row: row.row, action, registrationNumber: values.registrationNumber, pseudonym: current.pseudonym, changes: listed });
  }
  return plan;
}
