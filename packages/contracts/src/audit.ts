import { z } from 'zod';
import { PageQuerySchema, pageOf } from './paging.js';

export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.logout_all',
  'auth.password_changed',
  'auth.position_switched',
  'auth.token_created',
  'auth.token_revoked',
  'units.imported',
  'users.created',
  'users.updated',
  'users.position_added',
  'users.position_removed',
  'users.password_reset',
  'directives.created',
  'directives.issued',
  'directives.report_submitted',
  'directives.report_verified',
  'directives.report_returned',
  'directives.draft_updated',
  'directives.amended',
  'files.uploaded',
  'meetings.created',
  'meetings.checked_in',
  'meetings.attendance_recorded',
  'meetings.minutes_saved',
  'meetings.decision_directive_created',
  'campaigns.created',
  'campaigns.updated',
  'campaigns.allocated',
  'campaigns.site_registered',
  'campaigns.site_updated',
  'campaigns.site_removed',
  'campaigns.site_results_saved',
  'campaigns.photo_attached',
  'campaigns.photo_updated',
  'campaigns.photo_removed',
  'campaigns.readiness_saved',
  'campaigns.checked_in',
  'campaigns.site_checked',
  'directives.request_created',
  'directives.request_approved',
  'directives.request_rejected',
  'directives.draft_saved',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEventSchema = z.object({
  id: z.uuid(),
  at: z.string(),
  action: AuditActionSchema,
  actorName: z.string().nullable(),
  positionTitle: z.string().nullable(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  requestId: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const ListAuditQuerySchema = PageQuerySchema.extend({
  action: AuditActionSchema.optional(),
  unitId: z.uuid().optional(),
}).strict();

export const AuditPageSchema = pageOf(AuditEventSchema);
