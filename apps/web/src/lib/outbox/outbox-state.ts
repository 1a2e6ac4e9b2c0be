import { openOutboxStore } from './outbox-store';
import type { OutboxItem } from './outbox-types';

/** What the screens see: the signed-in person's items, oldest first, with live upload progress. */
export type OutboxSnapshot = {
  userId: string | null;
  items: OutboxItem[];
  /** The last attempt was refused for want of a session: nothing is sent until the person signs in again. */
  signInNeeded: boolean;
  /** False when the browser refused IndexedDB: items then live only in this tab. */
  persistent: boolean;
};

const EMPTY: OutboxSnapshot = { userId: null, items: [], signInNeeded: false, persistent: true };
const CHANNEL = 'selaras-outbox';

let snapshot = EMPTY;
let latestRefresh = 0;
const progress = new Map<string, number>();
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

function publish(next: OutboxSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getOutboxSnapshot(): OutboxSnapshot {
  return snapshot;
}

export function currentOutboxUser(): string | null {
  return snapshot.userId;
}

function byCreation(a: OutboxItem, b: OutboxItem): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Reads the store again; items of another person on a shared phone stay stored but are never shown. */
export async function refreshOutbox(): Promise<void> {
  const run = ++latestRefresh;
  const store = await openOutboxStore();
  const userId = snapshot.userId;
  const all = userId ? await store.list() : [];
  // A later refresh already started: its reading is the newer one.
  if (run !== latestRefresh) return;
  const items = all
    .filter((item) => item.userId === userId)
    .sort(byCreation)
    .map((item) => (progress.has(item.id) ? { ...item, progress: progress.get(item.id) } : item));
  publish({ ...snapshot, items, persistent: store.persistent });
}

/** Tells this tab and the others that the store changed. */
export async function announceOutboxChange(): Promise<void> {
  channel?.postMessage('changed');
  await refreshOutbox();
}

channel?.addEventListener('message', () => void refreshOutbox());

export function setOutboxUser(userId: string | null): void {
  if (snapshot.userId === userId) return;
  publish({ ...EMPTY, userId, persistent: snapshot.persistent });
  void refreshOutbox();
}

export function setSignInNeeded(signInNeeded: boolean): void {
  if (snapshot.signInNeeded !== signInNeeded) publish({ ...snapshot, signInNeeded });
}

/** Upload progress lives in memory only: writing it to IndexedDB on every tick would be wasteful. */
export function setItemProgress(id: string, fraction: number | null): void {
  if (fraction === null) progress.delete(id);
  else progress.set(id, fraction);
  publish({
    ...snapshot,
    items: snapshot.items.map((item) => (item.id === id ? { ...item, progress: fraction ?? undefined } : item)),
  });
}
