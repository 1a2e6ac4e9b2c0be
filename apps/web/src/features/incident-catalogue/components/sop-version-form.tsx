import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { SopVersion, TimeZone } from '@selaras/contracts';
import type { z } from 'zod';
import { ListInput } from '@/components/list-input';
import { Alert, Button, TextareaField, TextField } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { zoneAbbreviation } from '@/lib/format';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useCreateSopVersion } from '../api/create-sop-version';
import { isoToLocalInZone, localInZoneToIso, SopDraftSchema, stepsFromTexts, type SopDraft } from '../catalogue-model';

const FIELDS = ['activeFromLocal', 'steps', 'note'] as const;
const CODE_FIELDS = { 'incidents.sop_in_the_past': 'activeFromLocal' } as const;

/** The first message among a list's item errors (a step too short). */
function firstItemError(errors: unknown): string | undefined {
  if (!Array.isArray(errors)) return undefined;
  for (const e of errors as ({ message?: string } | undefined)[]) if (e?.message) return e.message;
  return undefined;
}

type SopVersionFormProps = { categoryId: string; current: SopVersion | undefined; timeZone: TimeZone };

/** A new checklist version, starting now or later; versions already saved are never changed. */
export function SopVersionForm({ categoryId, current, timeZone }: SopVersionFormProps) {
  const { t, lang } = useI18n();
  const create = useCreateSopVersion();
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  // The step list keeps the text as typed; a new generation starts it again from the reset values.
  const [generation, setGeneration] = useState(0);
  const draftKey = `incident-catalogue.sop.${categoryId}`;
  const fresh = (): SopDraft => ({
    activeFromLocal: isoToLocalInZone(new Date(), timeZone),
    steps: current?.steps.map((s) => s.text) ?? [],
  });
  const form = useForm<SopDraft, unknown, z.output<typeof SopDraftSchema>>({
    resolver: zodResolver(SopDraftSchema, resolverOptions),
    defaultValues: loadDraft(draftKey, fresh()),
  });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (draft) => {
    setFailure(null);
    setSaved(null);
    try {
      const body = {
        activeFrom: localInZoneToIso(draft.activeFromLocal, timeZone),
        steps: stepsFromTexts(draft.steps),
        note: draft.note,
      };
      const version = await create.mutateAsync({ categoryId, body });
      clearDraft(draftKey);
      form.reset(fresh());
      setSaved(version.version);
      setGeneration((g) => g + 1);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, FIELDS, t, CODE_FIELDS));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failure && <Alert tone="error">{failure}</Alert>}
      {saved !== null && <Alert tone="success">{t('catalogue.sop.saved', { version: saved })}</Alert>}
      <TextField
        label={t('catalogue.sop.activeFromZone', { zone: zoneAbbreviation(timeZone) })}
        type="datetime-local"
        required
        hint={t('catalogue.sop.activeFromHint')}
        error={say(errors.activeFromLocal?.message)}
        {...form.register('activeFromLocal')}
      />
      <Controller
        control={form.control}
        name="steps"
        render={({ field, fieldState }) => (
          <ListInput
            key={generation}
            label={t('catalogue.sop.steps')}
            hint={t('catalogue.sop.stepsHint')}
            required
            separator="line"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={say(fieldState.error?.message ?? errors.steps?.root?.message ?? firstItemError(errors.steps))}
          />
        )}
      />
      <TextareaField
        label={t('catalogue.sop.note')}
        rows={2}
        error={say(errors.note?.message)}
        {...form.register('note', { setValueAs: emptyToUndefined })}
      />
      <div>
        <Button type="submit" busy={create.isPending}>
          {t('catalogue.sop.create')}
        </Button>
      </div>
    </form>
  );
}
