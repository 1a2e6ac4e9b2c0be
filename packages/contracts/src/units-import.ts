import { z } from 'zod';

export const UnitImportRowErrorSchema = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  message: z.string(),
});

export const UnitImportChangeSchema = z.object({
  row: z.number().int(),
  action: z.enum(['create', 'update', 'unchanged']),
  code: z.string(),
  name: z.string(),
  changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
});

export const UnitImportResultSchema = z.object({
  checksum: z.string(),
  applied: z.boolean(),
  summary: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int() }),
  changes: z.array(UnitImportChangeSchema),
  errors: z.array(UnitImportRowErrorSchema),
});
export type UnitImportResult = z.infer<typeof UnitImportResultSchema>;
