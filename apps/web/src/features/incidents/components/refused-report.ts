import { CreateIncidentBodySchema, type TimeZone } from '@selaras/contracts';
import { toLocalInput } from './incident-rules';
import type { ReportFormValues } from './report-form-model';

/**
 * A queued first report the server refused, back in the form to be corrected. It takes a new clientId: the
 * refused one made nothing, and the next attempt is a new report.
 */
export function fromCreateBody(body: unknown, timeZone: TimeZone, clientId: string): ReportFormValues | null {
  const parsed = CreateIncidentBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const report = parsed.data;
  const counters: Record<string, string> = {};
  for (const [key, value] of Object.entries(report.counters ?? {})) counters[key] = String(value);
  return {
    clientId,
    unitId: report.unitId ?? '',
    categoryId: report.categoryId,
    severity: report.severity,
    occurredLocal: report.occurredAt ? toLocalInput(new Date(report.occurredAt), timeZone) : '',
    location: report.location,
    description: report.description,
    counters,
  };
}
