import type { Translate } from '@/lib/i18n/i18n';
import type { OutboxItem } from '@/lib/outbox/outbox-types';

/** "Menunggu sinyal", "Mengirim… 40 %", "Ditolak: <the server's reason>". */
export function outboxStatusText(item: OutboxItem, t: Translate): string {
  const reason = item.problem?.detail ?? item.problem?.title ?? '';
  switch (item.status) {
    case 'pending':
      return t('outbox.status.pending');
    case 'sending':
      return item.progress === undefined
        ? t('outbox.status.sending')
        : t('outbox.status.sendingProgress', { percent: Math.round(item.progress * 100) });
    case 'sent':
      return t('outbox.status.sent');
    case 'rejected':
      return t('outbox.status.rejected', { reason });
    case 'conflict':
      return t('outbox.status.conflict', { reason });
  }
}
