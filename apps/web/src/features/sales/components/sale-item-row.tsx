import type { UseFormReturn } from 'react-hook-form';
import type { SaleOptions } from '@selaras/contracts';
import { Button, SelectField, TextField } from '@/components/ui';
import { toOptionalNumber } from '@/lib/form-values';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { localizeContractMessage } from '@/lib/i18n/contract-messages';
import type { SaleFormInput, SaleFormOutput } from './sale-form-model';

type Props = {
  index: number;
  form: UseFormReturn<SaleFormInput, unknown, SaleFormOutput>;
  options: SaleOptions;
  onRemove?: () => void;
};

/** One line of a sale: product, then the batch it comes from (with what is left), quantity and price. */
export function SaleItemRow({ index, form, options, onRemove }: Props) {
  const { t, lang } = useI18n();
  const productId = form.watch(`items.${index}.productId`);
  const product = options.products.find((p) => p.id === productId);
  const errors = form.formState.errors.items?.[index];
  const say = (message?: string) => (message ? localizeContractMessage(message, lang) : undefined);
  const productField = form.register(`items.${index}.productId`);

  return (
    <fieldset className="grid min-w-0 grid-cols-2 gap-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-700">{t('sales.form.item', { n: index + 1 })}</legend>
      <SelectField
        label={t('sales.form.product')}
        required
        fieldClassName="col-span-2"
        options={options.products.map((p) => ({ value: p.id, label: `${p.name} (${p.unitOfSale})` }))}
        {...productField}
        onChange={(event) => {
          void productField.onChange(event);
          const next = options.products.find((p) => p.id === event.target.value);
          form.setValue(`items.${index}.batchId`, next?.batches[0]?.id ?? '');
          if (next?.priceRupiah) form.setValue(`items.${index}.unitPriceRupiah`, next.priceRupiah);
        }}
      />
      <SelectField
        label={t('sales.form.batch')}
        required
        fieldClassName="col-span-2"
        options={(product?.batches ?? []).map((b) => ({ value: b.id, label: t('sales.form.batchOption', { date: formatDate(b.producedOn, lang), remaining: b.remaining }) }))}
        error={say(errors?.batchId?.message)}
        {...form.register(`items.${index}.batchId`)}
      />
      <TextField
        inputMode="numeric"
        label={t('sales.form.quantity', { unit: product?.unitOfSale ?? '' })}
        required
        error={say(errors?.quantity?.message)}
        {...form.register(`items.${index}.quantity`, { setValueAs: toOptionalNumber })}
      />
      <TextField
        inputMode="numeric"
        label={t('sales.form.price')}
        required
        error={say(errors?.unitPriceRupiah?.message)}
        {...form.register(`items.${index}.unitPriceRupiah`, { setValueAs: toOptionalNumber })}
      />
      {onRemove && (
        <div className="col-span-2">
          <Button type="button" variant="ghost" size="sm" onClick={onRemove}>
            {t('sales.form.removeItem', { n: index + 1 })}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
