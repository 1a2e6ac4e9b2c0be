import { useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { isAboveMarket, PutPricesBodySchema, type PriceList, type PutPricesBody } from '@selaras/contracts';
import { Alert, Button, Card, Table, Td, Th } from '@/components/ui';
import { resolverOptions } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { clearDraft, loadDraft, useFormDraft } from '@/lib/use-form-draft';
import { useSaveFeedback } from '@/lib/use-save-feedback';
import { useSavePrices } from '../api/save-prices';
import { PriceRow } from './price-row';
import { rupiah } from './labels';

type Input = z.input<typeof PutPricesBodySchema>;
const SERVER_FIELDS: Path<Input>[] = ['items'];
export const EMPTY_PRICE = { itemName: '', unitOfSale: '', priceRupiah: 0, marketPriceRupiah: null };

/** The displayed price list: read for everyone in scope, edited and saved whole by the cooperative's managers. */
export function PriceListEditor({ unitId, list }: { unitId: string; list: PriceList }) {
  const { t, lang } = useI18n();
  if (!list.abilities.edit) {
    return (
      <Card title={t('coop.prices.title')}>
        <Table caption={t('coop.prices.title')} hideCaption>
          <thead>
            <tr>
              <Th>{t('coop.prices.item')}</Th>
              <Th>{t('coop.prices.price')}</Th>
              <Th>{t('coop.prices.market')}</Th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((i) => (
              <tr key={`${i.itemName}-${i.unitOfSale}`}>
                <Td>{`${i.itemName} / ${i.unitOfSale}`}</Td>
                <Td className="whitespace-nowrap">
                  {rupiah(i.priceRupiah, lang)}
                  {i.aboveMarket && <span className="block text-xs font-medium text-red-800">{t('coop.prices.aboveMarket')}</span>}
                </Td>
                <Td className="whitespace-nowrap">{i.marketPriceRupiah === null ? '–' : rupiah(i.marketPriceRupiah, lang)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    );
  }
  return <PriceForm unitId={unitId} list={list} />;
}

function PriceForm({ unitId, list }: { unitId: string; list: PriceList }) {
  const { t } = useI18n();
  const draftKey = `prices-${unitId}`;
  const save = useSavePrices(unitId);
  const [defaults] = useState(() =>
    loadDraft<Input>(draftKey, { items: list.items.map(({ aboveMarket: _flag, ...item }) => item) }),
  );
  const form = useForm<Input, unknown, PutPricesBody>({ resolver: zodResolver(PutPricesBodySchema, resolverOptions), defaultValues: defaults });
  useFormDraft(form, draftKey);
  const rows = useFieldArray({ control: form.control, name: 'items' });
  const { errors } = form.formState;
  const { say, attempt, notices } = useSaveFeedback(form.setError);
  const values = form.watch('items');
  const flagged = values.filter((v) => typeof v.priceRupiah === 'number' && isAboveMarket(v.priceRupiah, typeof v.marketPriceRupiah === 'number' ? v.marketPriceRupiah : null)).length;

  const onSubmit = form.handleSubmit((body) =>
    attempt(async () => {
      await save.mutateAsync(body);
      clearDraft(draftKey);
    }, SERVER_FIELDS),
  );

  return (
    <Card title={t('coop.prices.title')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('coop.prices.title')} className="flex flex-col gap-3">
        <p className="text-sm text-slate-600">{t('coop.prices.hint')}</p>
        {notices(t('coop.prices.saved'))}
        {flagged > 0 && <Alert tone="warning">{t('coop.prices.flagged', { n: flagged })}</Alert>}
        <ol className="flex flex-col gap-3">
          {rows.fields.map((field, i) => (
            <PriceRow key={field.id} form={form} index={i} errors={errors.items?.[i]} say={say} onRemove={() => rows.remove(i)} />
          ))}
        </ol>
        {rows.fields.length === 0 && <p className="text-sm text-slate-600">{t('coop.prices.empty')}</p>}
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => rows.append(EMPTY_PRICE)}>
            {t('coop.prices.add')}
          </Button>
          <Button type="submit" busy={save.isPending}>
            {t('coop.prices.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
