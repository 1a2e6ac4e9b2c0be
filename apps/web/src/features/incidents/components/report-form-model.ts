import { z } from 'zod';
import { CreateIncidentBodySchema, type CreateIncidentBody, type TimeZone } from '@selaras/contracts';
import type { Path } from 'react-hook-form';
import { ApiError, isApiError } from '@/lib/api-client';
import { randomUuid } from '@/lib/idempotency-key';
import { fromLocalInput, toCountersBody, toLocalInput } from './incident-rules';

export const REPORT_DRAFT_KEY = 'incidents.report';

/** What the phone form holds: the time as the unit's clock shows it, counters as typed text. */
export const ReportFormSchema = z.object({
  clientId: z.uuid(),
  /** Empty: the reporter's own unit; a Kanwil may pick one of its UPTs. */
  unitId: z.union([z.literal(''), z.uuid()]),
  categoryId: z.string().min(1),
  severity: z.string().min(1),
  occurredLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  location: CreateIncidentBodySchema.shape.location,
  description: CreateIncidentBodySchema.shape.description,
  counters: z.record(
    z.string(),
    z
      .string()
      .trim()
      .regex(/^\d{0,6}$/),
  ),
});
export type ReportFormValues = z.infer<typeof ReportFormSchema>;

/** A fresh draft: its own clientId (kept with the draft across reloads) and the time set to now. */
export function emptyReport(timeZone: TimeZone, now: Date = new Date()): ReportFormValues {
  return {
    clientId: randomUuid(),
    unitId: '',
    categoryId: '',
    severity: '',
    occurredLocal: toLocalInput(now, timeZone),
    location: '',
    description: '',
    counters: {},
  };
}

/** The first report as the API takes it; only the chosen category's typed counters are sent. */
export function toCreateBody(
  values: ReportFormValues,
  timeZone: TimeZone,
  counterKeys: readonly string[],
): CreateIncidentBody {
  const typed: Record<string, string | undefined> = {};
  for (const key of counterKeys) typed[key] = values.counters[key];
  const occurredAt = fromLocalInput(values.occurredLocal, timeZone) ?? undefined;
  const counters = toCountersBody(typed);
  return {
    clientId: values.clientId,
    ...(values.unitId ? { unitId: values.unitId } : {}),
    categoryId: values.categoryId,
    severity: values.severity,
    location: values.location.trim(),
    description: values.description.trim(),
    ...(occurredAt ? { occurredAt } : {}),
    ...(counters ? { counters } : {}),
  };
}

export function reportServerFields(counterKeys: readonly string[]): Path<ReportFormValues>[] {
  const fields: Path<ReportFormValues>[] = [
    'unitId',
    'categoryId',
    'severity',
    'occurredLocal',
    'location',
    'description',
  ];
  return [...fields, ...counterKeys.map((key): Path<ReportFormValues> => `counters.${key}`)];
}

/** The server names the body's fields (`body.occurredAt`); the form shows the time as `occurredLocal`. */
export function toFormProblem(error: unknown): unknown {
  if (!isApiError(error) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((issue) => ({
    ...issue,
    path: issue.path.replace(/^(body\.)?occurredAt$/, 'occurredLocal'),
  }));
  return new ApiError({ ...error.problem, errors });
}

/**
 * After a definite refusal (4xx) nothing was created, so the next attempt gets a new clientId: the
 * server keeps the refused answer under the old key. A lost answer, a 5xx or "still running" keeps
 * it, so a retry returns the incident if the first attempt did create it.
 */
export function needsNewClientId(error: unknown): boolean {
  if (!isApiError(error) || error.status >= 500) return false;
  return error.problem.code !== 'idempotency.in_progress' && error.problem.code !== 'idempotency.key_reused';
}
