import type { AddIncidentUpdateBody } from '@selaras/contracts';
import { enqueue } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-types';
import { incidentPath } from './keys';

/** Queues a running update of an incident the server already has; the outbox's key makes a repeat harmless. */
export function queueIncidentUpdate(
  incidentId: string,
  body: AddIncidentUpdateBody,
  label: string,
  idempotencyKey: string,
): Promise<OutboxItem> {
  return enqueue({
    id: idempotencyKey,
    kind: 'incident-update',
    label,
    href: `/insiden/${encodeURIComponent(incidentId)}`,
    request: { method: 'POST', path: incidentPath(incidentId, '/updates'), body },
  });
}
