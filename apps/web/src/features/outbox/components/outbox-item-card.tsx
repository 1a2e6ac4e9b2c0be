import { Link } from '@tanstack/react-router';
import type { TimeZone } from '@selaras/contracts';
import { Button, cx } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { OutboxItem } from '@/lib/outbox/outbox-types';
import { summarizeBody } from './body-summary';
import { outboxStatusText } from './outbox-status';

type OutboxItemCardProps = {
  item: OutboxItem;
  zone: TimeZone;
  onRetry: (id: string) => void;
  onDiscard: (item: OutboxItem) => void;
};

const STATUS_TONE: Record<OutboxItem['status'], string> = {
  pending: 'text-amber-900',
  sending: 'text-navy-900',
  sent: 'text-teal-900',
  rejected: 'text-red-800',
  conflict: 'text-red-800',
};

/** One queued item: what it is, when it was made, where it stands, and what the person can do about it. */
export function OutboxItemCard({ item, zone, onRetry, onDiscard }: OutboxItemCardProps) {
  const { t, lang } = useI18n();
  const refused = item.status === 'rejected' || item.status === 'conflict';
  const lines = refused ? summarizeBody(item.request.body) : [];
  const fileCount = item.files?.length ?? 0;
  return (
    <li data-testid="outbox-item" className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <div className="min-w-0">
        <p className="text-sm text-slate-600">{t(`outbox.kind.${item.kind}`)}</p>
        <h3 className="font-semibold break-words text-navy-900">{item.label}</h3>
        <p className="text-sm text-slate-600">{t('outbox.capturedAt', { time: formatDateTime(item.createdAt, zone, lang) })}</p>
      </div>
      <p role="status" className={cx('font-medium break-words', STATUS_TONE[item.status])}>
        {outboxStatusText(item, t)}
      </p>
      {item.status === 'pending' && item.attempts > 0 && (
        <p className="text-sm text-slate-600">
          {t('outbox.attempts', { count: item.attempts })} ·{' '}
          {t('outbox.nextAttempt', { time: formatDateTime(item.nextAttemptAt, zone, lang) })}
        </p>
      )}
      {refused && (lines.length > 0 || fileCount > 0) && (
        <div className="rounded-md bg-slate-50 p-3 text-sm">
          <p className="font-medium text-slate-800">{t('outbox.typed')}</p>
          <dl className="mt-1 flex flex-col gap-1">
            {lines.map((line) => (
              <div key={line.label} className="min-w-0">
                <dt className="inline font-medium text-slate-700">{line.label}: </dt>
                <dd className="inline break-words whitespace-pre-wrap text-slate-900">{line.value}</dd>
              </div>
            ))}
          </dl>
          {fileCount > 0 && (
            <p className="mt-1 text-slate-700">
              {t('outbox.files', { count: fileCount })}: {item.files?.map((file) => file.name).join(', ')}
            </p>
          )}
        </div>
      )}
      {item.status !== 'sent' && (
        <div className="flex flex-wrap gap-2">
          {item.status === 'pending' && (
            <Button size="sm" onClick={() => onRetry(item.id)}>
              {t('outbox.action.sendNow')}
            </Button>
          )}
          {item.href && (
            <Link to={item.href} className="focus-ring inline-flex min-h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium text-navy-900 hover:bg-slate-50">
              {t('outbox.action.open')}
            </Link>
          )}
          {refused && (
            <Button size="sm" variant="danger" onClick={() => onDiscard(item)}>
              {t('outbox.action.discard')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
