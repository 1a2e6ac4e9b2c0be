import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { SaveSeverityBodySchema, type Severity } from '@selaras/contracts';
import type { z } from 'zod';
import { Alert, Button, CheckboxField, TextField } from '@/components/ui';
import { toOptionalNumber } from '@/lib/form-values';
import { applyServerErrors, resolverOptions } from '@/lib/forms';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import { useI18n } from '@/lib/i18n/i18n';
import { useSaveSeverity } from '../api/save-severity';

type SeverityInput = z.input<typeof SaveSeverityBodySchema>;
const FIELDS = ['code', 'name', 'nameEn', 'rank', 'active'] as const;
const EMPTY: SeverityInput = { code: '', name: '', nameEn: '', rank: 1, active: true };

type SeverityFormProps = { severity: Severity | null; onDone: () => void };

/** Adds a severity level or changes one (its code stays). */
export function SeverityForm({ severity, onDone }: SeverityFormProps) {
  const { t, lang } = useI18n();
  const save = useSaveSeverity();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SeverityInput, unknown, z.output<typeof SaveSeverityBodySchema>>({
    resolver: zodResolver(SaveSeverityBodySchema, resolverOptions),
    defaultValues: severity ?? EMPTY,
  });
  const { errors } = form.formState;
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);

  const onSubmit = form.handleSubmit(async (body) => {
    setFailure(null);
    try {
      await save.mutateAsync(body);
      onDone();
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError, FIELDS, t));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4 border-t border-slate-200 pt-4">
      <h3 className="font-semibold text-navy-900">
        {severity ? t('catalogue.severity.editTitle', { name: severity.name }) : t('catalogue.severity.addTitle')}
      </h3>
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className="grid min-w-0 grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label={t('catalogue.severity.code')}
          required
          readOnly={severity !== null}
          autoCapitalize="none"
          spellCheck={false}
          hint={severity ? t('catalogue.severity.codeFixed') : t('catalogue.codeHint')}
          error={say(errors.code?.message)}
          {...form.register('code')}
        />
        <TextField
          label={t('catalogue.severity.rank')}
          type="number"
          inputMode="numeric"
          min={1}
          max={9}
          required
          hint={t('catalogue.severity.rankHint')}
          error={say(errors.rank?.message)}
          {...form.register('rank', { setValueAs: toOptionalNumber })}
        />
        <TextField
          label={t('catalogue.severity.name')}
          required
          error={say(errors.name?.message)}
          {...form.register('name')}
        />
        <TextField
          label={t('catalogue.severity.nameEn')}
          required
          error={say(errors.nameEn?.message)}
          {...form.register('nameEn')}
        />
        <CheckboxField label={t('catalogue.severity.active')} {...form.register('active')} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={save.isPending}>
          {t('catalogue.severity.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
