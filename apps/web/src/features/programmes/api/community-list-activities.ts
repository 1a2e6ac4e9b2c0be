import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CommunityActivityListSchema, type CommunityActivityList, type ListCommunityActivitiesQuery } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { communityKey } from './outcome-keys';

export function listCommunityActivities(query: ListCommunityActivitiesQuery, signal?: AbortSignal): Promise<CommunityActivityList> {
  return apiFetch('/community-activities', CommunityActivityListSchema, { query, signal });
}

export function useCommunityActivities(query: ListCommunityActivitiesQuery) {
  return useQuery({
    queryKey: [...communityKey, 'list', query],
    queryFn: ({ signal }) => listCommunityActivities(query, signal),
    placeholderData: keepPreviousData,
  });
}
