import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert, Card, EmptyRow, PageHeader, Spinner, Table, Td, Th } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePremiLedger } from '../api/get-premi-ledger';
import { methodLabel } from '../components/labels';
import { formatRupiah } from '../components/money';
import { PayoutForm } from '../components/payout-form';

const routeApi = getRouteApi('/app/premi/$inmateId');

function localToday(): string {
  return new Intl.DateTimeFormat('en-CA').format(new Date());
}

/** One inmate's premi: every credit and payout with the balance after it, and a cashless payout form. */
export function PremiLedgerPage() {
  const { t, lang } = useI18n();
  const { inmateId } = routeApi.useParams();
  const ledger = usePremiLedger(inmateId);
  useDocumentTitle(t('premi.ledger.title'));

  if (ledger.isPending) return <Spinner />;
  if (ledger.isError) return <Alert tone="error">{describeError(ledger.error, t)}</Alert>;
  const { inmate, entries, abilities } = ledger.data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/premi" className="focus-ring underline">
            {t('premi.title')}
          </Link>
        }
        title={`${t('premi.ledger.title')} · ${inmate.pseudonym}`}
        description={t('premi.ledger.summary', {
          credited: formatRupiah(inmate.creditedRupiah, lang),
          paid: formatRupiah(inmate.paidRupiah, lang),
          balance: formatRupiah(inmate.balanceRupiah, lang),
        })}
      />
      <div className="flex flex-col gap-5">
        <Card title={t('premi.ledger.entries')}>
          <Table caption={t('premi.ledger.entries')} hideCaption>
            <thead>
              <tr>
                <Th>{t('premi.ledger.date')}</Th>
                <Th>{t('premi.ledger.what')}</Th>
                <Th className="text-right">{t('premi.ledger.amount')}</Th>
                <Th className="text-right">{t('premi.balance')}</Th>
              </tr>
            </thead>
            <tbody>
              {entries.length === 0 && <EmptyRow colSpan={4}>{t('premi.ledger.empty')}</EmptyRow>}
              {entries.map((e) => (
                <tr key={e.id}>
                  <Td className="whitespace-nowrap">{formatDate(e.occurredOn, lang)}</Td>
                  <Td>
                    {e.kind === 'penjualan'
                      ? t('premi.ledger.sale', { product: e.productName ?? '–' })
                      : t('premi.ledger.payout', { method: e.method ? t(methodLabel(e.method)) : '–', account: e.accountReference ?? '' })}
                  </Td>
                  <Td className="text-right tabular-nums">{formatRupiah(e.amountRupiah, lang)}</Td>
                  <Td className="text-right tabular-nums">{formatRupiah(e.runningBalanceRupiah, lang)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        {abilities.payout && inmate.balanceRupiah > 0 && <PayoutForm inmateId={inmate.inmateId} today={localToday()} />}
      </div>
    </>
  );
}
