import type { CreateIncidentBody } from '@selaras/contracts';
import { enqueue } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-types';
import { CreatedSchema, type CreatedIncident } from './create-incident';

/**
 * Queues the first report as typed. The time of occurrence is the one the officer entered; the server
 * stamps its own received time when the report arrives, and numbering, alerts and escalation start then.
 * The body's clientId still makes a repeat return the same incident.
 */
export function queueIncidentReport(body: CreateIncidentBody, label: string): Promise<OutboxItem> {
  return enqueue({
    kind: 'incident-report',
    label,
    href: '/insiden/baru',
    request: { method: 'POST', path: '/incidents', body },
  });
}

/** The incident the server made from a delivered report, once it has answered. */
export function createdFromQueue(item: OutboxItem | undefined): CreatedIncident | null {
  if (item?.status !== 'sent') return null;
  const parsed = CreatedSchema.safeParse(item.response);
  return parsed.success ? parsed.data : null;
}

const QUEUED_KEY = 'selaras.incidents.report.queued';

/** The report this tab queued last, so a reload of the form still shows where it stands. */
export function rememberedQueuedReport(): string | null {
  try {
    return window.sessionStorage.getItem(QUEUED_KEY);
  } catch {
    return null;
  }
}

export function rememberQueuedReport(itemId: string | null): void {
  try {
    if (itemId) window.sessionStorage.setItem(QUEUED_KEY, itemId);
    else window.sessionStorage.removeItem(QUEUED_KEY);
  } catch {
    // Storage blocked: the status shows until the page is left; the outbox still holds the report.
  }
}
