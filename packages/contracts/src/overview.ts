import { z } from 'zod';
import { TimeZoneSchema, UnitKindSchema } from './units.js';

export const OverviewQuerySchema = z
  .object({
    directiveId: z.uuid().optional(),
    tag: z.string().trim().min(1).max(60).optional(),
  })
  .strict();
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;

const Progress = {
  assigned: z.number().int(),
  reported: z.number().int(),
  verified: z.number().int(),
  overdue: z.number().int(),
  reportedPercent: z.number(),
  verifiedPercent: z.number(),
};

export const MAP_COLOURS = ['green', 'yellow', 'red', 'grey'] as const;
export const MapColourSchema = z
  .enum(MAP_COLOURS)
  .describe('From the unit\'s own follow-ups: green when ≥ 80 % reported, yellow 50–80 %, red < 50 %, grey when it has none.');
export type MapColour = z.infer<typeof MapColourSchema>;

export const ComplianceRowSchema = z.object({ unitId: z.uuid(), unitName: z.string(), ...Progress });
export type ComplianceRow = z.infer<typeof ComplianceRowSchema>;

export const OverdueItemSchema = z.object({
  assignmentId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitTimezone: TimeZoneSchema,
  directiveId: z.uuid(),
  directiveTitle: z.string(),
  dueAt: z.string(),
  daysLate: z.number().int(),
});
export type OverdueItem = z.infer<typeof OverdueItemSchema>;

export const MapPointSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: UnitKindSchema,
  lat: z.number(),
  lng: z.number(),
  assigned: z.number().int(),
  reported: z.number().int(),
  reportedPercent: z.number(),
  colour: MapColourSchema,
});
export type MapPoint = z.infer<typeof MapPointSchema>;

/** The leadership dashboard for the caller's subtree; "reported" (verified included) and "verified" apart. */
export const OverviewSchema = z.object({
  scope: z.object({ unitId: z.uuid(), unitName: z.string(), unitKind: UnitKindSchema }),
  generatedAt: z.string(),
  directives: z.object({
    issued: z.number().int(),
    open: z.number().int().describe('Issued, with at least one follow-up in scope not yet verified.'),
  }),
  followUps: z.object(Progress),
  compliance: z.object({
    groupedBy: z.enum(['kanwil', 'unit']).describe('Kanwil for HQ, the units themselves below it.'),
    rows: z.array(ComplianceRowSchema).describe('Ranked: verified %, then reported %, then fewest overdue.'),
  }),
  overdue: z.array(OverdueItemSchema).describe('The 20 most late follow-ups.'),
  overdueTotal: z.number().int(),
  map: z.array(MapPointSchema).describe(MapColourSchema.description ?? ''),
});
export type Overview = z.infer<typeof OverviewSchema>;
