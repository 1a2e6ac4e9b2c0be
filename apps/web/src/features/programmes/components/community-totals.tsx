import type { CommunitySummary, CommunityTotals } from '@selaras/contracts';
import { Card, EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

function Figures({ row }: { row: CommunityTotals }) {
  const { lang } = useI18n();
  return (
    <>
      <Td className="text-right tabular-nums">{formatNumber(row.activities, lang, 0)}</Td>
      <Td className="text-right tabular-nums">{formatNumber(row.peopleReached, lang, 0)}</Td>
      <Td className="text-right tabular-nums">{formatNumber(row.inmateHours, lang, 2)}</Td>
      <Td className="text-right tabular-nums">{formatNumber(row.productsDelivered, lang, 0)}</Td>
    </>
  );
}

function Head({ first }: { first: string }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <Th>{first}</Th>
        <Th className="text-right">{t('community.totals.activities')}</Th>
        <Th className="text-right">{t('community.totals.peopleReached')}</Th>
        <Th className="text-right">{t('community.totals.inmateHours')}</Th>
        <Th className="text-right">{t('community.totals.products')}</Th>
      </tr>
    </thead>
  );
}

/** Tiles of the totals, then the same figures by kind and by Kanwil (HQ) or unit. */
export function CommunityTotalsView({ summary }: { summary: CommunitySummary }) {
  const { t, lang } = useI18n();
  const tiles = [
    { label: t('community.totals.activities'), value: formatNumber(summary.totals.activities, lang, 0) },
    { label: t('community.totals.peopleReached'), value: formatNumber(summary.totals.peopleReached, lang, 0) },
    { label: t('community.totals.inmateHours'), value: formatNumber(summary.totals.inmateHours, lang, 2) },
    { label: t('community.totals.products'), value: formatNumber(summary.totals.productsDelivered, lang, 0) },
  ];
  const byUnitTitle = summary.per === 'kanwil' ? t('community.byKanwil') : t('community.byUnit');
  return (
    <div className="flex flex-col gap-5">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="community-totals">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{tile.label}</dt>
            <dd className="text-2xl font-semibold text-navy-900">{tile.value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
        <Card title={t('community.byKind')}>
          <Table caption={t('community.byKind')} hideCaption>
            <Head first={t('community.kind')} />
            <tbody>
              {summary.byKind.map((row) => (
                <tr key={row.kind}>
                  <Td>{t(`community.kind.${row.kind}`)}</Td>
                  <Figures row={row} />
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card title={byUnitTitle}>
          <Table caption={byUnitTitle} hideCaption>
            <Head first={t('community.group')} />
            <tbody>
              {summary.byUnit.length === 0 && <EmptyRow colSpan={5}>{t('community.list.none')}</EmptyRow>}
              {summary.byUnit.map((row) => (
                <tr key={row.unitId}>
                  <Td>{row.unitName}</Td>
                  <Figures row={row} />
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
    </div>
  );
}
