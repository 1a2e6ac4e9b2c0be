import { useQuery } from '@tanstack/react-query';
import { MeetingSchema, type Meeting } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { meetingKey } from './keys';

export function getMeeting(meetingId: string, signal?: AbortSignal): Promise<Meeting> {
  return apiFetch(`/meetings/${encodeURIComponent(meetingId)}`, MeetingSchema, { signal });
}

export function useMeeting(meetingId: string, enabled = true) {
  return useQuery({ queryKey: meetingKey(meetingId), queryFn: ({ signal }) => getMeeting(meetingId, signal), enabled });
}
