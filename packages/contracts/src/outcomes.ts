import { z } from 'zod';
import { EnrolmentStatusSchema } from './programmes.js';

/**
 * Outcomes of rehabilitation and its reach into the community, under /api/v1:
 *   GET  /inmates/:id/certificates           an inmate's certificates and skills
 *   POST /inmates/:id/certificates           record one (programmes:manage, inmate in scope)
 *   GET  /inmates/:id/summary                programmes, hours from `hadir` sessions, attendance, certificates
 *   GET  /inmates/:id/summary.pdf|.xlsx      the same as evidence for remission and parole assessment (TPP)
 *   GET  /community-activities               activities that reach the community (unitId, from, to)
 *   POST /community-activities               record one (programmes:manage, UPT in scope)
 *   GET  /community-activities/summary       totals by kind and by Kanwil (HQ) or unit
 */

const Day = z.iso.date();
const Text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const CreateCertificateBodySchema = z
  .object({
    title: Text(3, 200),
    skill: Text(2, 120).optional(),
    /** e.g. "BLK Tangerang". */
    issuer: Text(2, 160),
    /** True when a recognised body certified the skill (e.g. BNSP/BLK); false for a participation letter. */
    certified: z.boolean(),
    /** Not in the future (the unit's local date). */
    issuedOn: Day,
    programmeId: z.uuid().optional(),
  })
  .strict();
export type CreateCertificateBody = z.infer<typeof CreateCertificateBodySchema>;

export const CertificateSchema = z.object({
  id: z.uuid(),
  inmateId: z.uuid(),
  programmeId: z.uuid().nullable(),
  programmeName: z.string().nullable(),
  title: z.string(),
  skill: z.string().nullable(),
  issuer: z.string(),
  certified: z.boolean(),
  issuedOn: z.string(),
  createdAt: z.string(),
});
export type Certificate = z.infer<typeof CertificateSchema>;

export const CertificateListSchema = z.object({
  items: z.array(CertificateSchema),
  abilities: z.object({ record: z.boolean() }),
});
export type CertificateList = z.infer<typeof CertificateListSchema>;

export const InmateSummaryQuerySchema = z
  .object({ names: z.enum(['true', 'false']).optional() })
  .strict();
export type InmateSummaryQuery = z.infer<typeof InmateSummaryQuerySchema>;

export const SummaryProgrammeSchema = z.object({
  programmeId: z.uuid(),
  name: z.string(),
  track: z.enum(['kepribadian', 'kemandirian']),
  category: z.string(),
  status: EnrolmentStatusSchema,
  from: z.string(),
  to: z.string().nullable(),
  hours: z.number(),
  sessionsAttended: z.number().int(),
  sessionsAbsent: z.number().int(),
});
export type SummaryProgramme = z.infer<typeof SummaryProgrammeSchema>;

export const InmateSummarySchema = z.object({
  inmateId: z.uuid(),
  pseudonym: z.string(),
  /** Only for callers with inmates:names who asked with names=true; the read is audited. */
  name: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  category: z.enum(['narapidana', 'tahanan', 'anak']),
  status: z.enum(['aktif', 'bebas', 'pindah']),
  entryDate: z.string(),
  programmes: z.array(SummaryProgrammeSchema),
  totals: z.object({
    programmes: z.number().int(),
    hours: z.number(),
    sessionsAttended: z.number().int(),
    sessionsAbsent: z.number().int(),
    certificates: z.number().int(),
    certified: z.number().int(),
  }),
  certificates: z.array(CertificateSchema),
  abilities: z.object({ readNames: z.boolean(), recordCertificate: z.boolean() }),
});
export type InmateSummary = z.infer<typeof InmateSummarySchema>;

export const COMMUNITY_KINDS = ['kerja_sosial', 'layanan', 'produk', 'pelatihan', 'lainnya'] as const;
export const CommunityKindSchema = z.enum(COMMUNITY_KINDS);
export type CommunityKind = z.infer<typeof CommunityKindSchema>;

export const CreateCommunityActivityBodySchema = z
  .object({
    /** Defaults to the caller's own unit; must be a UPT in scope. */
    unitId: z.uuid().optional(),
    /** Not in the future (the unit's local date). */
    date: Day,
    kind: CommunityKindSchema,
    title: Text(3, 200),
    description: Text(0, 4000).optional(),
    partner: Text(2, 160).optional(),
    peopleReached: z.number().int().min(0).max(1_000_000),
    inmatesInvolved: z.number().int().min(0).max(10_000),
    hours: z.number().min(0).max(1000),
    productsDelivered: z.number().int().min(0).max(1_000_000).optional(),
    programmeId: z.uuid().optional(),
  })
  .strict();
export type CreateCommunityActivityBody = z.infer<typeof CreateCommunityActivityBodySchema>;

export const CommunityActivitySchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  programmeId: z.uuid().nullable(),
  programmeName: z.string().nullable(),
  date: z.string(),
  kind: CommunityKindSchema,
  title: z.string(),
  description: z.string().nullable(),
  partner: z.string().nullable(),
  peopleReached: z.number().int(),
  inmatesInvolved: z.number().int(),
  hours: z.number(),
  inmateHours: z.number(),
  productsDelivered: z.number().int().nullable(),
  createdAt: z.string(),
});
export type CommunityActivity = z.infer<typeof CommunityActivitySchema>;

export const ListCommunityActivitiesQuerySchema = z
  .object({ unitId: z.uuid().optional(), from: Day.optional(), to: Day.optional() })
  .strict();
export type ListCommunityActivitiesQuery = z.infer<typeof ListCommunityActivitiesQuerySchema>;

/** At most this many activities in one list; narrow by unit or dates for more. */
export const COMMUNITY_LIST_MAX = 500;

export const CommunityActivityListSchema = z.object({
  items: z.array(CommunityActivitySchema),
  truncated: z.boolean(),
  abilities: z.object({ record: z.boolean() }),
});
export type CommunityActivityList = z.infer<typeof CommunityActivityListSchema>;

export const CommunitySummaryQuerySchema = z.object({ from: Day.optional(), to: Day.optional() }).strict();
export type CommunitySummaryQuery = z.infer<typeof CommunitySummaryQuerySchema>;

export const CommunityTotalsSchema = z.object({
  activities: z.number().int(),
  peopleReached: z.number().int(),
  /** inmatesInvolved × hours, summed. */
  inmateHours: z.number(),
  productsDelivered: z.number().int(),
});
export type CommunityTotals = z.infer<typeof CommunityTotalsSchema>;

export const CommunitySummarySchema = z.object({
  /** 'kanwil' at HQ (each UPT rolls up to its Kanwil), 'unit' below. */
  per: z.enum(['kanwil', 'unit']),
  totals: CommunityTotalsSchema,
  byKind: z.array(CommunityTotalsSchema.extend({ kind: CommunityKindSchema })),
  byUnit: z.array(CommunityTotalsSchema.extend({ unitId: z.uuid(), unitName: z.string() })),
});
export type CommunitySummary = z.infer<typeof CommunitySummarySchema>;
