import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { CreateIncidentBody, IncidentCatalogue, Position } from '@selaras/contracts';
import { Alert, Button, SelectField, TextareaField, TextField } from '@/components/ui';
import { ApiError } from '@/lib/api-client';
import { zoneAbbreviation } from '@/lib/format';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { randomUuid } from '@/lib/idempotency-key';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { failedWithoutAnswer, isDeviceOffline } from '@/lib/offline/network';
import { discardOutboxItem } from '@/lib/outbox/outbox';
import type { OutboxItem } from '@/lib/outbox/outbox-types';
import { useCreateIncident, type CreatedIncident } from '../api/create-incident';
import { useReportUnits } from '../api/list-report-units';
import { queueIncidentReport, rememberedQueuedReport, rememberQueuedReport } from '../api/queue-incident-report';
import { ChoiceCards } from './choice-cards';
import { categoriesForReport, typedCounters } from './incident-rules';
import { QueuedReport } from './queued-report';
import { fromCreateBody } from './refused-report';
import {
  emptyReport,
  needsNewClientId,
  REPORT_DRAFT_KEY,
  ReportFormSchema,
  reportServerFields,
  toCreateBody,
  toFormProblem,
  type ReportFormValues,
} from './report-form-model';

type ReportFormProps = {
  catalogue: IncidentCatalogue;
  position: Position;
  onCreated: (incident: CreatedIncident) => void;
};

/** The first report, built for a phone: tap a category and a severity, say where and what, send. */
export function ReportForm({ catalogue, position, onCreated }: ReportFormProps) {
  const { t, lang } = useI18n();
  const create = useCreateIncident();
  const [failure, setFailure] = useState<string | null>(null);
  const [queuedId, setQueuedId] = useState(rememberedQueuedReport);
  const forKanwil = position.unitKind === 'kanwil';
  const units = useReportUnits(forKanwil);
  const [defaults] = useState(() => loadDraft(REPORT_DRAFT_KEY, emptyReport(position.unitTimezone)));
  const form = useForm<ReportFormValues>({
    resolver: zodResolver(ReportFormSchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, REPORT_DRAFT_KEY);
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const categories = categoriesForReport(catalogue.categories);
  const severities = catalogue.severities.filter((s) => s.active).sort((a, b) => a.rank - b.rank);
  const category = categories.find((c) => c.id === form.watch('categoryId'));
  const unitId = form.watch('unitId');
  const timeZone = units.data?.find((unit) => unit.id === unitId)?.timezone ?? position.unitTimezone;
  const counters = category ? typedCounters(category.counters) : [];
  const counterKeys = counters.map((c) => c.key);

  // No signal: the report waits on the device, its clientId with it, and goes out once the signal returns.
  async function keepOnDevice(body: CreateIncidentBody) {
    const label = t('capture.incident.label', { category: category?.name ?? '', location: body.location });
    const item = await queueIncidentReport(body, label);
    clearDraft(REPORT_DRAFT_KEY);
    rememberQueuedReport(item.id);
    setQueuedId(item.id);
  }

  // The server refused the queued report: it comes back into the form with the reason on its fields.
  function editRefused(item: OutboxItem) {
    const values = fromCreateBody(item.request.body, position.unitTimezone, randomUuid());
    rememberQueuedReport(null);
    setQueuedId(null);
    if (values) form.reset(values);
    void discardOutboxItem(item.id);
    if (item.problem) {
      setFailure(applyServerErrors(toFormProblem(new ApiError(item.problem)), form.setError, reportServerFields(counterKeys), t));
    }
  }

  function startAnother() {
    rememberQueuedReport(null);
    setQueuedId(null);
    form.reset(emptyReport(position.unitTimezone));
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const body = toCreateBody(values, timeZone, counterKeys);
    if (isDeviceOffline()) return keepOnDevice(body);
    try {
      const incident = await create.mutateAsync(body);
      clearDraft(REPORT_DRAFT_KEY);
      onCreated(incident);
    } catch (error) {
      if (failedWithoutAnswer(error)) {
        create.reset();
        return keepOnDevice(body);
      }
      if (needsNewClientId(error)) form.setValue('clientId', randomUuid());
      setFailure(applyServerErrors(toFormProblem(error), form.setError, reportServerFields(counterKeys), t));
    }
  });

  function discard() {
    clearDraft(REPORT_DRAFT_KEY);
    form.reset(emptyReport(position.unitTimezone));
    setFailure(null);
  }

  if (queuedId) {
    return (
      <QueuedReport
        itemId={queuedId}
        onCreated={(incident) => {
          rememberQueuedReport(null);
          onCreated(incident);
        }}
        onAnother={startAnother}
        onEdit={editRefused}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('incidents.report.formLabel')} className="flex flex-col gap-6">
      {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
      {forKanwil && (
        <SelectField
          label={t('incidents.report.unit')}
          hint={t('incidents.report.unitHint')}
          placeholder={t('incidents.report.ownUnit', { unit: position.unitName })}
          options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
          error={say(errors.unitId?.message)}
          {...form.register('unitId')}
        />
      )}
      <ChoiceCards
        legend={t('incidents.report.category')}
        choices={categories.map((c) => ({
          value: c.id,
          label: lang === 'en' ? c.nameEn : c.name,
          emphasis: c.serious,
        }))}
        emphasisHint={t('incidents.report.seriousHint')}
        emphasisMark={t('incidents.serious')}
        error={errors.categoryId ? t('validation.choose') : undefined}
        {...form.register('categoryId')}
      />
      <ChoiceCards
        legend={t('incidents.report.severity')}
        columns="grid-cols-2 sm:grid-cols-4"
        choices={severities.map((s) => ({ value: s.code, label: lang === 'en' ? s.nameEn : s.name }))}
        error={errors.severity ? t('validation.choose') : undefined}
        {...form.register('severity')}
      />
      <div className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          type="datetime-local"
          label={t('incidents.report.occurredAt', { zone: zoneAbbreviation(timeZone) })}
          hint={t('incidents.report.occurredAtHint')}
          required
          error={errors.occurredLocal ? say(errors.occurredLocal.message) : undefined}
          {...form.register('occurredLocal')}
        />
        <TextField
          label={t('incidents.report.location')}
          placeholder={t('incidents.report.locationPlaceholder')}
          required
          autoComplete="off"
          error={say(errors.location?.message)}
          {...form.register('location')}
        />
        <TextareaField
          label={t('incidents.report.description')}
          hint={t('incidents.report.descriptionHint')}
          required
          rows={3}
          fieldClassName="sm:col-span-2"
          error={say(errors.description?.message)}
          {...form.register('description')}
        />
      </div>
      {counters.length > 0 && (
        <fieldset className="grid min-w-0 grid-cols-2 gap-3 sm:grid-cols-3">
          <legend className="mb-1 font-semibold text-navy-900">{t('incidents.report.counters')}</legend>
          {counters.map((counter) => (
            <TextField
              key={counter.key}
              label={lang === 'en' ? counter.labelEn : counter.label}
              inputMode="numeric"
              error={errors.counters?.[counter.key] ? t('validation.number') : undefined}
              {...form.register(`counters.${counter.key}`)}
            />
          ))}
        </fieldset>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={create.isPending} className="w-full sm:w-auto">
          {t('incidents.report.submit')}
        </Button>
        <Button variant="ghost" onClick={discard} disabled={create.isPending}>
          {t('incidents.report.discard')}
        </Button>
      </div>
    </form>
  );
}
