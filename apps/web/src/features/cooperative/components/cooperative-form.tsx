import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { COOPERATIVE_STATUSES, PutCooperativeBodySchema, type CooperativeRow, type PutCooperativeBody } from '@selaras/contracts';
import { Button, Card, SelectField, TextField } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { formatDate } from '@/lib/format';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useSaveCooperative } from '../api/save-cooperative';
import { STATUS_LABEL } from './labels';

type Input = z.input<typeof PutCooperativeBodySchema>;
const SERVER_FIELDS: Path<Input>[] = ['name', 'status', 'deedNumber', 'deedDate', 'legalEntityNumber', 'legalEntityDate'];
const optional = { setValueAs: emptyToUndefined };

function defaultsOf(row: CooperativeRow): Input {
  const c = row.cooperative;
  return {
    name: c?.name ?? '',
    status: row.status,
    // Fields hidden for the chosen status stay unset rather than empty, so they never fail validation.
    deedNumber: c?.deedNumber ?? undefined,
    deedDate: c?.deedDate ?? undefined,
    legalEntityNumber: c?.legalEntityNumber ?? undefined,
    legalEntityDate: c?.legalEntityDate ?? undefined,
  };
}

/** The unit's cooperative and how far its registration has come; read-only without the right to manage it. */
export function CooperativeForm({ row }: { row: CooperativeRow }) {
  const { t, lang } = useI18n();
  const draftKey = `cooperative-${row.unitId}`;
  const save = useSaveCooperative(row.unitId);
  const [defaults] = useState(() => loadDraft(draftKey, defaultsOf(row)));
  const form = useForm<Input, unknown, PutCooperativeBody>({ resolver: zodResolver(PutCooperativeBodySchema, resolverOptions), defaultValues: defaults });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);
  const status = form.watch('status');

  if (!row.abilities.manage) {
    const c = row.cooperative;
    return (
      <Card title={t('coop.registration.title')}>
        <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
          <dt className="text-slate-600">{t('coop.registration.status')}</dt>
          <dd>{t(STATUS_LABEL[row.status])}</dd>
          <dt className="text-slate-600">{t('coop.registration.deed')}</dt>
          <dd>{c?.deedNumber ? `${c.deedNumber} (${formatDate(c.deedDate ?? '', lang)})` : '–'}</dd>
          <dt className="text-slate-600">{t('coop.registration.legalEntity')}</dt>
          <dd>{c?.legalEntityNumber ? `${c.legalEntityNumber} (${formatDate(c.legalEntityDate ?? '', lang)})` : '–'}</dd>
        </dl>
      </Card>
    );
  }

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      await save.mutateAsync(values);
      clearDraft(draftKey);
    }, SERVER_FIELDS),
  );

  return (
    <Card title={t('coop.registration.title')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('coop.registration.title')} className="flex flex-col gap-3">
        {notices(t('coop.registration.saved'))}
        <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField label={t('coop.registration.name')} required fieldClassName="sm:col-span-2" error={say(errors.name?.message)} {...form.register('name')} />
          <SelectField
            label={t('coop.registration.status')}
            required
            options={COOPERATIVE_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
            error={say(errors.status?.message)}
            fieldClassName="sm:col-span-2"
            {...form.register('status')}
          />
          {status !== 'belum_terdaftar' && (
            <>
              <TextField label={t('coop.registration.deedNumber')} required error={say(errors.deedNumber?.message)} {...form.register('deedNumber', optional)} />
              <TextField type="date" label={t('coop.registration.deedDate')} required error={say(errors.deedDate?.message)} {...form.register('deedDate', optional)} />
            </>
          )}
          {status === 'berbadan_hukum' && (
            <>
              <TextField label={t('coop.registration.legalEntityNumber')} required error={say(errors.legalEntityNumber?.message)} {...form.register('legalEntityNumber', optional)} />
              <TextField type="date" label={t('coop.registration.legalEntityDate')} required error={say(errors.legalEntityDate?.message)} {...form.register('legalEntityDate', optional)} />
            </>
          )}
        </div>
        <div>
          <Button type="submit" busy={save.isPending}>
            {t('coop.registration.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
