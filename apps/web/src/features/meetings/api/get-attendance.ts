import { useQuery } from '@tanstack/react-query';
import { MeetingAttendanceSchema, type MeetingAttendance } from '@selaras/contracts';
import { apiFetch } from '@/lib/api-client';
import { attendanceKey } from './keys';

/** Rates per Kanwil and nationally, and the unit rows, within the caller's area. */
export function getAttendance(meetingId: string, signal?: AbortSignal): Promise<MeetingAttendance> {
  return apiFetch(`/meetings/${encodeURIComponent(meetingId)}/attendance`, MeetingAttendanceSchema, { signal });
}

export function useAttendance(meetingId: string) {
  return useQuery({ queryKey: attendanceKey(meetingId), queryFn: ({ signal }) => getAttendance(meetingId, signal) });
}
