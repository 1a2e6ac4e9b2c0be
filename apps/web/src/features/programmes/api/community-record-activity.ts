import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCommunityActivityBody } from '@selaras/contracts';
import { apiSend } from '@/lib/api-client';
import { communityKey } from './outcome-keys';

export function recordCommunityActivity(body: CreateCommunityActivityBody): Promise<void> {
  return apiSend('/community-activities', { method: 'POST', body });
}

export function useRecordCommunityActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordCommunityActivity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communityKey }),
  });
}
