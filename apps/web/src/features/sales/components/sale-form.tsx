import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { SALES_CHANNELS, type SaleOptions } from '@selaras/contracts';
import { Alert, Button, Card, TextareaField, TextField } from '@/components/ui';
import { emptyToUndefined } from '@/lib/form-values';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { randomUuid } from '@/lib/idempotency-key';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useRecordSale } from '../api/record-sale';
import { channelLabel } from './labels';
import { emptyItem, previewSale, SaleFormSchema, toSaleBody, type SaleFormInput, type SaleFormOutput } from './sale-form-model';
import { SaleItemRow } from './sale-item-row';
import { SplitPreview } from './split-preview';

const DRAFT_KEY = 'sale';
const SERVER_FIELDS: Path<SaleFormInput>[] = ['soldOn', 'channel', 'buyer', 'note', 'items'];

function freshSale(options: SaleOptions): SaleFormInput {
  // One clientId per draft: a retry of the same draft is recognised and never recorded twice.
  return { clientId: randomUuid(), soldOn: options.today, channel: 'koperasi', buyer: '', note: '', items: [emptyItem(options)] };
}

/** Records a sale on a phone: channel, lines from batches in stock, a live split preview and a save that stays in reach. */
export function SaleForm({ options }: { options: SaleOptions }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const record = useRecordSale();
  const [defaults] = useState(() => loadDraft(DRAFT_KEY, freshSale(options)));
  const form = useForm<SaleFormInput, unknown, SaleFormOutput>({ resolver: zodResolver(SaleFormSchema, resolverOptions), defaultValues: defaults });
  useFormDraft(form, DRAFT_KEY);
  const items = useFieldArray({ control: form.control, name: 'items' });
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);
  const preview = previewSale(form.watch('items'), options.rule);

  const onSubmit = form.handleSubmit((values) =>
    attempt(async () => {
      const sale = await record.mutateAsync(toSaleBody(values));
      clearDraft(DRAFT_KEY);
      await navigate({ to: '/penjualan/$saleId', params: { saleId: sale.id }, search: { saved: true } });
    }, SERVER_FIELDS),
  );

  if (options.products.length === 0) return <Alert tone="info">{t('sales.form.nothingToSell')}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('sales.form.title')} className="flex flex-col gap-4">
      {notices(t('sales.form.saved'))}
      <Card title={t('sales.form.channel')}>
        <fieldset>
          <legend className="sr-only">{t('sales.form.channel')}</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {SALES_CHANNELS.map((channel) => (
              <label
                key={channel}
                className="focus-within:ring-2 focus-within:ring-teal-600 flex min-h-14 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 font-medium has-[:checked]:border-navy-800 has-[:checked]:bg-navy-50"
              >
                <input type="radio" value={channel} className="size-5" {...form.register('channel')} />
                {t(channelLabel(channel))}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="mt-3 grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField type="date" label={t('sales.form.soldOn')} required error={say(errors.soldOn?.message)} {...form.register('soldOn')} />
          <TextField label={t('sales.form.buyer')} hint={t('sales.form.buyerHint')} error={say(errors.buyer?.message)} {...form.register('buyer', { setValueAs: emptyToUndefined })} />
        </div>
      </Card>
      <Card title={t('sales.form.items')}>
        <div className="flex flex-col gap-3">
          {items.fields.map((field, index) => (
            <SaleItemRow key={field.id} index={index} form={form} options={options} onRemove={items.fields.length > 1 ? () => items.remove(index) : undefined} />
          ))}
          {errors.items?.message && <Alert tone="error">{say(errors.items.message)}</Alert>}
          <div>
            <Button type="button" variant="secondary" onClick={() => items.append(emptyItem(options))}>
              {t('sales.form.addItem')}
            </Button>
          </div>
          <TextareaField label={t('sales.form.note')} rows={2} error={say(errors.note?.message)} {...form.register('note', { setValueAs: emptyToUndefined })} />
        </div>
      </Card>
      <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.06)] sm:mx-0 sm:rounded-lg sm:border">
        <SplitPreview total={preview.total} split={preview.split} rule={options.rule} />
        <Button type="submit" busy={record.isPending} className="mt-3 w-full">
          {t('sales.form.submit')}
        </Button>
      </div>
    </form>
  );
}
