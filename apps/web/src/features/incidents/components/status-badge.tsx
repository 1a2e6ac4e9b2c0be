import type { IncidentStatus } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { BADGE, STATUS_BADGE, STATUS_LABEL } from './labels';

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useI18n();
  return <span className={cx(BADGE, STATUS_BADGE[status])}>{t(STATUS_LABEL[status])}</span>;
}

/** "Tertentu" (serious) categories carry a red mark on the board and the incident page. */
export function SeriousBadge() {
  const { t } = useI18n();
  return <span className={cx(BADGE, 'bg-red-700 text-white ring-red-800')}>{t('incidents.serious')}</span>;
}

/** Alerts nobody has acknowledged yet; nothing is shown when there are none. */
export function UnacknowledgedBadge({ count }: { count: number }) {
  const { t } = useI18n();
  if (count <= 0) return null;
  return (
    <span className={cx(BADGE, 'bg-amber-200 text-amber-950 ring-amber-500')}>
      {t('incidents.board.unacknowledged', { count })}
    </span>
  );
}
