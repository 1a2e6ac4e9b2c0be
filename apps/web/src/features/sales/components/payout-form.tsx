import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { CreatePayoutBodySchema, PAYOUT_METHODS, type CreatePayoutBody } from '@selaras/contracts';
import { Button, Card, SelectField, TextField } from '@/components/ui';
import { toOptionalNumber } from '@/lib/form-values';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useRecordPayout } from '../api/record-payout';
import { methodLabel } from './labels';

type PayoutInput = z.input<typeof CreatePayoutBodySchema>;
const SERVER_FIELDS: Path<PayoutInput>[] = ['amountRupiah', 'method', 'accountReference', 'paidOn'];
// The account number is never kept in a draft: it is stored masked on the server and nowhere else.
const NOT_KEPT = ['accountReference'];

/** A cashless payout: only an e-money card or a bank savings account, never cash. */
export function PayoutForm({ inmateId, today }: { inmateId: string; today: string }) {
  const { t } = useI18n();
  const draftKey = `premi-payout-${inmateId}`;
  const empty: PayoutInput = { amountRupiah: 0, method: 'tabungan_bank', accountReference: '', paidOn: today };
  const [defaults] = useState(() => ({ ...loadDraft(draftKey, empty), accountReference: '' }));
  const form = useForm<PayoutInput, unknown, CreatePayoutBody>({ resolver: zodResolver(CreatePayoutBodySchema, resolverOptions), defaultValues: defaults });
  useFormDraft(form, draftKey, NOT_KEPT);
  const record = useRecordPayout(inmateId);
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      await record.mutateAsync(values);
      clearDraft(draftKey);
      form.reset(empty);
    }, SERVER_FIELDS),
  );

  return (
    <Card title={t('premi.payout.title')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('premi.payout.title')} className="flex flex-col gap-3">
        <p className="text-sm text-slate-700">{t('premi.payout.cashless')}</p>
        {notices(t('premi.payout.saved'))}
        <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField
            inputMode="numeric"
            label={t('premi.payout.amount')}
            required
            error={say(errors.amountRupiah?.message)}
            {...form.register('amountRupiah', { setValueAs: toOptionalNumber })}
          />
          <SelectField
            label={t('premi.payout.method')}
            required
            options={PAYOUT_METHODS.map((m) => ({ value: m, label: t(methodLabel(m)) }))}
            error={say(errors.method?.message)}
            {...form.register('method')}
          />
          <TextField
            inputMode="numeric"
            autoComplete="off"
            label={t('premi.payout.account')}
            hint={t('premi.payout.accountHint')}
            required
            error={say(errors.accountReference?.message)}
            {...form.register('accountReference')}
          />
          <TextField type="date" label={t('premi.payout.paidOn')} required error={say(errors.paidOn?.message)} {...form.register('paidOn')} />
        </div>
        <div>
          <Button type="submit" busy={record.isPending}>
            {t('premi.payout.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
