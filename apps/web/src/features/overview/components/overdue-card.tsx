import { Link } from '@tanstack/react-router';
import type { Overview } from '@selaras/contracts';
import { Card, Table, Td, Th } from '@/components/ui';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** The 20 most late follow-ups: unit, directive, due time in the unit's zone, days late. */
export function OverdueCard({ overdue, total }: { overdue: Overview['overdue']; total: number }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('overview.overdue.title')}>
      {overdue.length === 0 ? (
        <p className="text-slate-600">{t('overview.overdue.empty')}</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">
            {t('overview.overdue.more', { shown: formatNumber(overdue.length, lang), total: formatNumber(total, lang) })}
          </p>
          <Table caption={t('overview.overdue.caption')} hideCaption>
            <thead>
              <tr>
                <Th>{t('overview.overdue.unit')}</Th>
                <Th>{t('overview.overdue.directive')}</Th>
                <Th>{t('overview.overdue.due')}</Th>
                <Th>{t('overview.overdue.late')}</Th>
              </tr>
            </thead>
            <tbody>
              {overdue.map((item) => (
                <tr key={item.assignmentId}>
                  <Td>
                    <Link
                      to="/assignments/$assignmentId"
                      params={{ assignmentId: item.assignmentId }}
                      className="font-medium text-navy-800 underline underline-offset-4"
                    >
                      {item.unitName}
                    </Link>
                  </Td>
                  <Td>{item.directiveTitle}</Td>
                  <Td className="whitespace-nowrap">{formatDateTime(item.dueAt, item.unitTimezone, lang)}</Td>
                  <Td className="whitespace-nowrap font-semibold text-red-800">
                    {t('overview.overdue.days', { count: formatNumber(item.daysLate, lang) })}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
