import { OutboxItemStatus } from '@/components/outbox-item-status';
import { Card } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { isUnsent, useOutbox } from '@/lib/outbox/outbox';

/**
 * First reports still on this device. They have no number or page yet, so updates cannot be added to them
 * until they are delivered: an update needs the incident the server makes.
 */
export function QueuedReports() {
  const { t } = useI18n();
  const { items } = useOutbox();
  const waiting = items.filter((item) => item.kind === 'incident-report' && isUnsent(item));
  if (waiting.length === 0) return null;
  return (
    <Card title={t('capture.incident.waitingList')}>
      <p className="mb-3 text-sm text-slate-700">{t('capture.incident.noUpdates')}</p>
      <ul className="flex flex-col gap-3">
        {waiting.map((item) => (
          <li key={item.id} className="flex min-w-0 flex-col gap-1 rounded-md border border-dashed border-amber-400 p-3">
            <span className="break-words font-medium text-navy-900">{item.label}</span>
            <OutboxItemStatus item={item} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
