import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { CreateDepositBodySchema, type CreateDepositBody, type DepositList } from '@selaras/contracts';
import { Button, Card, Table, Td, Th, TextField } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useRecordDeposit } from '../api/record-deposit';
import { rupiah, toRupiah } from './labels';

// An NTPN left empty (or emptied by a reset after saving) is "not yet known", never an invalid one.
const DepositFormSchema = CreateDepositBodySchema.extend({
  ntpn: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), CreateDepositBodySchema.shape.ntpn),
});
type Input = z.input<typeof DepositFormSchema>;
const SERVER_FIELDS: Path<Input>[] = ['billingCode', 'ntpn', 'amountRupiah', 'depositedOn'];
const EMPTY: Input = { billingCode: '', ntpn: '', amountRupiah: 0, depositedOn: '' };

/** PNBP deposits to the treasury with their SIMPONI billing code, and the form to record one. */
export function DepositsSection({ unitId, list }: { unitId: string; list: DepositList }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('coop.deposits.title')}>
      <div className="flex flex-col gap-4">
        <p className="text-sm">{t('coop.deposits.total', { total: rupiah(list.totalRupiah, lang) })}</p>
        <Table caption={t('coop.deposits.caption')} hideCaption>
          <thead>
            <tr>
              <Th>{t('coop.deposits.date')}</Th>
              <Th>{t('coop.deposits.billingCode')}</Th>
              <Th>{t('coop.deposits.ntpn')}</Th>
              <Th>{t('coop.deposits.amount')}</Th>
            </tr>
          </thead>
          <tbody>
            {list.items.length === 0 && (
              <tr>
                <Td colSpan={4}>{t('coop.deposits.none')}</Td>
              </tr>
            )}
            {list.items.map((d) => (
              <tr key={d.id}>
                <Td className="whitespace-nowrap">{formatDate(d.depositedOn, lang)}</Td>
                <Td className="tabular-nums">{d.billingCode}</Td>
                <Td className="tabular-nums">{d.ntpn ?? '–'}</Td>
                <Td className="whitespace-nowrap tabular-nums">{rupiah(d.amountRupiah, lang)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {list.abilities.record && <DepositForm unitId={unitId} />}
      </div>
    </Card>
  );
}

function DepositForm({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const draftKey = `pnbp-deposit-${unitId}`;
  const record = useRecordDeposit(unitId);
  const [defaults] = useState(() => loadDraft(draftKey, EMPTY));
  const form = useForm<Input, unknown, CreateDepositBody>({ resolver: zodResolver(DepositFormSchema, resolverOptions), defaultValues: defaults });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      await record.mutateAsync(values);
      clearDraft(draftKey);
      form.reset(EMPTY);
    }, SERVER_FIELDS),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('coop.deposits.formTitle')} className="flex flex-col gap-3 border-t border-slate-200 pt-4">
      <h3 className="font-semibold text-navy-900">{t('coop.deposits.formTitle')}</h3>
      {notices(t('coop.deposits.saved'))}
      <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField inputMode="numeric" label={t('coop.deposits.billingCode')} hint={t('coop.deposits.billingHint')} required error={say(errors.billingCode?.message)} {...form.register('billingCode')} />
        <TextField label={t('coop.deposits.ntpn')} hint={t('coop.deposits.ntpnHint')} error={say(errors.ntpn?.message)} {...form.register('ntpn')} />
        <TextField inputMode="numeric" label={t('coop.deposits.amount')} required error={say(errors.amountRupiah?.message)} {...form.register('amountRupiah', { setValueAs: toRupiah })} />
        <TextField type="date" label={t('coop.deposits.date')} required error={say(errors.depositedOn?.message)} {...form.register('depositedOn')} />
      </div>
      <div>
        <Button type="submit" busy={record.isPending}>
          {t('coop.deposits.submit')}
        </Button>
      </div>
    </form>
  );
}
