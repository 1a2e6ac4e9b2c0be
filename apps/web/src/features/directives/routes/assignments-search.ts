import { z } from 'zod';
import { AssignmentStatusSchema } from '@selaras/contracts';

export const AssignmentsSearchSchema = z.object({
  status: AssignmentStatusSchema.optional().catch(undefined),
  overdue: z.boolean().optional().catch(undefined),
  role: z.enum(['follow_up', 'verify']).optional().catch(undefined),
  directiveId: z.uuid().optional().catch(undefined),
  /** "Belum melapor" or the requests queue instead of the whole list. */
  view: z.enum(['pending', 'requests']).optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type AssignmentsSearch = z.infer<typeof AssignmentsSearchSchema>;

export const ASSIGNMENTS_PAGE_SIZE = 25;
