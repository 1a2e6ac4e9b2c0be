import type { Role, UnitKind } from '@selaras/contracts';
import type { Principal } from '../platform/auth/principal.js';

/** A principal for pure policy tests: one role at one place in the tree. */
export function testPrincipal(role: Role, unitPath: string, unitKind: UnitKind): Principal {
  return {
    userId: '01900000-0000-7000-8000-000000000001',
    username: 'penguji',
    name: 'Penguji',
    position: {
      id: '01900000-0000-7000-8000-00000000aaaa',
      title: 'Jabatan uji',
      role,
      unitId: '01900000-0000-7000-8000-000000000002',
      unitName: 'Unit uji',
      unitKind,
      unitPath,
      unitTimezone: 'Asia/Jakarta',
    },
    via: 'session',
    sessionId: null,
    csrfToken: null,
    requestId: null,
  };
}
