import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, EmptyRow, PageHeader, Spinner, Table, Td, Th } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePremiList } from '../api/list-premi';
import { formatRupiah } from '../components/money';

/** The premi balances of the inmates in scope who made something; names only on request, and recorded. */
export function PremiPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [names, setNames] = useState(false);
  useDocumentTitle(t('premi.title'));
  const list = usePremiList(names);

  return (
    <>
      <PageHeader
        title={t('premi.title')}
        description={t('premi.description')}
        actions={
          hasPermission(me, 'inmates:names') && (
            <Button variant="secondary" onClick={() => setNames(!names)}>
              {names ? t('premi.hideNames') : t('premi.showNames')}
            </Button>
          )
        }
      />
      <Card title={t('premi.balances')}>
        {list.isPending && <Spinner />}
        {list.isError && <Alert tone="error">{describeError(list.error, t)}</Alert>}
        {list.data && (
          <Table caption={t('premi.balances')} hideCaption>
            <thead>
              <tr>
                <Th>{t('premi.inmate')}</Th>
                <Th className="text-right">{t('premi.credited')}</Th>
                <Th className="text-right">{t('premi.paid')}</Th>
                <Th className="text-right">{t('premi.balance')}</Th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.length === 0 && <EmptyRow colSpan={4}>{t('premi.empty')}</EmptyRow>}
              {list.data.items.map((row) => (
                <tr key={row.inmateId} data-inmate={row.pseudonym}>
                  <Td>
                    <Link to="/premi/$inmateId" params={{ inmateId: row.inmateId }} className="focus-ring font-medium text-navy-800 underline">
                      {row.pseudonym}
                    </Link>
                    <span className="block text-xs text-slate-600">{row.name ?? row.registrationNumber}</span>
                  </Td>
                  <Td className="text-right tabular-nums">{formatRupiah(row.creditedRupiah, lang)}</Td>
                  <Td className="text-right tabular-nums">{formatRupiah(row.paidRupiah, lang)}</Td>
                  <Td className="text-right font-semibold tabular-nums" data-balance={row.balanceRupiah}>
                    {formatRupiah(row.balanceRupiah, lang)}
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
