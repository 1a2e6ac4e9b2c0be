import type { SubmitReportBody } from '@selaras/contracts';
import { enqueue, type OutboxItem } from '@/lib/outbox/outbox';
import type { OutboxFile } from '@/lib/outbox/outbox-types';

/** A file picked without signal: it travels with the queued report and is uploaded before it. */
export type PendingFile = { key: string; file: File };

type QueueReportInput = {
  assignmentId: string;
  label: string;
  body: SubmitReportBody;
  pendingFiles: PendingFile[];
  /** The form's values as typed, to put back on the form if the server refuses the report. */
  draft: unknown;
};

export function reportPath(assignmentId: string): string {
  return `/assignments/${encodeURIComponent(assignmentId)}/reports`;
}

/**
 * Puts a report in the device's outbox: online it leaves at once, offline when the signal returns;
 * its id is the Idempotency-Key, so a retry never makes a second report.
 */
export function queueReport({ assignmentId, label, body, pendingFiles, draft }: QueueReportInput): Promise<OutboxItem> {
  const files: OutboxFile[] = pendingFiles.map(({ key, file }) => ({ key, blob: file, name: file.name }));
  const attachmentIds = [...(body.attachmentIds ?? []), ...pendingFiles.map(({ key }) => ({ $outboxFileId: key }))];
  return enqueue({
    kind: 'directive-report',
    label,
    href: `/assignments/${assignmentId}`,
    request: { method: 'POST', path: reportPath(assignmentId), body: { ...body, attachmentIds } },
    files,
    draft,
  });
}

