import { z } from 'zod';
import { PROGRAMME_CATEGORY_CODES, type CreateProgrammeBody } from '@selaras/contracts';

export const PROGRAMME_DRAFT_KEY = 'programme-new';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const SlotSchema = z
  .object({ weekday: z.string().regex(/^[1-7]$/), start: Time, end: Time })
  .refine((s) => s.end > s.start, { message: 'Jam selesai harus setelah jam mulai.', path: ['end'] });

/** What the form holds: text as typed (numbers too), checked again by the server. */
export const ProgrammeFormSchema = z
  .object({
    unitId: z.string(),
    name: z.string().trim().min(3).max(200),
    category: z.enum(PROGRAMME_CATEGORY_CODES),
    partner: z.string().trim().max(200),
    trainer: z.string().trim().max(200),
    place: z.string().trim().min(2).max(200),
    capacity: z.string().trim().regex(/^\d{1,4}$/).transform(Number).pipe(z.number().int().min(1).max(1000)),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    description: z.string().trim().max(4000),
    timetable: z.array(SlotSchema).min(1).max(21),
  })
  .refine((v) => v.endDate >= v.startDate, { message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.', path: ['endDate'] });

export type ProgrammeFormValues = z.input<typeof ProgrammeFormSchema>;
export type ProgrammeFormOutput = z.output<typeof ProgrammeFormSchema>;

export function emptyProgramme(): ProgrammeFormValues {
  return {
    unitId: '',
    name: '',
    category: 'keagamaan',
    partner: '',
    trainer: '',
    place: '',
    capacity: '20',
    startDate: '',
    endDate: '',
    description: '',
    timetable: [{ weekday: '1', start: '08:00', end: '10:00' }],
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function toCreateBody(v: ProgrammeFormOutput): CreateProgrammeBody {
  return {
    ...(v.unitId ? { unitId: v.unitId } : {}),
    name: v.name,
    category: v.category,
    partner: orNull(v.partner),
    trainer: orNull(v.trainer),
    place: v.place,
    capacity: v.capacity,
    startDate: v.startDate,
    endDate: v.endDate,
    description: orNull(v.description),
    timetable: v.timetable.map((s) => ({ weekday: Number(s.weekday), start: s.start, end: s.end })),
  };
}

const FIELDS = ['unitId', 'name', 'category', 'partner', 'trainer', 'place', 'capacity', 'startDate', 'endDate', 'description', 'timetable'] as const;
type SlotField = `timetable.${number}` | `timetable.${number}.${'weekday' | 'start' | 'end'}`;

/** Fields the server may name in its errors (`body.timetable.1.end`), for a timetable of `slots` rows. */
export function programmeServerFields(slots: number): ((typeof FIELDS)[number] | SlotField)[] {
  const perSlot = Array.from({ length: slots }, (_, i) => [`timetable.${i}`, `timetable.${i}.start`, `timetable.${i}.end`] as SlotField[]);
  return [...FIELDS, ...perSlot.flat()];
}
