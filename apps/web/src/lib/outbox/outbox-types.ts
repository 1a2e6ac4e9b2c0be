import type { Problem, StoredFile } from '@selaras/contracts';

/** What a queued item is, for its label, icon and the page it belongs to. */
export type OutboxKind =
  | 'directive-report'
  | 'campaign-photo'
  | 'campaign-results'
  | 'incident-report'
  | 'incident-update'
  | 'attendance';

/**
 * A file captured with the item, kept on the device until it is uploaded. In the request body, the
 * value `{ $outboxFile: key }` is replaced by the uploaded StoredFile and `{ $outboxFileId: key }` by its id.
 */
export type OutboxFile = {
  key: string;
  blob: Blob;
  name: string;
  /** The server's resumable upload, once started: a retry continues it instead of restarting. */
  uploadId?: string;
  /** Set once the upload is complete. */
  stored?: StoredFile;
};

export type OutboxRequest = { method: 'POST' | 'PUT' | 'PATCH'; path: string; body: unknown };

export type OutboxItemInput = {
  /** The Idempotency-Key a direct attempt already used: its queued copy then cannot be recorded twice. */
  id?: string;
  kind: OutboxKind;
  /** Shown to the person in the counter's list, e.g. "Laporan: Razia gabungan". */
  label: string;
  /** The page where the item was filled in, to open it from the list. */
  href?: string;
  request: OutboxRequest;
  files?: OutboxFile[];
  /** The form's values as typed (JSON), so a refused item can be put back on its form. */
  draft?: unknown;
};

/**
 * pending: waiting for its next attempt; sending: on its way; sent: the server accepted it;
 * rejected: the server refused it for good (4xx), kept with the reason until the person acts;
 * conflict: the thing changed meanwhile (409), kept with the reason until the person acts.
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'rejected' | 'conflict';

export type OutboxItem = OutboxItemInput & {
  /** A client-generated UUID, sent as the Idempotency-Key of the request. */
  id: string;
  /** Items belong to the user who made them and are sent only while that user is signed in. */
  userId: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  problem?: Problem;
  /** The server's answer once sent. */
  response?: unknown;
  /** When the server accepted it (sent items are kept a while for the list, then removed). */
  sentAt?: string;
  /** Upload progress of the current attempt, 0–1 (live, not stored). */
  progress?: number;
};
