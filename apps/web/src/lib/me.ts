import { queryOptions, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { MeSchema, type Me, type Permission } from '@selaras/contracts';
import { apiFetch, setCsrfToken } from './api-client';
import { clearOfflineData } from './offline/offline-data';

/** The signed-in person is needed by every feature, so their query lives here rather than in one feature. */
export const meQueryKey = ['me'] as const;

export async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const me = await apiFetch('/me', MeSchema, { signal });
  setCsrfToken(me.csrfToken);
  return me;
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Me inside the signed-in area, where the router has already loaded it. */
export function useMe(): Me {
  return useSuspenseQuery(meQueryOptions()).data;
}

/** Stores a Me the server just returned (sign-in, position switch); offline data of another person or scope goes. */
export function storeMe(queryClient: QueryClient, me: Me): void {
  void clearOfflineData();
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(meQueryKey, me);
}

/** Forgets everything cached for the person who just signed out. */
export function forgetMe(queryClient: QueryClient): void {
  void clearOfflineData();
  setCsrfToken(null);
  queryClient.clear();
}

export function hasPermission(me: Me, permission: Permission): boolean {
  return me.permissions.includes(permission);
}
