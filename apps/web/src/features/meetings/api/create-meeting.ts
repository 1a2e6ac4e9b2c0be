import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MeetingSchema, type CreateMeetingBody, type Meeting } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { meetingKey, meetingsKey } from './keys';

export function createMeeting(body: CreateMeetingBody): Promise<Meeting> {
  return apiFetch('/meetings', MeetingSchema, { method: 'POST', body });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMeeting,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(meetingKey(meeting.id), meeting);
      await queryClient.invalidateQueries({ queryKey: [...meetingsKey, 'list'] });
    },
  });
}
