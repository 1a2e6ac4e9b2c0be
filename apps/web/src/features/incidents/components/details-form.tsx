import { useEffect, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Incident } from '@selaras/contracts';
import { Alert, Button, Card, TextareaField, TextField } from '@/components/ui';
import { zoneAbbreviation } from '@/lib/format';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useIncidentCatalogue } from '../api/get-incident-catalogue';
import { useUpdateIncidentDetails } from '../api/update-incident-details';
import { ChoiceCards } from './choice-cards';
import {
  asFields,
  DETAILS_SERVER_FIELDS,
  detailsDraftKey,
  detailsOf,
  DetailsFormSchema,
  hasChanges,
  initialDetails,
  INVOLVED_KEYS,
  rebase,
  TEXT_FIELDS,
  toUpdateBody,
  type DetailsFields,
  type DetailsFormInput,
  type DetailsFormOutput,
  type InvolvedKey,
} from './details-form-model';
import { toFormProblem } from './report-form-model';

type DetailsForm = UseFormReturn<DetailsFormInput, unknown, DetailsFormOutput>;

const INVOLVED_LABELS: Record<InvolvedKey, MessageKey> = {
  inmates: 'incidents.details.inmates',
  officers: 'incidents.details.officers',
  others: 'incidents.details.others',
  injured: 'incidents.details.injured',
  dead: 'incidents.details.dead',
};

/** Fields the person has not changed follow the incident as the page refreshes (others edit too). */
function useFollowIncident(form: DetailsForm, incident: Incident) {
  const fresh = JSON.stringify(detailsOf(incident));
  useEffect(() => {
    const next = rebase(form.getValues(), JSON.parse(fresh) as DetailsFields);
    for (const field of TEXT_FIELDS) {
      if (form.getValues(field) !== next[field]) form.setValue(field, next[field]);
    }
    for (const key of INVOLVED_KEYS) {
      if (form.getValues(`involved.${key}`) !== next.involved[key])
        form.setValue(`involved.${key}`, next.involved[key]);
    }
    form.setValue('base', next.base);
  }, [fresh, form]);
}

function InvolvedFields({ form }: { form: DetailsForm }) {
  const { t, lang } = useI18n();
  const errors = form.formState.errors.involved;
  const say = (key: InvolvedKey) => {
    const error = errors?.[key];
    if (!error) return undefined;
    if (error.type === 'invalid_format') return t('validation.number');
    return error.message ? localizeContractMessage(error.message, lang) : t('validation.number');
  };
  return (
    <fieldset className="grid min-w-0 grid-cols-2 gap-3 sm:grid-cols-3">
      <legend className="mb-1 font-semibold text-navy-900">{t('incidents.details.involved')}</legend>
      {INVOLVED_KEYS.map((key) => (
        <TextField
          key={key}
          label={t(INVOLVED_LABELS[key])}
          inputMode="numeric"
          autoComplete="off"
          error={say(key)}
          {...form.register(`involved.${key}`)}
        />
      ))}
    </fieldset>
  );
}

/** Details that follow the first report, with the people involved as counts; only changes are sent. */
export function DetailsForm({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const catalogue = useIncidentCatalogue();
  const save = useUpdateIncidentDetails(incident.id);
  const draftKey = detailsDraftKey(incident.id);
  const [defaults] = useState(() => initialDetails(detailsOf(incident), (start) => loadDraft(draftKey, start)));
  const [open, setOpen] = useState(() => hasChanges(defaults));
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<DetailsFormInput, unknown, DetailsFormOutput>({
    resolver: zodResolver(DetailsFormSchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, draftKey);
  useFollowIncident(form, incident);
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);
  const zone = incident.unitTimezone;
  const severities = (catalogue.data?.severities ?? [])
    .filter((s) => s.active || s.code === incident.severity)
    .sort((a, b) => a.rank - b.rank);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSaved(false);
    const body = toUpdateBody(values, zone);
    if (Object.keys(body).length === 0) {
      setFailure(t('incidents.details.unchanged'));
      return;
    }
    try {
      await save.mutateAsync(body);
      const shown = asFields(values);
      form.reset({ ...shown, base: shown });
      setSaved(true);
    } catch (error) {
      setFailure(applyServerErrors(toFormProblem(error), form.setError, DETAILS_SERVER_FIELDS, t));
    }
  });

  return (
    <Card title={t('incidents.details.title')}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="focus-ring cursor-pointer rounded font-medium text-navy-800">
          {t('incidents.details.open')}
        </summary>
        <p className="mt-3 max-w-prose text-sm text-slate-700">{t('incidents.details.explain')}</p>
        <form
          onSubmit={onSubmit}
          noValidate
          aria-label={t('incidents.details.title')}
          className="mt-4 flex flex-col gap-5"
        >
          {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
          {saved && <Alert tone="success">{t('incidents.details.saved')}</Alert>}
          {severities.length > 0 && (
            <ChoiceCards
              legend={t('incidents.details.severity')}
              columns="grid-cols-2 sm:grid-cols-4"
              choices={severities.map((s) => ({ value: s.code, label: lang === 'en' ? s.nameEn : s.name }))}
              error={errors.severity ? (say(errors.severity.message) ?? t('validation.choose')) : undefined}
              {...form.register('severity')}
            />
          )}
          <TextField
            type="datetime-local"
            label={t('incidents.details.occurredAt', { zone: zoneAbbreviation(zone) })}
            required
            error={say(errors.occurredLocal?.message)}
            {...form.register('occurredLocal')}
          />
          <TextField
            label={t('incidents.details.location')}
            required
            autoComplete="off"
            error={say(errors.location?.message)}
            {...form.register('location')}
          />
          <TextareaField
            label={t('incidents.details.description')}
            required
            rows={3}
            error={say(errors.description?.message)}
            {...form.register('description')}
          />
          <InvolvedFields form={form} />
          <div>
            <Button type="submit" busy={save.isPending}>
              {t('incidents.details.submit')}
            </Button>
          </div>
        </form>
      </details>
    </Card>
  );
}
