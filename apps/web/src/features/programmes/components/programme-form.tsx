import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PROGRAMME_CATEGORY_CODES, type Position, type Programme } from '@selaras/contracts';
import { Alert, Button, SelectField, TextareaField, TextField } from '@/components/ui';
import { zoneAbbreviation } from '@/lib/format';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateProgramme } from '../api/create-programme';
import { useProgrammeUnits } from '../api/list-programme-units';
import { categoryLabel } from './labels';
import {
  emptyProgramme,
  PROGRAMME_DRAFT_KEY,
  ProgrammeFormSchema,
  programmeServerFields,
  toCreateBody,
  type ProgrammeFormOutput,
  type ProgrammeFormValues,
} from './programme-form-model';
import { TimetableEditor } from './timetable-editor';

type ProgrammeFormProps = { position: Position; onCreated: (programme: Programme) => void };

/** A new programme: what, where, how many, when; the draft survives a reload. */
export function ProgrammeForm({ position, onCreated }: ProgrammeFormProps) {
  const { t, lang } = useI18n();
  const create = useCreateProgramme();
  const [failure, setFailure] = useState<string | null>(null);
  const forKanwil = position.unitKind !== 'upt';
  const units = useProgrammeUnits(forKanwil);
  const [defaults] = useState(() => loadDraft(PROGRAMME_DRAFT_KEY, emptyProgramme()));
  const form = useForm<ProgrammeFormValues, unknown, ProgrammeFormOutput>({
    resolver: zodResolver(ProgrammeFormSchema, resolverOptions),
    defaultValues: defaults,
  });
  useFormDraft(form, PROGRAMME_DRAFT_KEY);
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);
  const unitId = form.watch('unitId');
  const timeZone = units.data?.find((unit) => unit.id === unitId)?.timezone ?? position.unitTimezone;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const programme = await create.mutateAsync(toCreateBody(values));
      clearDraft(PROGRAMME_DRAFT_KEY);
      onCreated(programme);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, programmeServerFields(values.timetable.length), t));
    }
  });

  function discard() {
    clearDraft(PROGRAMME_DRAFT_KEY);
    form.reset(emptyProgramme());
    setFailure(null);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('programmes.form.label')} className="flex flex-col gap-6">
      {failure && <Alert tone="error">{localizeContractMessage(failure, lang)}</Alert>}
      <div className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        {forKanwil && (
          <SelectField
            label={t('programmes.form.unit')}
            placeholder={t('programmes.form.ownUnit', { unit: position.unitName })}
            options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            error={say(errors.unitId?.message)}
            fieldClassName="sm:col-span-2"
            {...form.register('unitId')}
          />
        )}
        <TextField label={t('programmes.form.name')} required autoComplete="off" error={say(errors.name?.message)} fieldClassName="sm:col-span-2" {...form.register('name')} />
        <SelectField
          label={t('programmes.form.category')}
          required
          options={PROGRAMME_CATEGORY_CODES.map((c) => ({ value: c, label: t(categoryLabel(c)) }))}
          error={say(errors.category?.message)}
          fieldClassName="sm:col-span-2"
          {...form.register('category')}
        />
        <TextField label={t('programmes.form.partner')} autoComplete="off" error={say(errors.partner?.message)} {...form.register('partner')} />
        <TextField label={t('programmes.form.trainer')} autoComplete="off" error={say(errors.trainer?.message)} {...form.register('trainer')} />
        <TextField label={t('programmes.form.place')} required autoComplete="off" error={say(errors.place?.message)} {...form.register('place')} />
        <TextField label={t('programmes.form.capacity')} required inputMode="numeric" error={say(errors.capacity?.message)} {...form.register('capacity')} />
        <TextField type="date" label={t('programmes.form.startDate')} required error={say(errors.startDate?.message)} {...form.register('startDate')} />
        <TextField type="date" label={t('programmes.form.endDate')} required error={say(errors.endDate?.message)} {...form.register('endDate')} />
      </div>
      <TimetableEditor form={form} zone={zoneAbbreviation(timeZone)} say={say} />
      <TextareaField label={t('programmes.form.description')} rows={3} error={say(errors.description?.message)} {...form.register('description')} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={create.isPending} className="w-full sm:w-auto">
          {t('programmes.form.submit')}
        </Button>
        <Button type="button" variant="ghost" onClick={discard} className="w-full sm:w-auto">
          {t('programmes.form.discard')}
        </Button>
      </div>
    </form>
  );
}
