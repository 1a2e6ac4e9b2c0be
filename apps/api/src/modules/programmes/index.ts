export { attendance, certificates, communityActivities, enrolments, inmates, programmeSessions, programmes, type WeeklySlot } from './programmes.table.js';
