import type { ListProgrammesQuery } from '@selaras/contracts';

/** Every programme query key starts here: one invalidation refreshes lists, pages and participants. */
export const programmesKey = ['programmes'] as const;

export type ProgrammeFilter = Partial<Pick<ListProgrammesQuery, 'track' | 'active' | 'category' | 'unitId'>>;

export function programmeListKey(filter: ProgrammeFilter) {
  return [...programmesKey, 'list', filter] as const;
}

export function programmeKey(programmeId: string) {
  return [...programmesKey, 'detail', programmeId] as const;
}

export function enrolmentsKey(programmeId: string) {
  return [...programmesKey, 'enrolments', programmeId] as const;
}

export function programmePath(programmeId: string, rest = ''): string {
  return `/programmes/${encodeURIComponent(programmeId)}${rest}`;
}
