/** Cache keys of the cooperative feature; every write invalidates the whole feature. */
export const cooperativeKey = ['cooperative'] as const;
export const cooperativesKey = (parentId?: string) => [...cooperativeKey, 'list', parentId ?? 'own'] as const;
export const preordersKey = (unitId: string) => [...cooperativeKey, 'preorders', unitId] as const;
export const pricesKey = (unitId: string) => [...cooperativeKey, 'prices', unitId] as const;
export const depositsKey = (unitId: string) => [...cooperativeKey, 'deposits', unitId] as const;
export const realisationKey = (parentId?: string) => [...cooperativeKey, 'realisation', parentId ?? 'own'] as const;
