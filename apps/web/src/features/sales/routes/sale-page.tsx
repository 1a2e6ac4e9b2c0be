import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert, Card, PageHeader, Spinner, Table, Td, Th } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSale } from '../api/get-sale';
import { channelLabel } from '../components/labels';
import { formatRupiah } from '../components/money';
import { SplitPreview } from '../components/split-preview';

const routeApi = getRouteApi('/app/penjualan/$saleId');

/** A recorded sale: its lines, the split under the rule it used, and the premi credited to each maker. */
export function SalePage() {
  const { t, lang } = useI18n();
  const { saleId } = routeApi.useParams();
  const { saved } = routeApi.useSearch();
  const sale = useSale(saleId);
  useDocumentTitle(t('sales.detail.title'));
  if (sale.isPending) return <Spinner />;
  if (sale.isError) return <Alert tone="error">{describeError(sale.error, t)}</Alert>;
  const s = sale.data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/penjualan" className="focus-ring underline">
            {t('sales.title')}
          </Link>
        }
        title={t('sales.detail.title')}
        description={`${formatDate(s.soldOn, lang)} · ${t(channelLabel(s.channel))}${s.buyer ? ` · ${s.buyer}` : ''} · ${s.unitName}`}
      />
      <div className="flex flex-col gap-5">
        {saved && <Alert tone="success">{t('sales.form.saved')}</Alert>}
        <Card title={t('sales.detail.items')}>
          <Table caption={t('sales.detail.items')} hideCaption>
            <thead>
              <tr>
                <Th>{t('sales.form.product')}</Th>
                <Th className="text-right">{t('sales.detail.quantity')}</Th>
                <Th className="text-right">{t('sales.detail.amount')}</Th>
              </tr>
            </thead>
            <tbody>
              {s.items.map((i) => (
                <tr key={`${i.batchId}-${i.unitPriceRupiah}-${i.quantity}`}>
                  <Td>
                    {i.productName}
                    <span className="block text-xs text-slate-600">{t('sales.detail.batchOf', { date: formatDate(i.producedOn, lang) })}</span>
                  </Td>
                  <Td className="text-right tabular-nums">
                    {i.quantity} × {formatRupiah(i.unitPriceRupiah, lang)}
                  </Td>
                  <Td className="text-right tabular-nums">{formatRupiah(i.amountRupiah, lang)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card title={t('sales.detail.split')}>
          <SplitPreview total={s.totalRupiah} split={s} rule={s.rule} />
          <p className="mt-2 text-sm text-slate-600">{t('sales.detail.rule', { basis: s.rule.basis })}</p>
        </Card>
        <Card title={t('sales.detail.credits')}>
          <ul className="flex flex-col gap-1">
            {s.credits.map((c) => (
              <li key={c.inmateId} className="flex justify-between gap-3">
                <Link to="/premi/$inmateId" params={{ inmateId: c.inmateId }} className="focus-ring underline">
                  {c.pseudonym}
                </Link>
                <span className="tabular-nums">{formatRupiah(c.rupiah, lang)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-600">{t('sales.detail.noEdit')}</p>
        </Card>
      </div>
    </>
  );
}
