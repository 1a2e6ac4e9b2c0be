import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  CreateDirectiveBodySchema,
  DIRECTIVE_SOURCES,
  METRIC_TYPES,
  PRIORITIES,
  type Directive,
} from '@selaras/contracts';
import type { z } from 'zod';
import { ListInput } from '@/components/list-input';
import { MetricsEditor } from '@/components/metrics-editor';
import { Alert, Button, SelectField, TextareaField, TextField } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateDirective } from '../api/create-directive';
import { RadioGroup } from './choice-group';
import {
  DRAFT_KEY,
  EMPTY_DIRECTIVE,
  normalizeDraft,
  serverFields,
  toBody,
  type DirectiveFormInput,
} from './directive-form-model';
import { DueFields } from './due-fields';
import { RecurrenceFields } from './recurrence-fields';
import { TargetFields } from './target-fields';

/** A new directive, saved as a draft; what is typed survives a reload until it is saved. */
export function DirectiveForm({ onCreated }: { onCreated: (directive: Directive) => void }) {
  const { t, lang } = useI18n();
  const createDirective = useCreateDirective();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<DirectiveFormInput, unknown, z.output<typeof CreateDirectiveBodySchema>>({
    resolver: zodResolver(CreateDirectiveBodySchema, resolverOptions),
    defaultValues: normalizeDraft(loadDraft(DRAFT_KEY, EMPTY_DIRECTIVE)),
  });
  useFormDraft(form, DRAFT_KEY);
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const directive = await createDirective.mutateAsync(toBody(values));
      clearDraft(DRAFT_KEY);
      onCreated(directive);
    } catch (error) {
      const fields = serverFields(values.metrics.length);
      setFailure(applyServerErrors(error, form.setError, fields, t));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {failure && <Alert tone="error">{failure}</Alert>}
      <fieldset className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold text-navy-900">{t('directives.form.basics')}</legend>
        <SelectField
          label={t('directives.form.source')}
          required
          options={DIRECTIVE_SOURCES.map((value) => ({ value, label: t(`directiveSource.${value}`) }))}
          error={say(errors.source?.message)}
          {...form.register('source')}
        />
        <TextField
          label={t('directives.form.reference')}
          hint={t('directives.form.referenceHint')}
          error={say(errors.reference?.message)}
          {...form.register('reference', { setValueAs: emptyToUndefined })}
        />
        <TextField
          label={t('directives.form.title')}
          required
          fieldClassName="sm:col-span-2"
          error={say(errors.title?.message)}
          {...form.register('title')}
        />
        <TextareaField
          label={t('directives.form.body')}
          required
          rows={8}
          fieldClassName="sm:col-span-2"
          error={say(errors.body?.message)}
          {...form.register('body')}
        />
        <SelectField
          label={t('directives.form.priority')}
          required
          options={PRIORITIES.map((value) => ({ value, label: t(`priority.${value}`) }))}
          error={say(errors.priority?.message)}
          {...form.register('priority')}
        />
        <Controller
          control={form.control}
          name="tags"
          render={({ field, fieldState }) => (
            <ListInput
              label={t('directives.form.tags')}
              hint={t('directives.form.tagsHint')}
              separator="comma"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={say(fieldState.error?.message ?? errors.tags?.root?.message)}
            />
          )}
        />
      </fieldset>
      <div className="border-t border-slate-200 pt-5">
        <TargetFields form={form} say={say} />
      </div>
      <div className="border-t border-slate-200 pt-5">
        <DueFields form={form} say={say} />
      </div>
      <div className="border-t border-slate-200 pt-5">
        <RecurrenceFields form={form} say={say} />
      </div>
      <div className="border-t border-slate-200 pt-5">
        <Controller
          control={form.control}
          name="verifiedBy"
          render={({ field, fieldState }) => (
            <RadioGroup
              legend={t('directives.form.verifiedBy')}
              hint={t('directives.form.verifiedByHint')}
              name="verified-by"
              value={field.value ?? 'kanwil'}
              onChange={field.onChange}
              error={say(fieldState.error?.message)}
              options={[
                { value: 'kanwil', label: t('verifiedBy.kanwil') },
                { value: 'hq', label: t('verifiedBy.hq') },
              ]}
            />
          )}
        />
      </div>
      <div className="border-t border-slate-200 pt-5">
        <fieldset className="flex min-w-0 flex-col gap-3">
          <legend className="mb-1 font-semibold text-navy-900">{t('directives.form.metrics')}</legend>
          <p className="text-sm text-slate-600">{t('directives.form.metricsHint')}</p>
          <MetricsEditor form={form} say={say} labels="directives" types={METRIC_TYPES} detailed />
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-5">
        <Button type="submit" busy={createDirective.isPending}>
          {t('directives.form.save')}
        </Button>
        <p className="text-sm text-slate-600">{t('directives.form.saveHint')}</p>
      </div>
    </form>
  );
}
