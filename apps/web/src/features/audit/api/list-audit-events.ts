import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AuditPageSchema, type AuditAction } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';

export type AuditPage = z.infer<typeof AuditPageSchema>;
export type AuditFilter = { action?: AuditAction; limit: number; offset: number };

export function listAuditEventsKey(filter: AuditFilter) {
  return ['audit-events', filter] as const;
}

export function listAuditEvents(filter: AuditFilter, signal?: AbortSignal): Promise<AuditPage> {
  return apiFetch('/audit-events', AuditPageSchema, { query: filter, signal });
}

export function useAuditEvents(filter: AuditFilter) {
  return useQuery({
    queryKey: listAuditEventsKey(filter),
    queryFn: ({ signal }) => listAuditEvents(filter, signal),
    placeholderData: keepPreviousData,
  });
}
