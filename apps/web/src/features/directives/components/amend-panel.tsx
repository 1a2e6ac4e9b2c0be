import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PRIORITIES, type Directive } from '@selaras/contracts';
import { Alert, Button, Card, CheckboxField, SelectField, TextareaField, TextField } from '@/components/ui';
import { toOptionalNumber } from '@/lib/form-values';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useUpdateDirective } from '../api/update-directive';
import {
  AmendFormSchema,
  amendDraftKey,
  amendServerFields,
  toAmendForm,
  type AmendFormInput,
  type AmendFormOutput,
} from './amend-form-model';
import type { DirectiveFormInput } from './directive-form-model';
import { DueFields } from './due-fields';

type Form = UseFormReturn<AmendFormInput, unknown, AmendFormOutput>;
type Say = (message?: string) => string | undefined;

/** Names, units and targets of the metrics: what may change after issue (not their kind or number). */
function MetricLabelFields({ form, say }: { form: Form; say: Say }) {
  const { t } = useI18n();
  const metrics = form.getValues('metrics');
  const errors = form.formState.errors.metrics;
  if (metrics.length === 0) return null;
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-2 font-semibold text-navy-900">{t('amend.metrics')}</legend>
      <p className="text-sm text-slate-600">{t('amend.metricsHint')}</p>
      {metrics.map((metric, index) => (
        <fieldset key={metric.key} className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-3">
          <legend className="mb-1 text-sm font-medium text-slate-700">{t('amend.metricNamed', { key: metric.key })}</legend>
          <TextField label={t('directives.metric.name')} required error={say(errors?.[index]?.name?.message)} {...form.register(`metrics.${index}.name`)} />
          <TextField label={t('directives.metric.unit')} error={say(errors?.[index]?.unit?.message)} {...form.register(`metrics.${index}.unit`)} />
          <TextField
            label={t('metricsEditor.target')}
            inputMode="decimal"
            error={say(errors?.[index]?.targetPerUnit?.message)}
            {...form.register(`metrics.${index}.targetPerUnit`, { setValueAs: toOptionalNumber })}
          />
        </fieldset>
      ))}
    </fieldset>
  );
}

function EvidenceFields({ form }: { form: Form }) {
  const { t } = useI18n();
  return (
    <fieldset className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-3">
      <legend className="mb-2 font-semibold text-navy-900">{t('amend.evidence')}</legend>
      <TextField label={t('amend.minPhotos')} type="number" min={0} max={20} {...form.register('evidence.minPhotos', { valueAsNumber: true })} />
      <TextField label={t('amend.minDocuments')} type="number" min={0} max={20} {...form.register('evidence.minDocuments', { valueAsNumber: true })} />
      <CheckboxField label={t('amend.geotag')} {...form.register('evidence.geotagRequired')} />
    </fieldset>
  );
}

/** The amendable fields and the reason. */
function AmendFields({ form, say }: { form: Form; say: Say }) {
  const { t } = useI18n();
  const { errors } = form.formState;
  return (
    <>
      <TextField label={t('directives.form.title')} required error={say(errors.title?.message)} {...form.register('title')} />
      <TextareaField label={t('directives.form.body')} required rows={6} error={say(errors.body?.message)} {...form.register('body')} />
      <SelectField
        label={t('directives.form.priority')}
        options={PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) }))}
        {...form.register('priority')}
      />
      {/* The due fields read only `due.*`, which both forms share. */}
      <DueFields form={form as unknown as UseFormReturn<DirectiveFormInput>} say={say} />
      <MetricLabelFields form={form} say={say} />
      <EvidenceFields form={form} />
      <TextareaField label={t('amend.reason')} hint={t('amend.reasonHint')} required rows={3} error={say(errors.reason?.message)} {...form.register('reason')} />
    </>
  );
}

/** Amends an issued directive; the reason is required and every change is kept as a version. */
export function AmendPanel({ directive }: { directive: Directive }) {
  const { t, lang } = useI18n();
  const key = amendDraftKey(directive.id);
  const update = useUpdateDirective(directive.id);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<AmendFormInput, unknown, AmendFormOutput>({
    resolver: zodResolver(AmendFormSchema, resolverOptions),
    defaultValues: loadDraft(key, toAmendForm(directive)),
  });
  useFormDraft(form, key);
  const say: Say = (message) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSaved(false);
    try {
      const amended = await update.mutateAsync(values);
      clearDraft(key);
      form.reset(toAmendForm(amended));
      setSaved(true);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, amendServerFields(values.metrics.length), t));
    }
  });

  return (
    <Card title={t('amend.title')}>
      <details>
        <summary className="focus-ring cursor-pointer font-medium text-navy-800">{t('amend.open')}</summary>
        <p className="mt-3 max-w-prose text-sm text-slate-700">{t('amend.explain')}</p>
        <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-5" aria-label={t('amend.title')}>
          {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
          {saved && <Alert tone="success">{t('amend.saved')}</Alert>}
          <AmendFields form={form} say={say} />
          <div>
            <Button type="submit" busy={update.isPending}>
              {t('amend.submit')}
            </Button>
          </div>
        </form>
      </details>
    </Card>
  );
}
