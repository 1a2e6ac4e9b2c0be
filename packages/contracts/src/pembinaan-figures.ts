import { z } from 'zod';
import { UnitKindSchema } from './units.js';

/** "2026-03": a calendar month between 2000 and 2100. */
export const FiguresMonthSchema = z
  .string()
  .regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, 'Bulan harus berformat TTTT-BB, tahun 2000–2100 (mis. 2026-03).');

export const ProgrammeFiguresQuerySchema = z
  .object({ month: FiguresMonthSchema.optional(), unitId: z.uuid().optional() })
  .strict();
export type ProgrammeFiguresQuery = z.infer<typeof ProgrammeFiguresQuerySchema>;

/**
 * The headline figures of a population for a month: inmates whose stay overlaps the month, those with at least
 * one attended (`hadir`) session dated in it, their share (0–1; 0 without a population), hours attended and hours
 * per inmate of the population.
 */
export const ParticipationFiguresSchema = z.object({
  population: z.number().int(),
  participants: z.number().int(),
  participationRate: z.number(),
  hours: z.number(),
  hoursPerInmate: z.number(),
});
export type ParticipationFigures = z.infer<typeof ParticipationFiguresSchema>;

const FiguresTrackSchema = z.enum(['kepribadian', 'kemandirian']);

export const FiguresBySexSchema = ParticipationFiguresSchema.extend({ sex: z.enum(['L', 'P']) });
/** Per track (category null) and per category of programme; the population is the whole scope's. */
export const FiguresByCategorySchema = ParticipationFiguresSchema.extend({
  track: FiguresTrackSchema,
  category: z.string().nullable(),
});
export const FiguresByUnitSchema = ParticipationFiguresSchema.extend({
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: UnitKindSchema,
});

export const ProgrammeFiguresSchema = ParticipationFiguresSchema.extend({
  month: FiguresMonthSchema,
  /** First and last day of the month (units' local dates). */
  from: z.iso.date(),
  to: z.iso.date(),
  unit: z.object({ id: z.uuid(), name: z.string(), kind: UnitKindSchema }),
  bySex: z.array(FiguresBySexSchema),
  byCategory: z.array(FiguresByCategorySchema),
  /** Per Kanwil for HQ, per UPT for a Kanwil (and the UPT itself for a UPT). */
  per: z.enum(['kanwil', 'unit']),
  byUnit: z.array(FiguresByUnitSchema),
});
export type ProgrammeFigures = z.infer<typeof ProgrammeFiguresSchema>;
