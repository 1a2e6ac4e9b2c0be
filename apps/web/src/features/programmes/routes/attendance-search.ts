import { z } from 'zod';
import { SessionDateSchema, SessionStartSchema } from '@selaras/contracts';

/** The week shown (its Monday) and the session chosen, in the unit's local dates. */
export const AttendanceSearchSchema = z.object({
  minggu: SessionDateSchema.optional().catch(undefined),
  tanggal: SessionDateSchema.optional().catch(undefined),
  mulai: SessionStartSchema.optional().catch(undefined),
});
export type AttendanceSearch = z.infer<typeof AttendanceSearchSchema>;
