import { z } from 'zod';
import { PageQuerySchema, pageOf } from './paging.js';
import { TimeZoneSchema } from './units.js';
import { TargetSelectorSchema } from './directives.js';

export const MEETING_MODES = ['virtual', 'in_person', 'hybrid'] as const;
export const MeetingModeSchema = z.enum(MEETING_MODES);
export type MeetingMode = z.infer<typeof MeetingModeSchema>;

/** Staff a unit may report as attending one meeting. */
export const STAFF_COUNT_MAX = 500;
/** A unit may check itself in from this many minutes before the start until the end. */
export const CHECK_IN_OPENS_MINUTES = 30;

const LocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'format YYYY-MM-DDTHH:mm')
  .refine((s) => {
    const [y = 0, m = 0, d = 0] = s.slice(0, 10).split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'tanggal tidak ada');

const HttpsUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine((s) => {
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'tautan harus berupa alamat https://');

/** A meeting as people plan it: local start and end in one named zone ("09.00 WIB"). */
export const CreateMeetingBodySchema = z
  .object({
    title: z.string().trim().min(5).max(200),
    startLocal: LocalDateTimeSchema,
    timezone: TimeZoneSchema,
    endLocal: LocalDateTimeSchema.optional(),
    durationMinutes: z.number().int().min(15).max(720).optional(),
    mode: MeetingModeSchema,
    link: HttpsUrlSchema.optional(),
    location: z.string().trim().max(200).optional(),
    agenda: z.string().trim().max(5000).optional(),
    chairPositionId: z.uuid(),
    organiserUnitId: z.uuid().optional(),
    target: TargetSelectorSchema,
  })
  .strict()
  .refine((m) => m.mode === 'in_person' || m.link, {
    message: 'Rapat virtual atau hibrida memerlukan tautan https://',
    path: ['link'],
  })
  .refine((m) => (m.endLocal === undefined) !== (m.durationMinutes === undefined), {
    message: 'Isi waktu selesai atau durasi (salah satu)',
    path: ['endLocal'],
  })
  .refine((m) => m.endLocal === undefined || m.endLocal > m.startLocal, {
    message: 'Waktu selesai harus setelah waktu mulai',
    path: ['endLocal'],
  });
export type CreateMeetingBody = z.infer<typeof CreateMeetingBodySchema>;

export const DecisionSchema = z.object({
  index: z.number().int(),
  title: z.string(),
  body: z.string(),
  directiveId: z.uuid().nullable(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const MeetingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timezone: TimeZoneSchema,
  startLocal: z.string(),
  mode: MeetingModeSchema,
  link: z.string().nullable(),
  location: z.string().nullable(),
  agenda: z.string().nullable(),
  chair: z.object({ positionId: z.uuid(), title: z.string(), holderName: z.string().nullable() }),
  organiserUnitId: z.uuid(),
  organiserUnitName: z.string(),
  target: TargetSelectorSchema,
  invitedCount: z.number().int(),
  checkInOpensAt: z.string(),
  /** The caller's own unit, when it is invited. */
  ownInvitation: z
    .object({ unitId: z.uuid(), unitName: z.string(), staffCount: z.number().int().nullable(), checkedInAt: z.string().nullable() })
    .nullable(),
  minutes: z.object({ text: z.string(), decisions: z.array(DecisionSchema), updatedAt: z.string().nullable() }),
  abilities: z.object({ checkIn: z.boolean(), manage: z.boolean(), createDirective: z.boolean() }),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const ListMeetingsQuerySchema = PageQuerySchema.extend({
  when: z.enum(['upcoming', 'past']).default('upcoming'),
}).strict();
export type ListMeetingsQuery = z.infer<typeof ListMeetingsQuerySchema>;
export const MeetingPageSchema = pageOf(MeetingSchema);

export const StaffCountSchema = z.number().int().min(1).max(STAFF_COUNT_MAX);

export const CheckInBodySchema = z.object({ staffCount: StaffCountSchema }).strict();
export type CheckInBody = z.infer<typeof CheckInBodySchema>;

/** The organiser's record for one unit: a staff count, or null when the unit did not attend. */
export const RecordAttendanceBodySchema = z.object({ staffCount: StaffCountSchema.nullable() }).strict();
export type RecordAttendanceBody = z.infer<typeof RecordAttendanceBodySchema>;

export const AttendanceRateSchema = z.object({
  invited: z.number().int(),
  attended: z.number().int(),
  staff: z.number().int(),
  ratePercent: z.number(),
});

export const AttendanceUnitSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  kanwilId: z.uuid().nullable(),
  staffCount: z.number().int().nullable(),
  checkedInAt: z.string().nullable(),
  recordedByName: z.string().nullable(),
  recordedByPosition: z.string().nullable(),
  byOrganiser: z.boolean(),
});
export type AttendanceUnit = z.infer<typeof AttendanceUnitSchema>;

export const MeetingAttendanceSchema = z.object({
  national: AttendanceRateSchema,
  kanwil: z.array(AttendanceRateSchema.extend({ unitId: z.uuid(), unitName: z.string() })),
  units: z.array(AttendanceUnitSchema),
});
export type MeetingAttendance = z.infer<typeof MeetingAttendanceSchema>;

export const SaveMinutesBodySchema = z
  .object({
    text: z.string().trim().max(50_000),
    decisions: z
      .array(z.object({ title: z.string().trim().min(5).max(200), body: z.string().trim().min(1).max(20_000) }).strict())
      .max(50),
  })
  .strict();
export type SaveMinutesBody = z.infer<typeof SaveMinutesBodySchema>;

export const ChairOptionSchema = z.object({
  positionId: z.uuid(),
  title: z.string(),
  holderName: z.string(),
  unitName: z.string(),
});
export type ChairOption = z.infer<typeof ChairOptionSchema>;
export const ChairOptionsQuerySchema = z.object({ q: z.string().trim().max(100).optional() }).strict();
