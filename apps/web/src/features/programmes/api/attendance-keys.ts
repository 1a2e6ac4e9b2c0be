export const sessionsKey = (programmeId: string, from?: string) => ['programmes', programmeId, 'sessions', from ?? 'this-week'] as const;
export const sessionAttendanceKey = (programmeId: string, date: string, start: string) =>
  ['programmes', programmeId, 'attendance', date, start] as const;
export const sessionAttendancePath = (programmeId: string, date: string, start: string) =>
  `/programmes/${encodeURIComponent(programmeId)}/sessions/${date}/${encodeURIComponent(start)}/attendance`;
