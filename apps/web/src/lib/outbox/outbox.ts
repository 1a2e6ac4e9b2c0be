import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { randomUuid } from '@/lib/idempotency-key';
import { wakeOutboxSender, stopOutboxSender, onOutboxSent } from './outbox-sender';
import { openOutboxStore } from './outbox-store';
import {
  announceOutboxChange,
  currentOutboxUser,
  getOutboxSnapshot,
  setOutboxUser,
  setSignInNeeded,
  subscribeOutbox,
  type OutboxSnapshot,
} from './outbox-state';
import type { OutboxItem, OutboxItemInput, OutboxStatus } from './outbox-types';

export { onOutboxSent };
export type { OutboxItem, OutboxItemInput, OutboxSnapshot };

/** Statuses the person still has to see through: counted in the header until sent or discarded. */
export const UNSENT_STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'rejected', 'conflict'];

export function isUnsent(item: OutboxItem): boolean {
  return UNSENT_STATUSES.includes(item.status);
}

/**
 * Keeps the item on the device and wakes the sender: online it leaves at once, offline it waits for
 * the connection. Resolves once the item is safely stored (a form may then clear its draft).
 */
export async function enqueue(input: OutboxItemInput): Promise<OutboxItem> {
  const userId = currentOutboxUser();
  if (!userId) throw new Error('The outbox needs a signed-in person');
  const now = new Date().toISOString();
  const item: OutboxItem = { ...input, id: input.id ?? randomUuid(), userId, status: 'pending', attempts: 0, createdAt: now, nextAttemptAt: now };
  const store = await openOutboxStore();
  await store.put(item);
  await announceOutboxChange();
  wakeOutboxSender({ everyItem: false });
  return item;
}

/**
 * Tries a waiting item again now. A refused item is not retried: the server would replay the same
 * answer for its Idempotency-Key; it is corrected on its form or discarded.
 */
export async function retryOutboxItem(id: string): Promise<void> {
  const store = await openOutboxStore();
  const item = await store.get(id);
  if (!item || (item.status !== 'pending' && item.status !== 'sending')) return;
  await store.put({ ...item, status: 'pending', nextAttemptAt: new Date().toISOString() });
  await announceOutboxChange();
  wakeOutboxSender();
}

/** Removes the item from the device for good; the screens ask first for anything not sent. */
export async function discardOutboxItem(id: string): Promise<void> {
  const store = await openOutboxStore();
  await store.remove(id);
  await announceOutboxChange();
}

/** Starts sending for the signed-in person: on app start, sign-in, coming online, returning to the tab. */
export function startOutbox(userId: string): () => void {
  setOutboxUser(userId);
  setSignInNeeded(false);
  wakeOutboxSender({ everyItem: true });
  const online = () => wakeOutboxSender({ everyItem: true });
  const visible = () => {
    if (document.visibilityState === 'visible') wakeOutboxSender();
  };
  window.addEventListener('online', online);
  document.addEventListener('visibilitychange', visible);
  return () => {
    window.removeEventListener('online', online);
    document.removeEventListener('visibilitychange', visible);
  };
}

/** On sign-out: the items stay on the device and leave when the same person signs in again. */
export function stopOutbox(): void {
  stopOutboxSender();
  setOutboxUser(null);
}

/** Runs the sender while the signed-in shell is shown. */
export function useOutboxSender(userId: string): void {
  useEffect(() => startOutbox(userId), [userId]);
}

export function useOutboxSnapshot(): OutboxSnapshot {
  return useSyncExternalStore(subscribeOutbox, getOutboxSnapshot, getOutboxSnapshot);
}

export type UseOutbox = {
  items: OutboxItem[];
  /** Items not yet accepted by the server, refused ones included until the person discards them. */
  pendingCount: number;
  signInNeeded: boolean;
  persistent: boolean;
  retry: (id: string) => Promise<void>;
  discard: (id: string) => Promise<void>;
};

export function useOutbox(): UseOutbox {
  const snapshot = useOutboxSnapshot();
  return useMemo(
    () => ({
      items: snapshot.items,
      pendingCount: snapshot.items.filter(isUnsent).length,
      signInNeeded: snapshot.signInNeeded,
      persistent: snapshot.persistent,
      retry: retryOutboxItem,
      discard: discardOutboxItem,
    }),
    [snapshot],
  );
}

/** The live item, to show in a form after it was queued ("sent", "waiting", the rejection reason). */
export function useOutboxItem(id: string | null | undefined): OutboxItem | undefined {
  const snapshot = useOutboxSnapshot();
  return id ? snapshot.items.find((item) => item.id === id) : undefined;
}
