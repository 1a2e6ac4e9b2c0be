import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { AgencyBodySchema, AphAgencySchema, type AgencyBody, type Incident } from '@selaras/contracts';
import { Alert, Button, SelectField, TextareaField, TextField } from '@/components/ui';
import { ApiError, isApiError } from '@/lib/api-client';
import { zoneAbbreviation } from '@/lib/format';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { useLogAgency } from '../api/log-agency';
import { fromLocalInput, toLocalInput } from './incident-rules';
import { AGENCY_LABEL, AGENCY_OPTIONS } from './labels';

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const AgencyFormSchema = z.object({
  agency: AphAgencySchema,
  name: AgencyBodySchema.shape.name,
  contact: z.string().trim().max(120),
  requestedLocal: z.string().regex(LOCAL),
  arrivedLocal: z.union([z.literal(''), z.string().regex(LOCAL)]),
  personnel: z
    .string()
    .trim()
    .regex(/^\d{0,5}$/),
  notes: z.string().trim().max(2000),
});
type AgencyFormInput = z.input<typeof AgencyFormSchema>;
type AgencyFormValues = z.output<typeof AgencyFormSchema>;

const SERVER_FIELDS: Path<AgencyFormInput>[] = [
  'agency',
  'name',
  'contact',
  'requestedLocal',
  'arrivedLocal',
  'personnel',
  'notes',
];
const RENAMED: Record<string, string> = { 'body.requestedAt': 'requestedLocal', 'body.arrivedAt': 'arrivedLocal' };

function emptyAgency(incident: Incident): AgencyFormInput {
  return {
    agency: 'polres',
    name: '',
    contact: '',
    requestedLocal: toLocalInput(new Date(), incident.unitTimezone),
    arrivedLocal: '',
    personnel: '',
    notes: '',
  };
}

function toBody(values: AgencyFormValues, incident: Incident): AgencyBody {
  const zone = incident.unitTimezone;
  const requestedAt = fromLocalInput(values.requestedLocal, zone) ?? new Date().toISOString();
  const arrivedAt = values.arrivedLocal ? fromLocalInput(values.arrivedLocal, zone) : null;
  return {
    agency: values.agency,
    name: values.name,
    requestedAt,
    ...(values.contact ? { contact: values.contact } : {}),
    ...(arrivedAt ? { arrivedAt } : {}),
    ...(values.personnel ? { personnel: Number(values.personnel) } : {}),
    ...(values.notes ? { notes: values.notes } : {}),
  };
}

function withFormPaths(error: unknown): unknown {
  if (!isApiError(error) || !error.problem.errors) return error;
  const errors = error.problem.errors.map((issue) => ({ ...issue, path: RENAMED[issue.path] ?? issue.path }));
  return new ApiError({ ...error.problem, errors });
}

/** A new coordination entry: which agency was asked, by name, when, and (if already) when it arrived. */
export function AgencyForm({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const log = useLogAgency(incident.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<AgencyFormInput, unknown, AgencyFormValues>({
    resolver: zodResolver(AgencyFormSchema, resolverOptions),
    defaultValues: emptyAgency(incident),
  });
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);
  const zone = zoneAbbreviation(incident.unitTimezone);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await log.mutateAsync(toBody(values, incident));
      form.reset(emptyAgency(incident));
    } catch (error) {
      setFailure(applyServerErrors(withFormPaths(error), form.setError, SERVER_FIELDS, t));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('incidents.agencies.formLabel')} className="flex flex-col gap-3">
      {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
      <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField
          label={t('incidents.agencies.agency')}
          required
          options={AGENCY_OPTIONS.map((agency) => ({ value: agency, label: t(AGENCY_LABEL[agency]) }))}
          error={errors.agency ? t('validation.choose') : undefined}
          {...form.register('agency')}
        />
        <TextField
          label={t('incidents.agencies.name')}
          placeholder={t('incidents.agencies.namePlaceholder')}
          required
          error={say(errors.name?.message)}
          {...form.register('name')}
        />
        <TextField
          label={t('incidents.agencies.contact')}
          error={say(errors.contact?.message)}
          {...form.register('contact')}
        />
        <TextField
          label={t('incidents.agencies.personnel')}
          inputMode="numeric"
          error={errors.personnel ? t('validation.number') : undefined}
          {...form.register('personnel')}
        />
        <TextField
          type="datetime-local"
          label={t('incidents.agencies.requestedAt', { zone })}
          required
          error={errors.requestedLocal ? t('validation.format') : undefined}
          {...form.register('requestedLocal')}
        />
        <TextField
          type="datetime-local"
          label={t('incidents.agencies.arrivedAt', { zone })}
          hint={t('incidents.agencies.arrivedAtHint')}
          error={errors.arrivedLocal ? t('validation.format') : undefined}
          {...form.register('arrivedLocal')}
        />
        <TextareaField
          label={t('incidents.agencies.notes')}
          rows={2}
          fieldClassName="sm:col-span-2"
          error={say(errors.notes?.message)}
          {...form.register('notes')}
        />
      </div>
      <div>
        <Button type="submit" busy={log.isPending}>
          {t('incidents.agencies.submit')}
        </Button>
      </div>
    </form>
  );
}
