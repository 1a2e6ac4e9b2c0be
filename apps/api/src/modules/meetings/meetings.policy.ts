import { can, inScope, type Principal } from '../../platform/auth/principal.js';
import { checkInOpensAt } from './meetings.time.js';

export type MeetingFacts = { organiserUnitPath: string; startsAt: Date; endsAt: Date };

/** Leaders and admins of the organising unit or above it run the meeting: attendance, minutes. */
export function canManage(principal: Principal, m: MeetingFacts): boolean {
  return can(principal, 'meetings:manage') && inScope(principal, m.organiserUnitPath);
}

/** From 30 minutes before the start until the end. */
export function inCheckInWindow(m: MeetingFacts, now: Date): boolean {
  return now >= checkInOpensAt(m.startsAt) && now <= m.endsAt;
}

/** An invited unit checks itself in during the window. */
export function canCheckIn(principal: Principal, m: MeetingFacts, ownUnitInvited: boolean, now: Date): boolean {
  return ownUnitInvited && can(principal, 'meetings:attend') && inCheckInWindow(m, now);
}

/** The organiser turns a decision into a directive draft, when its role may draft directives. */
export function canCreateDirective(principal: Principal, m: MeetingFacts): boolean {
  return canManage(principal, m) && can(principal, 'directives:issue');
}

export function meetingAbilities(principal: Principal, m: MeetingFacts, ownUnitInvited: boolean, now: Date) {
  return {
    checkIn: canCheckIn(principal, m, ownUnitInvited, now),
    manage: canManage(principal, m),
    createDirective: canCreateDirective(principal, m),
  };
}
