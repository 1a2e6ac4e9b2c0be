import { z } from 'zod';

export const ROLES = [
  'admin',
  'leader',
  'verifier',
  'operator',
  'security_officer',
  'programme_officer',
  'cooperative_officer',
  'viewer',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const PERMISSIONS = [
  'units:read',
  'units:import',
  'users:read',
  'users:manage',
  'audit:read',
  'tokens:manage',
  'files:upload',
  'directives:read',
  'directives:issue',
  'reports:submit',
  'reports:verify',
  'meetings:read',
  'meetings:manage',
  'meetings:attend',
  'campaigns:manage',
  'campaigns:allocate',
  'incidents:read',
  'incidents:report',
  'incidents:review',
  'incidents:persons',
  'incidents:configure',
  'programmes:read',
  'programmes:manage',
  'inmates:manage',
  'inmates:names',
  'products:read',
  'products:manage',
  'products:approve',
  'cooperative:manage',
  'sales:targets',
  'sales:configure',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyRole: Permission[] = ['units:read', 'tokens:manage', 'directives:read', 'meetings:read', 'incidents:read', 'programmes:read', 'products:read'];

/** What each role may do; where it may do it is the scope of the position (its unit's subtree). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [...PERMISSIONS],
  leader: [...everyRole, 'users:read', 'users:manage', 'audit:read', 'directives:issue', 'reports:submit', 'files:upload', 'reports:verify', 'meetings:manage', 'meetings:attend', 'campaigns:manage', 'campaigns:allocate', 'incidents:report', 'incidents:review', 'incidents:persons', 'programmes:manage', 'inmates:manage', 'inmates:names', 'products:manage', 'products:approve', 'cooperative:manage', 'sales:targets'],
  verifier: [...everyRole, 'users:read', 'reports:submit', 'files:upload', 'reports:verify', 'meetings:attend', 'campaigns:allocate', 'incidents:report', 'incidents:review', 'products:approve'],
  operator: [...everyRole, 'reports:submit', 'files:upload', 'meetings:attend', 'incidents:report'],
  security_officer: [...everyRole, 'incidents:report', 'incidents:persons', 'inmates:names'],
  programme_officer: [...everyRole, 'programmes:manage', 'inmates:manage', 'inmates:names', 'products:manage', 'files:upload'],
  cooperative_officer: [...everyRole, 'products:manage', 'cooperative:manage', 'files:upload'],
  viewer: ['units:read', 'directives:read', 'meetings:read', 'programmes:read', 'products:read'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
