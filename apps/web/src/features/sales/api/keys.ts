/** Every sales, production and premi key starts here: one invalidation after a sale refreshes stock and balances. */
export const salesKey = ['sales'] as const;

export const saleOptionsKey = [...salesKey, 'options'] as const;
export const saleListKey = (filter: Record<string, string | undefined>) => [...salesKey, 'list', filter] as const;
export const saleKey = (id: string) => [...salesKey, 'detail', id] as const;
export const premiListKey = (names: boolean) => [...salesKey, 'premi', 'list', names] as const;
export const premiLedgerKey = (inmateId: string) => [...salesKey, 'premi', 'ledger', inmateId] as const;
export const batchListKey = [...salesKey, 'batches'] as const;
export const splitRulesKey = [...salesKey, 'split-rules'] as const;
