import type { Position, User } from '@selaras/contracts';
import type { PositionRow, UserRow } from './users.queries.js';

export function toPosition(
  p: Pick<PositionRow, 'id' | 'title' | 'role' | 'unitId' | 'unitName' | 'unitKind' | 'unitTimezone'>,
): Position {
  return {
    id: p.id,
    title: p.title,
    role: p.role,
    unitId: p.unitId,
    unitName: p.unitName,
    unitKind: p.unitKind,
    unitTimezone: p.unitTimezone,
  };
}

export function toUser(u: UserRow, positions: PositionRow[]): User {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    nip: u.nip,
    email: u.email,
    whatsapp: u.whatsapp,
    active: u.active,
    positions: positions.map(toPosition),
    createdAt: u.createdAt.toISOString(),
  };
}
