import { useQuery } from '@tanstack/react-query';
import { EnrolmentListSchema, type EnrolmentList } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { enrolmentsKey, programmePath } from './keys';

/** Participants by pseudonym (the server never sends names here). */
export function listEnrolments(programmeId: string, signal?: AbortSignal): Promise<EnrolmentList> {
  return apiFetch(programmePath(programmeId, '/enrolments'), EnrolmentListSchema, { signal });
}

export function useEnrolments(programmeId: string) {
  return useQuery({ queryKey: enrolmentsKey(programmeId), queryFn: ({ signal }) => listEnrolments(programmeId, signal) });
}
