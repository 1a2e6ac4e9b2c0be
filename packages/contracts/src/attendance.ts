import { z } from 'zod';
import { TimeZoneSchema } from './units.js';

/**
 * The attendance register of a programme's sessions, under /api/v1/programmes/:id:
 *   GET /programmes/:id/sessions?from&to                   the timetable's sessions in a range (default: this week)
 *   GET /programmes/:id/sessions/:date/:start/attendance   the roster of the session, with what was recorded
 *   PUT /programmes/:id/sessions/:date/:start/attendance   the whole register at once (idempotent, upsert per inmate)
 * Dates and times are the unit's local ones ("2026-03-10", "08:00").
 */

export const SESSION_ATTENDANCE_STATUSES = ['hadir', 'izin', 'sakit', 'alpa', 'lainnya'] as const;
export const SessionAttendanceStatusSchema = z.enum(SESSION_ATTENDANCE_STATUSES);
export type SessionAttendanceStatus = z.infer<typeof SessionAttendanceStatusSchema>;

/** The reason codes each status other than hadir takes (hadir takes none). */
export const ATTENDANCE_REASON_CODES = {
  hadir: [],
  izin: ['kunjungan_keluarga', 'sidang', 'kegiatan_lain'],
  sakit: ['rawat_klinik', 'rawat_rs'],
  alpa: ['tanpa_keterangan'],
  lainnya: ['sanksi_disiplin', 'lainnya'],
} as const satisfies Record<SessionAttendanceStatus, readonly string[]>;
export type AttendanceReasonCode = (typeof ATTENDANCE_REASON_CODES)[SessionAttendanceStatus][number];

/** A session may be recorded from its start until this many days later. */
export const ATTENDANCE_RECORDING_WINDOW_DAYS = 30;

export const SessionDateSchema = z.iso.date();
export const SessionStartSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'format HH:mm');

export const ProgrammeSessionParamsSchema = z.object({ id: z.uuid(), date: SessionDateSchema, start: SessionStartSchema });
export type ProgrammeSessionParams = z.infer<typeof ProgrammeSessionParamsSchema>;

export const ProgrammeSessionsQuerySchema = z
  .object({ from: SessionDateSchema.optional(), to: SessionDateSchema.optional() })
  .strict();
export type ProgrammeSessionsQuery = z.infer<typeof ProgrammeSessionsQuerySchema>;

export const AttendanceCountsSchema = z.object({
  hadir: z.number().int(),
  izin: z.number().int(),
  sakit: z.number().int(),
  alpa: z.number().int(),
  lainnya: z.number().int(),
});
export type AttendanceCounts = z.infer<typeof AttendanceCountsSchema>;

export const ProgrammeSessionSchema = z.object({
  /** Set once the session has been opened or recorded. */
  id: z.uuid().nullable(),
  date: SessionDateSchema,
  start: SessionStartSchema,
  end: SessionStartSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  hours: z.number(),
  timeZone: TimeZoneSchema,
  /** Attendance has been recorded for at least one inmate. */
  taken: z.boolean(),
  counts: AttendanceCountsSchema,
});
export type ProgrammeSession = z.infer<typeof ProgrammeSessionSchema>;

export const ProgrammeSessionListSchema = z.object({
  programmeId: z.uuid(),
  programmeName: z.string(),
  timeZone: TimeZoneSchema,
  from: SessionDateSchema,
  to: SessionDateSchema,
  items: z.array(ProgrammeSessionSchema),
});
export type ProgrammeSessionList = z.infer<typeof ProgrammeSessionListSchema>;

export const AttendanceRowSchema = z.object({
  inmateId: z.uuid(),
  pseudonym: z.string(),
  registrationNumber: z.string(),
  status: SessionAttendanceStatusSchema.nullable(),
  reasonCode: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type AttendanceRow = z.infer<typeof AttendanceRowSchema>;

export const SessionAttendanceSchema = z.object({
  programmeId: z.uuid(),
  programmeName: z.string(),
  unitName: z.string(),
  session: ProgrammeSessionSchema,
  /** Inmates enrolled and active on the session's date (and anyone already recorded for it). */
  roster: z.array(AttendanceRowSchema),
  abilities: z.object({ record: z.boolean() }),
  /** Why recording is closed when it is (not yet started, too old), for the caller who could otherwise record. */
  closedReason: z.enum(['belum_dimulai', 'terlalu_lama']).nullable(),
});
export type SessionAttendance = z.infer<typeof SessionAttendanceSchema>;

export const AttendanceEntrySchema = z
  .object({
    inmateId: z.uuid(),
    status: SessionAttendanceStatusSchema,
    reasonCode: z.string().trim().min(1).max(40).optional(),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type AttendanceEntry = z.infer<typeof AttendanceEntrySchema>;

export const RecordSessionAttendanceBodySchema = z
  .object({ entries: z.array(AttendanceEntrySchema).min(1, 'isi presensi minimal satu warga binaan').max(1000) })
  .strict();
export type RecordSessionAttendanceBody = z.infer<typeof RecordSessionAttendanceBodySchema>;
