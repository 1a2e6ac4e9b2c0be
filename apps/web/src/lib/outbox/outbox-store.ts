import type { OutboxItem } from './outbox-types';

const DATABASE = 'selaras-outbox';
const STORE = 'items';

type Store = {
  /** False when items live only in this tab's memory (IndexedDB refused): a reload loses them. */
  persistent: boolean;
  list(): Promise<OutboxItem[]>;
  get(id: string): Promise<OutboxItem | undefined>;
  put(item: OutboxItem): Promise<void>;
  remove(id: string): Promise<void>;
};

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

function indexedDbStore(database: IDBDatabase): Store {
  function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const transaction = database.transaction(STORE, mode);
    const result = requestResult(action(transaction.objectStore(STORE)));
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    return Promise.all([result, done]).then(([value]) => value);
  }
  return {
    persistent: true,
    list: () => run('readonly', (store) => store.getAll() as IDBRequest<OutboxItem[]>),
    get: (id) => run('readonly', (store) => store.get(id) as IDBRequest<OutboxItem | undefined>),
    put: (item) => run('readwrite', (store) => store.put(item)).then(() => undefined),
    remove: (id) => run('readwrite', (store) => store.delete(id)).then(() => undefined),
  };
}

function memoryStore(): Store {
  const items = new Map<string, OutboxItem>();
  return {
    persistent: false,
    list: () => Promise.resolve([...items.values()]),
    get: (id) => Promise.resolve(items.get(id)),
    put: (item) => {
      items.set(item.id, item);
      return Promise.resolve();
    },
    remove: (id) => {
      items.delete(id);
      return Promise.resolve();
    },
  };
}

let opening: Promise<Store> | null = null;

/** The device's outbox: IndexedDB when the browser allows it, else memory (items are then sent at once or lost on reload). */
export function openOutboxStore(): Promise<Store> {
  opening ??= (typeof indexedDB === 'undefined' ? Promise.reject(new Error('no IndexedDB')) : openDatabase())
    .then(indexedDbStore)
    .catch(() => memoryStore());
  return opening;
}
