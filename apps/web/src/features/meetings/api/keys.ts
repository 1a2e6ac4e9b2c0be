/** Every meeting query key starts here: one invalidation refreshes lists, pages and attendance. */
export const meetingsKey = ['meetings'] as const;

export function meetingKey(meetingId: string) {
  return [...meetingsKey, 'detail', meetingId] as const;
}

export function attendanceKey(meetingId: string) {
  return [...meetingsKey, 'attendance', meetingId] as const;
}
