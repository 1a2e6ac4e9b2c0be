import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { MeetingPageSchema } from '@selaras/contracts';
import type { z } from 'zod';
import { apiFetch } from '@/lib/api-client';
import { meetingsKey } from './keys';

export type MeetingPage = z.infer<typeof MeetingPageSchema>;
export type MeetingListFilter = { when: 'upcoming' | 'past'; limit: number; offset: number };

/** Meetings organised in the caller's area or inviting a unit of it. */
export function listMeetings(filter: MeetingListFilter, signal?: AbortSignal): Promise<MeetingPage> {
  return apiFetch('/meetings', MeetingPageSchema, { query: filter, signal });
}

export function useMeetingList(filter: MeetingListFilter) {
  return useQuery({
    queryKey: [...meetingsKey, 'list', filter],
    queryFn: ({ signal }) => listMeetings(filter, signal),
    placeholderData: keepPreviousData,
  });
}
