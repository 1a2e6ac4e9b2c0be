import { Link } from '@tanstack/react-router';
import { useI18n } from '@/lib/i18n/i18n';
import { useOutbox } from '@/lib/outbox/outbox';

/** Under the header whenever something made on this device has not reached the server. */
export function OutboxBar() {
  const { t } = useI18n();
  const { pendingCount, signInNeeded } = useOutbox();
  if (pendingCount === 0) return null;
  return (
    <div className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm">
        <Link to="/kotak-keluar" data-testid="outbox-badge" className="focus-ring rounded-md font-semibold underline">
          {t('outbox.badge', { count: pendingCount })}
        </Link>
        {signInNeeded && <span>{t('outbox.signInNeeded')}</span>}
      </div>
    </div>
  );
}
