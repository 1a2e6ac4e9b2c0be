import type { auditId } from '../audit';

export const auditEn: Record<keyof typeof auditId, string> = {
  'audit.title': 'Audit trail',
  'audit.description': 'A record of actions within the scope of your position. Times are shown in {zone}.',
  'audit.filter.action': 'Action',
  'audit.table.title': 'Events',
  'audit.table.caption': 'Audit events',
  'audit.table.time': 'Time',
  'audit.table.action': 'Action',
  'audit.table.actor': 'Actor',
  'audit.table.position': 'Position',
  'audit.table.unit': 'Unit',
  'audit.table.summary': 'Summary',
  'audit.table.system': 'System',
  'audit.table.empty': 'No events yet.',
};
