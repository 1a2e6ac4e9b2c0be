export { attendance, certificates, communityActivities, enrolments, inmates, programmeSessions, programmes, type WeeklySlot } from './programmes.table.js';
export { createAttendanceService, type AttendanceService } from './attendance.service.js';
export { attendanceRoutes } from './attendance.routes.js';
