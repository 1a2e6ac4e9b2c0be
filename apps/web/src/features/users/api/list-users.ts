import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { UserPageSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { usersKey } from './keys';

export type UserPage = z.infer<typeof UserPageSchema>;
export type UserListFilter = { q?: string; limit: number; offset: number };

export function listUsersKey(filter: UserListFilter) {
  return [...usersKey, 'list', filter] as const;
}

export function listUsers(filter: UserListFilter, signal?: AbortSignal): Promise<UserPage> {
  return apiFetch('/users', UserPageSchema, { query: filter, signal });
}

export function useUserList(filter: UserListFilter) {
  return useQuery({
    queryKey: listUsersKey(filter),
    queryFn: ({ signal }) => listUsers(filter, signal),
    placeholderData: keepPreviousData,
  });
}
