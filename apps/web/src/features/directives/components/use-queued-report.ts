import { useEffect, useRef, useState } from 'react';
import type { Problem } from '@selaras/contracts';
import { useOutbox, useOutboxItem, type OutboxItem } from '@/lib/outbox/outbox';
import { reportPath } from '../api/submit-report';

type QueuedReportHandlers = {
  onSent: () => void;
  /** The server refused the report while the form still holds what was typed. */
  onRefused: (problem: Problem | undefined) => void;
};

/**
 * The report this form put in the outbox, followed live. Coming back to the form while an earlier
 * report still waits shows that one, so the same report is not queued twice.
 */
export function useQueuedReport(assignmentId: string, { onSent, onRefused }: QueuedReportHandlers) {
  const { items, discard } = useOutbox();
  const [queuedId, setQueuedId] = useState<string | null>(null);
  // True when this form queued the item itself and so still holds its values.
  const [ownsValues, setOwnsValues] = useState(false);
  const waiting = items.find(
    (item) => item.kind === 'directive-report' && item.request.path === reportPath(assignmentId) && (item.status === 'pending' || item.status === 'sending'),
  );
  const tracked = useOutboxItem(queuedId ?? waiting?.id);
  // Refused while the person was elsewhere: offered back to the form.
  const refused = items.find(
    (item) =>
      item.kind === 'directive-report' &&
      item.request.path === reportPath(assignmentId) &&
      (item.status === 'rejected' || item.status === 'conflict') &&
      item.id !== tracked?.id,
  );
  const settled = useRef<string | null>(null);

  useEffect(() => {
    if (!tracked || settled.current === tracked.id) return;
    if (tracked.status === 'sent') {
      settled.current = tracked.id;
      onSent();
    } else if ((tracked.status === 'rejected' || tracked.status === 'conflict') && ownsValues) {
      settled.current = tracked.id;
      onRefused(tracked.problem);
      // What was typed is back on the form with the reason: the outbox need not keep a copy.
      void discard(tracked.id);
      setQueuedId(null);
      setOwnsValues(false);
    }
  }, [tracked, ownsValues, onSent, onRefused, discard]);

  function track(item: OutboxItem) {
    setQueuedId(item.id);
    setOwnsValues(true);
  }

  const unsent = tracked && (tracked.status === 'pending' || tracked.status === 'sending') ? tracked : undefined;
  return { item: tracked, unsent, refused, track, discard };
}
