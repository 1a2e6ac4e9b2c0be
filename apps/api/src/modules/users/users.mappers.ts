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

/** Stores WhatsApp numbers in one form (+62…), whatever way they were typed. */
export function normaliseWhatsapp(n: string | null | undefined): string | null | undefined {
  if (n === undefined || n === null) return n;
  const digits = n.replace(/^\+/, '');
  if (digits.startsWith('62')) return `+${digits}`;
  return `+62${digits.slice(1)}`;
}
