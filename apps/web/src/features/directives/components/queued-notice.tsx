import { Link } from '@tanstack/react-router';
import { Alert } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import type { OutboxItem } from '@/lib/outbox/outbox';

/** Shown on the form while its report waits on the device. */
export function QueuedNotice({ item }: { item: OutboxItem }) {
  const { t } = useI18n();
  const status = item.status === 'sending' && item.progress !== undefined
    ? t('outbox.status.sendingProgress', { percent: Math.round(item.progress * 100) })
    : t(item.status === 'sending' ? 'outbox.status.sending' : 'outbox.status.pending');
  return (
    <Alert tone="info" title={t('outbox.report.queued')}>
      <p data-testid="queued-status">{status}</p>
      <Link to="/kotak-keluar" className="focus-ring rounded-sm font-medium underline">
        {t('outbox.badgeLink')}
      </Link>
    </Alert>
  );
}
