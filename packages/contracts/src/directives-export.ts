import { z } from 'zod';
import { ListAssignmentsQuerySchema } from './directives.js';

/** The assignment list's filters, without paging: the export takes every row up to its cap. */
export const ExportAssignmentsQuerySchema = ListAssignmentsQuerySchema.omit({ limit: true, offset: true })
  .extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') })
  .strict();
export type ExportAssignmentsQuery = z.infer<typeof ExportAssignmentsQuerySchema>;

/** The most rows one export carries; narrow the filters (one directive, a status) for more. */
export const EXPORT_MAX_ROWS = 10_000;
