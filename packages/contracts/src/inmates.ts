import { z } from 'zod';
import { PageQuerySchema } from './paging.js';

/**
 * The minimal inmate register (warga binaan), under /api/v1/inmates:
 *   GET   /inmates                 the register of units in scope (programmes:read); names only with
 *                                  inmates:names and `names=true`, every such read audited
 *   GET   /inmates/:id             one inmate (same rule for the name)
 *   POST  /inmates                 register an inmate in a UPT in scope (inmates:manage)
 *   PATCH /inmates/:id             correct or move on (bebas/pindah needs an exit date)
 *   POST  /inmates/import          CSV or XLSX, `mode=preview|apply`, all-or-nothing and idempotent
 */

export const INMATE_SEXES = ['L', 'P'] as const;
export const INMATE_CATEGORIES = ['narapidana', 'tahanan', 'anak'] as const;
export const INMATE_STATUSES = ['aktif', 'bebas', 'pindah'] as const;
export const InmateSexSchema = z.enum(INMATE_SEXES);
export const InmateCategorySchema = z.enum(INMATE_CATEGORIES);
export const InmateStatusSchema = z.enum(INMATE_STATUSES);
export type InmateSex = z.infer<typeof InmateSexSchema>;
export type InmateCategory = z.infer<typeof InmateCategorySchema>;
export type InmateStatus = z.infer<typeof InmateStatusSchema>;

/** Statuses that end a stay: they need the day it ended. */
export const EXIT_STATUSES: readonly InmateStatus[] = ['bebas', 'pindah'];

const LocalDate = z.iso.date('tanggal harus berformat TTTT-BB-HH');
const RegistrationNumber = z
  .string()
  .trim()
  .min(1, 'nomor registrasi wajib diisi')
  .max(40, 'nomor registrasi paling banyak 40 karakter');
const Name = z.string().trim().min(2, 'nama paling sedikit 2 huruf').max(200, 'nama paling banyak 200 karakter');
/** The upper bound (the current year) is checked by the server against its clock. */
const BirthYear = z.coerce.number().int('tahun lahir harus bilangan bulat').min(1900, 'tahun lahir paling awal 1900');
const NamesFlag = z.enum(['true', 'false']).optional();

export const InmateSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  registrationNumber: z.string(),
  pseudonym: z.string(),
  /** Present only when the caller may see names and asked for them; otherwise null. */
  name: z.string().nullable(),
  sex: InmateSexSchema,
  birthYear: z.number().int(),
  category: InmateCategorySchema,
  status: InmateStatusSchema,
  entryDate: z.string(),
  exitDate: z.string().nullable(),
  abilities: z.object({ edit: z.boolean() }),
});
export type Inmate = z.infer<typeof InmateSchema>;

export const InmateListSchema = z.object({
  items: z.array(InmateSchema),
  total: z.number().int(),
  /** True when names were returned (and the read recorded in the audit log). */
  namesShown: z.boolean(),
  /** What the caller may do in this register. */
  abilities: z.object({ create: z.boolean(), import: z.boolean(), readNames: z.boolean() }),
});
export type InmateList = z.infer<typeof InmateListSchema>;

export const ListInmatesQuerySchema = PageQuerySchema.extend({
  unitId: z.uuid().optional(),
  status: InmateStatusSchema.optional(),
  category: InmateCategorySchema.optional(),
  sex: InmateSexSchema.optional(),
  q: z.string().trim().max(100).optional(),
  names: NamesFlag,
}).strict();
export type ListInmatesQuery = z.infer<typeof ListInmatesQuerySchema>;

export const GetInmateQuerySchema = z.object({ names: NamesFlag }).strict();
export type GetInmateQuery = z.infer<typeof GetInmateQuerySchema>;

function exitDateWhenLeaving(v: { status?: InmateStatus | undefined; exitDate?: string | null | undefined }, ctx: z.RefinementCtx) {
  if (v.status && EXIT_STATUSES.includes(v.status) && v.exitDate === null) {
    ctx.addIssue({ code: 'custom', path: ['exitDate'], message: 'tanggal keluar wajib diisi untuk status bebas atau pindah' });
  }
}

export const CreateInmateBodySchema = z
  .object({
    /** Defaults to the caller's own unit, which must then be a UPT. */
    unitId: z.uuid().optional(),
    registrationNumber: RegistrationNumber,
    name: Name,
    sex: InmateSexSchema,
    birthYear: BirthYear,
    category: InmateCategorySchema,
    status: InmateStatusSchema.default('aktif'),
    entryDate: LocalDate,
    exitDate: LocalDate.nullable().default(null),
  })
  .strict()
  .superRefine(exitDateWhenLeaving);
export type CreateInmateBody = z.infer<typeof CreateInmateBodySchema>;

export const UpdateInmateBodySchema = z
  .object({
    registrationNumber: RegistrationNumber.optional(),
    name: Name.optional(),
    sex: InmateSexSchema.optional(),
    birthYear: BirthYear.optional(),
    category: InmateCategorySchema.optional(),
    status: InmateStatusSchema.optional(),
    entryDate: LocalDate.optional(),
    exitDate: LocalDate.nullable().optional(),
  })
  .strict();
export type UpdateInmateBody = z.infer<typeof UpdateInmateBodySchema>;

export const ImportInmatesQuerySchema = z
  .object({
    mode: z.enum(['preview', 'apply']).default('preview'),
    /** A UPT in scope; defaults to the caller's own unit. */
    unitId: z.uuid().optional(),
  })
  .strict();
export type ImportInmatesQuery = z.infer<typeof ImportInmatesQuerySchema>;

/** Columns of an import file, header row first. */
export const INMATE_IMPORT_COLUMNS = [
  'registration_number',
  'name',
  'sex',
  'birth_year',
  'category',
  'status',
  'entry_date',
  'exit_date',
] as const;

export const InmateImportChangeSchema = z.object({
  row: z.number().int(),
  action: z.enum(['create', 'update', 'unchanged']),
  registrationNumber: z.string(),
  /** The existing record's pseudonym; null for a new one (generated on apply). */
  pseudonym: z.string().nullable(),
  /** Changed fields; a changed name is listed without its values. */
  changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
});
export type InmateImportChange = z.infer<typeof InmateImportChangeSchema>;

export const InmateImportRowErrorSchema = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  message: z.string(),
});
export type InmateImportRowError = z.infer<typeof InmateImportRowErrorSchema>;

export const InmateImportResultSchema = z.object({
  checksum: z.string(),
  applied: z.boolean(),
  unitId: z.uuid(),
  unitName: z.string(),
  summary: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int() }),
  changes: z.array(InmateImportChangeSchema),
  errors: z.array(InmateImportRowErrorSchema),
});
export type InmateImportResult = z.infer<typeof InmateImportResultSchema>;
