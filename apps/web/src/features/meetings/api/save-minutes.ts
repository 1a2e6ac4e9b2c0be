import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MeetingSchema, type Meeting, type SaveMinutesBody } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { meetingKey } from './keys';

export function saveMinutes(input: { meetingId: string; body: SaveMinutesBody }): Promise<Meeting> {
  return apiFetch(`/meetings/${encodeURIComponent(input.meetingId)}/minutes`, MeetingSchema, { method: 'PUT', body: input.body });
}

export function useSaveMinutes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMinutes,
    onSuccess: (meeting) => queryClient.setQueryData(meetingKey(meeting.id), meeting),
  });
}
