import { Alert, Button } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import type { OutboxItem } from '@/lib/outbox/outbox';

type RefusedReportNoticeProps = { item: OutboxItem; onRestore: (item: OutboxItem) => void };

/** A report from this device that the server refused while the person was elsewhere, offered back to the form. */
export function RefusedReportNotice({ item, onRestore }: RefusedReportNoticeProps) {
  const { t } = useI18n();
  const reason = item.problem?.detail ?? item.problem?.title ?? '';
  const status = item.status === 'conflict' ? t('outbox.status.conflict', { reason }) : t('outbox.status.rejected', { reason });
  return (
    <Alert tone="warning" title={t('outbox.report.refusedTitle')}>
      <p className="break-words">{status}</p>
      <Button size="sm" variant="secondary" className="mt-2" onClick={() => onRestore(item)}>
        {t('outbox.report.restore')}
      </Button>
    </Alert>
  );
}
