import { z } from 'zod';
import {
  CreateIncidentBodySchema,
  InvolvedCountsSchema,
  type Incident,
  type InvolvedCounts,
  type TimeZone,
  type UpdateIncidentBody,
} from '@selaras/contracts';
import type { Path } from 'react-hook-form';
import { fromLocalInput, toLocalInput } from './incident-rules';

export const INVOLVED_KEYS = [
  'inmates',
  'officers',
  'others',
  'injured',
  'dead',
] as const satisfies readonly (keyof InvolvedCounts)[];
export type InvolvedKey = (typeof INVOLVED_KEYS)[number];

export const TEXT_FIELDS = ['severity', 'occurredLocal', 'location', 'description'] as const;

/** A count as typed: digits only, within the contract's limit. */
function count(key: InvolvedKey) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(InvolvedCountsSchema.shape[key].unwrap());
}

/** The fields as the form shows them: the time on the unit's clock, counts as typed text. */
export type DetailsFields = {
  severity: string;
  occurredLocal: string;
  location: string;
  description: string;
  involved: Record<InvolvedKey, string>;
};

/**
 * The form also keeps `base`: what each field showed before the person changed it, kept with the
 * draft so that after a reload only what the person typed is sent, never an older value of a field
 * someone else has changed meanwhile.
 */
export const DetailsFormSchema = z.object({
  severity: z.string().min(1),
  occurredLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  location: CreateIncidentBodySchema.shape.location,
  description: CreateIncidentBodySchema.shape.description,
  involved: z.object({
    inmates: count('inmates'),
    officers: count('officers'),
    others: count('others'),
    injured: count('injured'),
    dead: count('dead'),
  }),
  base: z.custom<DetailsFields>(),
});
export type DetailsFormInput = z.input<typeof DetailsFormSchema>;
export type DetailsFormOutput = z.output<typeof DetailsFormSchema>;

export function detailsDraftKey(incidentId: string): string {
  return `incidents.details.${incidentId}`;
}

/** The incident's current details as the form shows them. */
export function detailsOf(
  incident: Pick<Incident, 'severity' | 'occurredAt' | 'location' | 'description' | 'involved' | 'unitTimezone'>,
): DetailsFields {
  const involved = {} as Record<InvolvedKey, string>;
  for (const key of INVOLVED_KEYS) involved[key] = String(incident.involved[key]);
  return {
    severity: incident.severity,
    occurredLocal: toLocalInput(new Date(incident.occurredAt), incident.unitTimezone),
    location: incident.location,
    description: incident.description,
    involved,
  };
}

function same(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '').trim() === (b ?? '').trim();
}

/**
 * The form against fresh details: a field the person has not changed (its value is still its base)
 * takes the fresh value; a changed one keeps what was typed and the base it was typed over.
 */
export function rebase(values: DetailsFormInput, fresh: DetailsFields): DetailsFormInput {
  const base = values.base;
  const next: DetailsFormInput = {
    ...values,
    involved: { ...values.involved },
    base: { ...fresh, involved: { ...fresh.involved } },
  };
  for (const field of TEXT_FIELDS) {
    if (!same(values[field], base[field])) {
      next.base[field] = base[field];
    } else {
      next[field] = fresh[field];
    }
  }
  for (const key of INVOLVED_KEYS) {
    if (!same(values.involved[key], base.involved[key])) {
      next.base.involved[key] = base.involved[key];
    } else {
      next.involved[key] = fresh.involved[key];
    }
  }
  return next;
}

/** A fresh form; `load` lays a saved draft over it (see loadDraft), then the draft is rebased. */
export function initialDetails(
  fresh: DetailsFields,
  load: (start: DetailsFormInput) => DetailsFormInput,
): DetailsFormInput {
  return rebase(load({ ...fresh, base: fresh }), fresh);
}

export function hasChanges(values: DetailsFormInput): boolean {
  return (
    TEXT_FIELDS.some((field) => !same(values[field], values.base[field])) ||
    INVOLVED_KEYS.some((key) => !same(values.involved[key], values.base.involved[key]))
  );
}

/**
 * Only what the person changed: the server takes the involved counts as a whole, so when one count
 * changed all five are sent (the ones not touched as they were last shown).
 */
export function toUpdateBody(values: DetailsFormOutput, timeZone: TimeZone): UpdateIncidentBody {
  const base = values.base;
  const body: UpdateIncidentBody = {};
  if (!same(values.severity, base.severity)) body.severity = values.severity;
  if (!same(values.occurredLocal, base.occurredLocal)) {
    const occurredAt = fromLocalInput(values.occurredLocal, timeZone);
    if (occurredAt) body.occurredAt = occurredAt;
  }
  if (!same(values.location, base.location)) body.location = values.location.trim();
  if (!same(values.description, base.description)) body.description = values.description.trim();
  if (INVOLVED_KEYS.some((key) => values.involved[key] !== Number(base.involved[key]))) {
    body.involved = { ...values.involved };
  }
  return body;
}

/** What the form shows once saved: the values sent, as text. */
export function asFields(values: DetailsFormOutput): DetailsFields {
  const involved = {} as Record<InvolvedKey, string>;
  for (const key of INVOLVED_KEYS) involved[key] = String(values.involved[key]);
  return {
    severity: values.severity,
    occurredLocal: values.occurredLocal,
    location: values.location.trim(),
    description: values.description.trim(),
    involved,
  };
}

export const DETAILS_SERVER_FIELDS: Path<DetailsFormInput>[] = [
  ...TEXT_FIELDS,
  ...INVOLVED_KEYS.map((key): Path<DetailsFormInput> => `involved.${key}`),
];
