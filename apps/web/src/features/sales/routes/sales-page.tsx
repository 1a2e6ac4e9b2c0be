import { useState, type FormEvent } from 'react';
import { Link } from '@tanstack/react-router';
import { SALES_CHANNELS } from '@selaras/contracts';
import { Alert, Button, buttonClasses, Card, EmptyRow, PageHeader, SelectField, Spinner, Table, Td, Th, TextField } from '@/components/ui';
import { readText } from '@/lib/forms';
import { describeError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSaleList, type SalesFilter } from '../api/list-sales';
import { channelLabel } from '../components/labels';
import { formatRupiah } from '../components/money';

/** Sales in scope, newest first, with links to production, premi and the split rules. */
export function SalesPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('sales.title'));
  const [filter, setFilter] = useState<SalesFilter>({});
  const list = useSaleList(filter);

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setFilter({ channel: readText(data, 'channel'), from: readText(data, 'from'), to: readText(data, 'to') });
  }
  return (
    <>
      <PageHeader
        title={t('sales.title')}
        description={t('sales.description')}
        actions={
          list.data?.abilities.create && (
            <Link to="/penjualan/baru" className={buttonClasses('primary')}>
              {t('sales.create')}
            </Link>
          )
        }
      />
      <nav aria-label={t('sales.more')} className="mb-4 flex flex-wrap gap-2">
        <Link to="/produksi" className={buttonClasses('secondary')}>
          {t('batches.title')}
        </Link>
        <Link to="/premi" className={buttonClasses('secondary')}>
          {t('premi.title')}
        </Link>
        <Link to="/admin/pembagian-hasil" className={buttonClasses('secondary')}>
          {t('splitRules.title')}
        </Link>
      </nav>
      <Card title={t('sales.list')}>
        <form onSubmit={onFilter} aria-label={t('sales.filter')} className="mb-4 grid min-w-0 grid-cols-2 items-end gap-3 sm:grid-cols-4">
          <SelectField
            name="channel"
            label={t('sales.form.channel')}
            placeholder={t('common.all')}
            fieldClassName="col-span-2 sm:col-span-1"
            options={SALES_CHANNELS.map((c) => ({ value: c, label: t(channelLabel(c)) }))}
          />
          <TextField type="date" name="from" label={t('sales.from')} />
          <TextField type="date" name="to" label={t('sales.to')} />
          <Button type="submit" variant="secondary">
            {t('common.search')}
          </Button>
        </form>
        {list.isPending && <Spinner />}
        {list.isError && <Alert tone="error">{describeError(list.error, t)}</Alert>}
        {list.data && (
          <Table caption={t('sales.list')} hideCaption>
            <thead>
              <tr>
                <Th>{t('sales.soldOn')}</Th>
                <Th>{t('sales.form.channel')}</Th>
                <Th className="text-right">{t('sales.split.total')}</Th>
                <Th className="text-right">{t('sales.split.premi')}</Th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.length === 0 && <EmptyRow colSpan={4}>{t('sales.empty')}</EmptyRow>}
              {list.data.items.map((s) => (
                <tr key={s.id}>
                  <Td className="whitespace-nowrap">
                    <Link to="/penjualan/$saleId" params={{ saleId: s.id }} className="focus-ring underline">
                      {formatDate(s.soldOn, lang)}
                    </Link>
                  </Td>
                  <Td>
                    {t(channelLabel(s.channel))}
                    <span className="block text-xs text-slate-600">{s.unitName}</span>
                  </Td>
                  <Td className="text-right tabular-nums">{formatRupiah(s.totalRupiah, lang)}</Td>
                  <Td className="text-right tabular-nums">{formatRupiah(s.premiRupiah, lang)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
