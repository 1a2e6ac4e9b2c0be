import type { PreorderHistory } from '@selaras/contracts';
import { Card, Table, Td, Th } from '@/components/ui';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { PoStateBadge } from './state-badge';

/** The last 8 weeks including the coming one: on time, late or no PO. */
export function PreorderHistoryView({ history }: { history: PreorderHistory }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('coop.po.historyTitle')}>
      <Table caption={t('coop.po.historyCaption')} hideCaption>
        <thead>
          <tr>
            <Th>{t('coop.po.week')}</Th>
            <Th>{t('coop.po.state')}</Th>
            <Th>{t('coop.po.items')}</Th>
            <Th>{t('coop.po.sent')}</Th>
          </tr>
        </thead>
        <tbody>
          {history.weeks.map((w) => (
            <tr key={w.weekStart}>
              <Td className="whitespace-nowrap">{formatDate(w.weekStart, lang)}</Td>
              <Td>
                <PoStateBadge state={w.state} />
              </Td>
              <Td>{w.items.length > 0 ? w.items.map((i) => `${i.name} ${i.quantity} ${i.unit}`).join(', ') : '–'}</Td>
              <Td className="whitespace-nowrap">{w.submittedAt ? formatDateTime(w.submittedAt, history.timezone, lang) : '–'}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
