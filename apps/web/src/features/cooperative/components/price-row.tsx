import type { FieldErrors, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { isAboveMarket, type PutPricesBody, type PutPricesBodySchema } from '@selaras/contracts';
import { Button, TextField } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { toRupiah } from './labels';

type Input = z.input<typeof PutPricesBodySchema>;
type ItemErrors = FieldErrors<Input['items'][number]> | undefined;

type PriceRowProps = {
  form: UseFormReturn<Input, unknown, PutPricesBody>;
  index: number;
  errors: ItemErrors;
  say: (message?: string) => string | undefined;
  onRemove: () => void;
};

const money = { setValueAs: toRupiah };
const marketMoney = { setValueAs: (v: unknown) => toRupiah(v) ?? null };

/** One priced item; flagged while its price is more than 10 % above the market price. */
export function PriceRow({ form, index: i, errors, say, onRemove }: PriceRowProps) {
  const { t } = useI18n();
  const item = form.watch(`items.${i}`);
  const above = typeof item.priceRupiah === 'number' && isAboveMarket(item.priceRupiah, typeof item.marketPriceRupiah === 'number' ? item.marketPriceRupiah : null);
  return (
    <li className="grid min-w-0 grid-cols-2 gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-4 sm:items-end">
      <TextField label={t('coop.prices.itemN', { n: i + 1 })} required fieldClassName="col-span-2 sm:col-span-1" error={say(errors?.itemName?.message)} {...form.register(`items.${i}.itemName`)} />
      <TextField label={t('coop.prices.unit')} required error={say(errors?.unitOfSale?.message)} {...form.register(`items.${i}.unitOfSale`)} />
      <TextField inputMode="numeric" label={t('coop.prices.price')} required error={say(errors?.priceRupiah?.message)} {...form.register(`items.${i}.priceRupiah`, money)} />
      <TextField inputMode="numeric" label={t('coop.prices.market')} error={say(errors?.marketPriceRupiah?.message)} {...form.register(`items.${i}.marketPriceRupiah`, marketMoney)} />
      <div className="col-span-2 flex flex-wrap items-center gap-2 sm:col-span-4">
        {above && <span className="rounded bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800 ring-1 ring-red-200">{t('coop.prices.aboveMarket')}</span>}
        <Button type="button" variant="ghost" size="sm" onClick={onRemove}>
          {t('coop.prices.remove', { n: i + 1 })}
        </Button>
      </div>
    </li>
  );
}
