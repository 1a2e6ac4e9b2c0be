import type { CommunityActivityList } from '@selaras/contracts';
import { Alert, Card, EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatDate, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

export function CommunityList({ list }: { list: CommunityActivityList }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('community.list.title')}>
      {list.truncated && <Alert tone="warning" className="mb-3">{t('community.list.truncated')}</Alert>}
      <Table caption={t('community.list.caption')} hideCaption>
        <thead>
          <tr>
            <Th>{t('community.date')}</Th>
            <Th>{t('community.activity')}</Th>
            <Th>{t('community.unit')}</Th>
            <Th className="text-right">{t('community.peopleReached')}</Th>
            <Th className="text-right">{t('community.totals.inmateHours')}</Th>
            <Th className="text-right">{t('community.productsDelivered')}</Th>
          </tr>
        </thead>
        <tbody>
          {list.items.length === 0 && <EmptyRow colSpan={6}>{t('community.list.none')}</EmptyRow>}
          {list.items.map((a) => (
            <tr key={a.id}>
              <Td className="whitespace-nowrap">{formatDate(a.date, lang)}</Td>
              <Td>
                <span className="font-medium">{a.title}</span>
                <span className="block text-sm text-slate-600">
                  {t(`community.kind.${a.kind}`)}
                  {a.partner ? ` · ${a.partner}` : ''}
                  {a.programmeName ? ` · ${a.programmeName}` : ''}
                </span>
              </Td>
              <Td>{a.unitName}</Td>
              <Td className="text-right tabular-nums">{formatNumber(a.peopleReached, lang, 0)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(a.inmateHours, lang, 2)}</Td>
              <Td className="text-right tabular-nums">{a.productsDelivered === null ? '–' : formatNumber(a.productsDelivered, lang, 0)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
