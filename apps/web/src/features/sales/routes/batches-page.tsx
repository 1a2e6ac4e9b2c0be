import { Link } from '@tanstack/react-router';
import { Alert, buttonClasses, Card, EmptyRow, PageHeader, Spinner, Table, Td, Th } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useBatchList } from '../api/list-batches';

/** Production batches in scope with what is left of each. */
export function BatchesPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('batches.title'));
  const list = useBatchList();
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/penjualan" className="focus-ring underline">
            {t('sales.title')}
          </Link>
        }
        title={t('batches.title')}
        description={t('batches.description')}
        actions={
          list.data?.abilities.create && (
            <Link to="/produksi/baru" className={buttonClasses('primary')}>
              {t('batches.create')}
            </Link>
          )
        }
      />
      <Card title={t('batches.list')}>
        {list.isPending && <Spinner />}
        {list.isError && <Alert tone="error">{describeError(list.error, t)}</Alert>}
        {list.data && (
          <Table caption={t('batches.list')} hideCaption>
            <thead>
              <tr>
                <Th>{t('batches.product')}</Th>
                <Th>{t('batches.producedOn')}</Th>
                <Th className="text-right">{t('batches.remaining')}</Th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.length === 0 && <EmptyRow colSpan={3}>{t('batches.empty')}</EmptyRow>}
              {list.data.items.map((b) => (
                <tr key={b.id}>
                  <Td>
                    {b.productName}
                    <span className="block text-xs text-slate-600">{t('batches.workers', { n: b.workerCount, unit: b.unitName })}</span>
                  </Td>
                  <Td className="whitespace-nowrap">{formatDate(b.producedOn, lang)}</Td>
                  <Td className="text-right tabular-nums">
                    {b.remaining} / {b.quantity} {b.unitOfSale}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
