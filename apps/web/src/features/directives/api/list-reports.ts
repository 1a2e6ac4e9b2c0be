import { useQuery } from '@tanstack/react-query';
import { ReportSchema, type Report } from '@selaras/contracts';
import { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { assignmentKey } from './keys';

const ReportListSchema = z.array(ReportSchema);

export function reportsKey(assignmentId: string) {
  return [...assignmentKey(assignmentId), 'reports'] as const;
}

/** Every version reported for an assignment, oldest first. */
export function listReports(assignmentId: string, signal?: AbortSignal): Promise<Report[]> {
  return apiFetch(`/assignments/${encodeURIComponent(assignmentId)}/reports`, ReportListSchema, { signal });
}

export function useReports(assignmentId: string, enabled = true) {
  return useQuery({
    queryKey: reportsKey(assignmentId),
    queryFn: ({ signal }) => listReports(assignmentId, signal),
    enabled,
  });
}
