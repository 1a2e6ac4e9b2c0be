import type { ListInmatesQuery } from '@selaras/contracts';

/** Every register query starts here: one invalidation refreshes the register after a save or an import. */
export const inmatesKey = ['inmates'] as const;

export type InmateFilter = Partial<Pick<ListInmatesQuery, 'unitId' | 'status' | 'category' | 'sex' | 'q' | 'limit' | 'offset'>>;

/** Named lists live under their own key so a refresh of the register never re-reads (and re-audits) names. */
export function inmateListKey(filter: InmateFilter, names: boolean) {
  return [...inmatesKey, names ? 'named' : 'list', filter] as const;
}

export const uptOptionsKey = ['inmates', 'upts'] as const;
