import { z } from 'zod';
import type { UnitImportResult } from '@selaras/contracts';
import { TimeZoneSchema, UnitClassSchema, UnitVariantSchema, UptTypeSchema } from '@selaras/contracts';
import type { SheetRow } from './org-units.file.js';
import type { NewUnitRow, UnitRow } from './org-units.queries.js';

export const MAX_IMPORT_ROWS = 5000;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const upper = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const optionalNumber = (min: number, max: number, int = false) =>
  optional(z.coerce.number({ error: 'harus berupa angka' }).min(min).max(max).refine((n) => !int || Number.isInteger(n), 'harus bilangan bulat'));

/** One row of a units file; blank cells leave the stored value as it is (merge). */
const ImportRowSchema = z.object({
  code: optional(z.string().trim().toLowerCase().regex(/^[a-z0-9-]{3,80}$/, 'hanya huruf kecil, angka dan tanda hubung')),
  name: z.preprocess(blankToUndefined, z.string({ error: 'wajib diisi' }).trim().min(3).max(200)),
  type: z.preprocess((v) => upper(blankToUndefined(v)), UptTypeSchema),
  variant: z.preprocess((v) => upper(blankToUndefined(v)), UnitVariantSchema.optional()),
  class: z.preprocess((v) => upper(blankToUndefined(v)), UnitClassSchema.optional()),
  kanwil: z.preprocess((v) => upper(blankToUndefined(v)), z.string({ error: 'wajib diisi (kode Kanwil)' }).min(2).max(20)),
  city: optional(z.string().trim().max(120)),
  province: optional(z.string().trim().max(120)),
  timezone: optional(TimeZoneSchema),
  lat: optionalNumber(-11.5, 6.5),
  lng: optionalNumber(94, 141.5),
  capacity: optionalNumber(0, 100_000, true),
  occupants: optionalNumber(0, 100_000, true),
  figures_as_of: optional(z.string().trim().regex(/^\d{4}(-\d{2}){0,2}$/, 'format YYYY, YYYY-MM atau YYYY-MM-DD')),
  provenance: optional(z.string().trim().max(200)),
});
type ImportRow = z.infer<typeof ImportRowSchema>;

export function codeFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export type PlannedOp =
  | { action: 'create'; row: number; values: NewUnitRow }
  | { action: 'update'; row: number; id: string; values: Partial<NewUnitRow>; classChanged: boolean };

export type ImportPlan = Omit<UnitImportResult, 'checksum' | 'applied'> & { ops: PlannedOp[] };

const COMPARED_FIELDS = [
  'name', 'type', 'variant', 'class', 'city', 'province', 'timezone', 'lat', 'lng',
  'capacity', 'occupants', 'figuresAsOf', 'provenance', 'parentId',
] as const;

function show(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

/** Decides, row by row, what a units file would create or change; nothing is written here. */
export function planUnitImport(
  rows: SheetRow[],
  existing: UnitRow[],
  canUseKanwil: (kanwil: UnitRow) => boolean,
): ImportPlan {
  const plan: ImportPlan = { summary: { create: 0, update: 0, unchanged: 0 }, changes: [], errors: [], ops: [] };
  if (rows.length > MAX_IMPORT_ROWS) {
    plan.errors.push({ row: 0, field: null, message: `Maksimal ${MAX_IMPORT_ROWS} baris per berkas.` });
    return plan;
  }
  const byCode = new Map(existing.map((u) => [u.code, u]));
  const kanwils = new Map(existing.filter((u) => u.kind === 'kanwil').map((u) => [u.code.toUpperCase(), u]));
  const kanwilsById = new Map([...kanwils.values()].map((u) => [u.id, u]));
  const seen = new Map<string, number>();

  for (const { row, values: cells } of rows) {
    const parsed = ImportRowSchema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        plan.errors.push({ row, field: issue.path.join('.') || null, message: issue.message });
      }
      continue;
    }
    const r: ImportRow = parsed.data;
    const code = r.code ?? codeFromName(r.name);
    if (code.length < 3) {
      plan.errors.push({ row, field: 'code', message: 'Kode tidak dapat dibentuk dari nama; isi kolom code.' });
      continue;
    }
    const firstRow = seen.get(code);
    if (firstRow) {
      plan.errors.push({ row, field: 'code', message: `Unit "${code}" sudah ada di baris ${firstRow} berkas ini.` });
      continue;
    }
    seen.set(code, row);
    const kanwil = kanwils.get(r.kanwil);
    if (!kanwil) {
      plan.errors.push({ row, field: 'kanwil', message: `Kanwil "${r.kanwil}" tidak dikenal.` });
      continue;
    }
    if (!canUseKanwil(kanwil)) {
      plan.errors.push({ row, field: 'kanwil', message: `Kanwil "${r.kanwil}" di luar wilayah kewenangan Anda.` });
      continue;
    }
    const current = byCode.get(code);
    if (current && current.kind !== 'upt') {
      plan.errors.push({ row, field: 'code', message: `Kode "${code}" dipakai oleh unit yang bukan UPT.` });
      continue;
    }
    // A unit under a Kanwil outside the importer's scope stays untouched, even when the row names an own Kanwil.
    const currentKanwil = current?.kanwilId ? kanwilsById.get(current.kanwilId) : undefined;
    if (currentKanwil && !canUseKanwil(currentKanwil)) {
      plan.errors.push({ row, field: 'code', message: `Unit "${code}" berada di luar wilayah kewenangan Anda.` });
      continue;
    }
    const wanted: Partial<NewUnitRow> = {
      name: r.name,
      type: r.type,
      variant: r.variant ?? (current ? undefined : 'UMUM'),
      class: r.class,
      city: r.city,
      province: r.province ?? (current ? undefined : singleProvince(kanwil)),
      timezone: r.timezone ?? (current ? undefined : kanwil.timezone),
      lat: r.lat,
      lng: r.lng,
      capacity: r.capacity,
      occupants: r.occupants,
      figuresAsOf: r.figures_as_of,
      provenance: r.provenance,
      parentId: kanwil.id,
    };
    if (!current) {
      const values = { ...stripUndefined(wanted), code, kind: 'upt', kanwilId: kanwil.id, path: `${kanwil.path}${code}/` } as NewUnitRow;
      plan.ops.push({ action: 'create', row, values });
      plan.summary.create += 1;
      plan.changes.push({
        row, action: 'create', code, name: r.name,
        changes: COMPARED_FIELDS.filter((f) => wanted[f] !== undefined).map((f) => ({ field: f, from: null, to: show(wanted[f]) })),
      });
      continue;
    }
    const changes = COMPARED_FIELDS.filter((f) => wanted[f] !== undefined && show(wanted[f]) !== show(current[f]));
    if (changes.length === 0) {
      plan.summary.unchanged += 1;
      plan.changes.push({ row, action: 'unchanged', code, name: r.name, changes: [] });
      continue;
    }
    const values: Partial<NewUnitRow> = Object.fromEntries(changes.map((f) => [f, wanted[f]]));
    if (changes.includes('parentId')) Object.assign(values, { kanwilId: kanwil.id, path: `${kanwil.path}${code}/` });
    plan.ops.push({ action: 'update', row, id: current.id, values, classChanged: changes.includes('class') });
    plan.summary.update += 1;
    plan.changes.push({
      row, action: 'update', code, name: r.name,
      changes: changes.map((f) => ({ field: f, from: show(current[f]), to: show(wanted[f]) })),
    });
  }
  return plan;
}

function singleProvince(kanwil: UnitRow): string | undefined {
  return kanwil.province && !kanwil.province.includes(';') ? kanwil.province : undefined;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
