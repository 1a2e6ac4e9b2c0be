import { z } from 'zod';
import { AuditActionSchema } from '@selaras/contracts';

export const AuditSearchSchema = z.object({
  action: AuditActionSchema.optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type AuditSearch = z.infer<typeof AuditSearchSchema>;

export const AUDIT_PAGE_SIZE = 50;
