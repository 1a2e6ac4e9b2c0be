import type { StoredFile } from '@selaras/contracts';
import { apiFetchJson, isApiError } from '@/lib/api-client';
import { uploadResumable } from '@/lib/uploads/resumable-upload';
import { fillFilePlaceholders } from './outbox-body';
import { backoffDelay, classifyFailure } from './outbox-retry';
import { openOutboxStore } from './outbox-store';
import {
  announceOutboxChange,
  currentOutboxUser,
  getOutboxSnapshot,
  setItemProgress,
  setSignInNeeded,
} from './outbox-state';
import type { OutboxItem } from './outbox-types';

const LOCK_NAME = 'selaras-outbox';
const KEEP_SENT_MS = 24 * 60 * 60_000;
const KEEP_SENT_COUNT = 20;
const MAX_TIMER_MS = 2 ** 31 - 1;

type SentListener = (item: OutboxItem) => void;
const sentListeners = new Set<SentListener>();

/** Called whenever a queued item is accepted by the server. */
export function onOutboxSent(listener: SentListener): () => void {
  sentListeners.add(listener);
  return () => {
    sentListeners.delete(listener);
  };
}

let running = false;
let wakeAgain = false;
let ignoreSchedule = false;
let timer: ReturnType<typeof setTimeout> | undefined;

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function byCreation(a: OutboxItem, b: OutboxItem): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Writes the item unless the person discarded it meanwhile (a discarded item must not come back). */
async function save(item: OutboxItem): Promise<boolean> {
  const store = await openOutboxStore();
  if (!(await store.get(item.id))) return false;
  await store.put(item);
  await announceOutboxChange();
  return true;
}

async function uploadFiles(item: OutboxItem): Promise<Map<string, StoredFile>> {
  const stored = new Map<string, StoredFile>();
  const files = item.files ?? [];
  for (const [index, file] of files.entries()) {
    if (!file.stored) {
      file.stored = await uploadResumable(file.blob, file.name, {
        uploadId: file.uploadId,
        onStarted: (uploadId) => {
          file.uploadId = uploadId;
          void save(item);
        },
        onProgress: (fraction) => setItemProgress(item.id, (index + fraction) / files.length),
      });
      await save(item);
    }
    stored.set(file.key, file.stored);
  }
  return stored;
}

/** One attempt at one item; afterwards the item is sent, refused for good, or waiting for its next turn. */
async function attempt(original: OutboxItem): Promise<void> {
  const item: OutboxItem = { ...original, files: original.files?.map((file) => ({ ...file })), status: 'sending' };
  if (!(await save(item))) return;
  try {
    const stored = await uploadFiles(item);
    const response = await apiFetchJson(item.request.path, {
      method: item.request.method,
      body: fillFilePlaceholders(item.request.body, stored),
      headers: { 'Idempotency-Key': item.id },
    });
    const sent: OutboxItem = { ...item, status: 'sent', response, problem: undefined, sentAt: new Date().toISOString() };
    await save(sent);
    setSignInNeeded(false);
    for (const listener of sentListeners) listener(sent);
  } catch (error) {
    await settleFailure(item, error);
  } finally {
    setItemProgress(item.id, null);
  }
}

async function settleFailure(item: OutboxItem, error: unknown): Promise<void> {
  const outcome = classifyFailure(error);
  const problem = isApiError(error) ? error.problem : undefined;
  if (outcome === 'sign-in') {
    setSignInNeeded(true);
    await save({ ...item, status: 'pending' });
    return;
  }
  if (outcome === 'retry') {
    const nextAttemptAt = new Date(Date.now() + backoffDelay(item.attempts)).toISOString();
    await save({ ...item, status: 'pending', attempts: item.attempts + 1, nextAttemptAt, problem });
    return;
  }
  await save({ ...item, status: outcome, attempts: item.attempts + 1, problem });
}

/** Sent items stay a day for the list (at most the last 20), then go. */
async function pruneSent(userId: string): Promise<void> {
  const store = await openOutboxStore();
  const sent = (await store.list()).filter((item) => item.userId === userId && item.status === 'sent').sort(byCreation).reverse();
  const cutoff = Date.now() - KEEP_SENT_MS;
  const old = sent.filter((item, index) => index >= KEEP_SENT_COUNT || Date.parse(item.sentAt ?? item.createdAt) < cutoff);
  for (const item of old) await store.remove(item.id);
  if (old.length > 0) await announceOutboxChange();
}

function canSend(userId: string): boolean {
  return currentOutboxUser() === userId && !getOutboxSnapshot().signInNeeded && isOnline();
}

function scheduleNext(items: OutboxItem[]): void {
  clearTimeout(timer);
  const waiting = items.filter((item) => item.status === 'pending').map((item) => Date.parse(item.nextAttemptAt));
  if (waiting.length === 0) return;
  const delay = Math.min(MAX_TIMER_MS, Math.max(0, Math.min(...waiting) - Date.now()));
  timer = setTimeout(() => wakeOutboxSender(), delay);
}

async function drain(): Promise<void> {
  const userId = currentOutboxUser();
  if (!userId) return;
  await pruneSent(userId);
  const store = await openOutboxStore();
  for (;;) {
    if (!canSend(userId)) return;
    const everyItem = ignoreSchedule;
    ignoreSchedule = false;
    const now = Date.now();
    const mine = (await store.list()).filter((item) => item.userId === userId).sort(byCreation);
    // 'sending' left behind by a closed tab is due again: the Idempotency-Key makes a repeat harmless.
    const due = mine.filter(
      (item) => (item.status === 'pending' || item.status === 'sending') && (everyItem || Date.parse(item.nextAttemptAt) <= now),
    );
    if (due.length === 0) return scheduleNext(mine);
    for (const item of due) {
      if (!canSend(userId)) return;
      await attempt(item);
    }
  }
}

function withLock(work: () => Promise<void>): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // Two tabs sending the same item would be harmless (the server replays), but one sender is tidier.
  return locks ? locks.request(LOCK_NAME, work) : work();
}

/**
 * Sends what is due, one item at a time in creation order. `everyItem` (coming back online, "send
 * now") tries every waiting item once, whatever its next attempt time.
 */
export function wakeOutboxSender(options: { everyItem?: boolean } = {}): void {
  if (options.everyItem) ignoreSchedule = true;
  if (running) {
    wakeAgain = true;
    return;
  }
  running = true;
  clearTimeout(timer);
  void withLock(drain)
    .catch(() => undefined)
    .finally(() => {
      running = false;
      if (wakeAgain) {
        wakeAgain = false;
        wakeOutboxSender();
      }
    });
}

export function stopOutboxSender(): void {
  clearTimeout(timer);
}
