import { z } from 'zod';
import { TimeZoneSchema } from './units.js';

/**
 * Rehabilitation programmes and enrolment, under /api/v1/programmes:
 *   GET   /programmes                                   the caller's scope (unitId, track, category, active)
 *   GET   /programmes/:id                               one programme with counts, timetable and abilities
 *   POST  /programmes                                   a UPT's programme (a Kanwil may create for its UPT)
 *   PATCH /programmes/:id                               details, timetable, capacity (never below the active count)
 *   GET   /programmes/:id/enrolments                    participants by pseudonym (never names)
 *   POST  /programmes/:id/enrolments                    aktif when a seat is free, else daftar_tunggu
 *   POST  /programmes/:id/enrolments/:enrolmentId/status  aktif / ditangguhkan / selesai, with a coded reason
 */

export const PROGRAMME_TRACKS = ['kepribadian', 'kemandirian'] as const;
export const ProgrammeTrackSchema = z.enum(PROGRAMME_TRACKS);
export type ProgrammeTrack = z.infer<typeof ProgrammeTrackSchema>;

export const PROGRAMME_TRACK_LABELS: Record<ProgrammeTrack, string> = {
  kepribadian: 'Pembinaan kepribadian',
  kemandirian: 'Pembinaan kemandirian',
};

/** Each category with its Indonesian label; the track is implied by the category. */
export const PROGRAMME_CATEGORIES = {
  keagamaan: { track: 'kepribadian', label: 'Keagamaan' },
  kesadaran_berbangsa: { track: 'kepribadian', label: 'Kesadaran berbangsa dan bernegara' },
  intelektual: { track: 'kepribadian', label: 'Intelektual (Paket A/B/C)' },
  kesadaran_hukum: { track: 'kepribadian', label: 'Kesadaran hukum' },
  kesehatan: { track: 'kepribadian', label: 'Kesehatan jasmani dan rohani' },
  konseling: { track: 'kepribadian', label: 'Konseling' },
  rehabilitasi_narkotika: { track: 'kepribadian', label: 'Rehabilitasi narkotika' },
  manufaktur: { track: 'kemandirian', label: 'Manufaktur (mebel, garmen, batik, sablon, las, kerajinan)' },
  jasa: { track: 'kemandirian', label: 'Jasa (pangkas rambut, laundry, salon, katering)' },
  agribisnis: { track: 'kemandirian', label: 'Agribisnis (pertanian, perikanan, peternakan)' },
  lainnya: { track: 'kemandirian', label: 'Kemandirian lainnya' },
} as const satisfies Record<string, { track: ProgrammeTrack; label: string }>;
export type ProgrammeCategory = keyof typeof PROGRAMME_CATEGORIES;
export const PROGRAMME_CATEGORY_CODES = Object.keys(PROGRAMME_CATEGORIES) as [ProgrammeCategory, ...ProgrammeCategory[]];
export const ProgrammeCategorySchema = z.enum(PROGRAMME_CATEGORY_CODES);

export function trackOfCategory(category: ProgrammeCategory): ProgrammeTrack {
  return PROGRAMME_CATEGORIES[category].track;
}

/** Weekdays 1 = Senin … 7 = Minggu. */
export const WEEKDAY_LABELS: Record<number, string> = { 1: 'Senin', 2: 'Selasa', 3: 'Rabu', 4: 'Kamis', 5: 'Jumat', 6: 'Sabtu', 7: 'Minggu' };

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'gunakan format JJ:MM (misalnya 08:00)');
const LocalDate = z.iso.date();

/** One weekly slot in the unit's local time. */
export const WeeklySlotSchema = z
  .object({ weekday: z.number().int().min(1).max(7), start: LocalTime, end: LocalTime })
  .strict()
  .refine((s) => s.end > s.start, { message: 'Jam selesai harus setelah jam mulai.', path: ['end'] });
export type WeeklySlotInput = z.infer<typeof WeeklySlotSchema>;

export const MAX_PROGRAMME_CAPACITY = 1000;

const programmeFields = {
  name: z.string().trim().min(3, 'nama program minimal 3 huruf').max(200),
  category: ProgrammeCategorySchema,
  partner: z.string().trim().max(200).nullable().optional(),
  trainer: z.string().trim().max(200).nullable().optional(),
  place: z.string().trim().min(2, 'sebutkan tempat kegiatan').max(200),
  capacity: z.number().int().min(1, 'kapasitas minimal 1').max(MAX_PROGRAMME_CAPACITY, 'kapasitas maksimal 1000'),
  startDate: LocalDate,
  endDate: LocalDate,
  timetable: z.array(WeeklySlotSchema).min(1, 'isi minimal satu jadwal mingguan').max(21),
  description: z.string().trim().max(4000).nullable().optional(),
};

export const CreateProgrammeBodySchema = z
  .object({
    /** Defaults to the caller's own unit; a Kanwil may create for one of its UPTs. */
    unitId: z.uuid().optional(),
    ...programmeFields,
  })
  .strict();
export type CreateProgrammeBody = z.infer<typeof CreateProgrammeBodySchema>;

export const UpdateProgrammeBodySchema = z
  .object({
    ...programmeFields,
    archived: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateProgrammeBody = z.infer<typeof UpdateProgrammeBodySchema>;

export const ProgrammeSchema = z.object({
  id: z.uuid(),
  unit: z.object({ id: z.uuid(), name: z.string(), timezone: TimeZoneSchema }),
  name: z.string(),
  track: ProgrammeTrackSchema,
  category: ProgrammeCategorySchema,
  partner: z.string().nullable(),
  trainer: z.string().nullable(),
  place: z.string(),
  capacity: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  timetable: z.array(z.object({ weekday: z.number().int(), start: z.string(), end: z.string() })),
  hoursPerWeek: z.number(),
  description: z.string().nullable(),
  archived: z.boolean(),
  counts: z.object({ active: z.number().int(), waitlist: z.number().int(), suspended: z.number().int(), ended: z.number().int() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), enrol: z.boolean(), changeEnrolment: z.boolean() }),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

export const ListProgrammesQuerySchema = z
  .object({
    unitId: z.uuid().optional(),
    track: ProgrammeTrackSchema.optional(),
    category: ProgrammeCategorySchema.optional(),
    /** 'true': not archived and not yet ended (in the unit's local today); 'false': the others. */
    active: z.enum(['true', 'false']).optional(),
  })
  .strict();
export type ListProgrammesQuery = z.infer<typeof ListProgrammesQuerySchema>;

export const ProgrammeListSchema = z.object({
  items: z.array(ProgrammeSchema),
  abilities: z.object({ create: z.boolean() }),
});
export type ProgrammeList = z.infer<typeof ProgrammeListSchema>;

export const ENROLMENT_STATUSES = ['aktif', 'daftar_tunggu', 'ditangguhkan', 'selesai'] as const;
export const EnrolmentStatusSchema = z.enum(ENROLMENT_STATUSES);
export type EnrolmentStatus = z.infer<typeof EnrolmentStatusSchema>;
export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  aktif: 'Aktif',
  daftar_tunggu: 'Daftar tunggu',
  ditangguhkan: 'Ditangguhkan',
  selesai: 'Selesai',
};

export const ENROLMENT_REASONS = ['lulus', 'dipindah', 'bebas', 'sakit', 'sanksi_disiplin', 'mengundurkan_diri', 'lainnya'] as const;
export const EnrolmentReasonSchema = z.enum(ENROLMENT_REASONS);
export type EnrolmentReason = z.infer<typeof EnrolmentReasonSchema>;
export const ENROLMENT_REASON_LABELS: Record<EnrolmentReason, string> = {
  lulus: 'Lulus',
  dipindah: 'Dipindah',
  bebas: 'Bebas',
  sakit: 'Sakit',
  sanksi_disiplin: 'Sanksi disiplin',
  mengundurkan_diri: 'Mengundurkan diri',
  lainnya: 'Lainnya',
};

export const EnrolBodySchema = z.object({ inmateId: z.uuid() }).strict();
export type EnrolBody = z.infer<typeof EnrolBodySchema>;

export const ChangeEnrolmentStatusBodySchema = z
  .object({
    status: z.enum(['aktif', 'ditangguhkan', 'selesai']),
    reason: EnrolmentReasonSchema.optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((b) => b.status === 'aktif' || b.reason !== undefined, {
    message: 'Sebutkan alasan penangguhan atau penghentian.',
    path: ['reason'],
  });
export type ChangeEnrolmentStatusBody = z.infer<typeof ChangeEnrolmentStatusBodySchema>;

/** A participant, by pseudonym only: names never leave the register through this module. */
export const EnrolmentSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  inmate: z.object({ id: z.uuid(), pseudonym: z.string() }),
  status: EnrolmentStatusSchema,
  reason: EnrolmentReasonSchema.nullable(),
  note: z.string().nullable(),
  enrolledOn: z.string(),
  endedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ activate: z.boolean(), suspend: z.boolean(), end: z.boolean() }),
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;

export const EnrolmentListSchema = z.object({ items: z.array(EnrolmentSchema) });
export type EnrolmentList = z.infer<typeof EnrolmentListSchema>;

/** The result of a change: the enrolment and those promoted from the waitlist by it. */
export const EnrolmentResultSchema = z.object({ enrolment: EnrolmentSchema, promoted: z.array(EnrolmentSchema) });
export type EnrolmentResult = z.infer<typeof EnrolmentResultSchema>;
