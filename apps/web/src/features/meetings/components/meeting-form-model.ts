import type { Path } from 'react-hook-form';
import type { CreateMeetingBodySchema, TimeZone } from '@selaras/contracts';
import type { z } from 'zod';

/** The form holds the create body as typed. */
export type MeetingFormInput = z.input<typeof CreateMeetingBodySchema>;

export const DRAFT_KEY = 'meetings.create';

/** How the invitees are chosen on screen; each maps onto the directive selector. */
export type InviteMode = 'all' | 'kanwil' | 'types';

export function emptyMeeting(timezone: TimeZone): MeetingFormInput {
  return {
    title: '',
    startLocal: '',
    timezone,
    durationMinutes: 120,
    mode: 'virtual',
    link: '',
    chairPositionId: '',
    target: { mode: 'filter', types: [], kanwilIds: [] },
  };
}

export function inviteModeOf(target: MeetingFormInput['target']): InviteMode {
  if (target.mode !== 'filter') return 'all';
  if (target.kanwilIds?.length) return 'kanwil';
  if (target.types?.length) return 'types';
  return 'all';
}

export function toOptionalInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return Number(value);
}

/** The field paths a server error may name (`body.link` → `link`). */
export const SERVER_FIELDS: Path<MeetingFormInput>[] = [
  'title',
  'startLocal',
  'timezone',
  'endLocal',
  'durationMinutes',
  'mode',
  'link',
  'location',
  'agenda',
  'chairPositionId',
  'organiserUnitId',
  'target',
];
