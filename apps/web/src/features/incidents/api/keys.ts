import type { ListIncidentsQuery } from '@selaras/contracts';

/** Every incident query key starts here: one invalidation refreshes the board and every open incident. */
export const incidentsKey = ['incidents'] as const;

export type IncidentFilter = Partial<
  Pick<ListIncidentsQuery, 'status' | 'categoryId' | 'serious' | 'limit' | 'offset'>
>;

export function incidentListKey(filter: IncidentFilter) {
  return [...incidentsKey, 'list', filter] as const;
}

export function incidentKey(incidentId: string) {
  return [...incidentsKey, 'detail', incidentId] as const;
}

/** Kept apart from incidentsKey: a refresh of the incident must not re-read (and re-audit) the names. */
export function incidentPersonsKey(incidentId: string) {
  return ['incident-persons', incidentId] as const;
}

export const incidentCatalogueKey = ['incident-catalogue'] as const;

export function incidentPath(incidentId: string, rest = ''): string {
  return `/incidents/${encodeURIComponent(incidentId)}${rest}`;
}
