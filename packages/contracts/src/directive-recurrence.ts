import { z } from 'zod';

/** At most this many reporting windows per directive (one year of weekly reports). */
export const MAX_WINDOWS = 52;

function isCalendarDay(s: string): boolean {
  const [y = 0, m = 0, d = 0] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as people write it, without a time: "2025-09-09". */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'format YYYY-MM-DD')
  .refine(isCalendarDay, 'tanggal tidak ada');

// Counts above MAX_WINDOWS pass the schema so the service can refuse them with one clear message.
const WindowCountSchema = z.number().int().min(1).max(1000);

/**
 * Recurring reporting windows. The directive's due gives the time of day (and, for weekly and monthly,
 * the first day the windows may fall on); each window's due follows the same zone rule as the due.
 * Weekday is ISO: 1 = Monday … 7 = Sunday.
 */
export const RecurrenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('weekly'), weekday: z.number().int().min(1).max(7), count: WindowCountSchema }).strict(),
  z
    .object({
      kind: z.literal('monthly'),
      dayOfMonth: z.union([z.number().int().min(1).max(28), z.literal('last')]),
      count: WindowCountSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('custom'),
      dueDates: z
        .array(LocalDateSchema)
        .min(1)
        .max(1000)
        .refine((ds) => new Set(ds).size === ds.length, 'Tanggal tenggat tidak boleh berulang'),
    })
    .strict(),
]);
export type Recurrence = z.infer<typeof RecurrenceSchema>;
export const NO_RECURRENCE: Recurrence = { kind: 'none' };

/** One reporting window as the roll-up lists it: its local due ("2025-09-15T10:00") and, once issued, its bounds. */
export const DirectiveWindowSchema = z.object({
  no: z.number().int(),
  dueLocal: z.string(),
  /** The instant of the due in WIB (the latest of the three zones when each unit keeps its own). */
  dueAt: z.string(),
  startAt: z.string().nullable(),
});
export type DirectiveWindow = z.infer<typeof DirectiveWindowSchema>;

/** `window` query parameter: a window number, or "all". Absent means the current window. */
export const WindowParamSchema = z.union([z.literal('all'), z.coerce.number().int().min(1).max(1000)]);
