import type { Assignment } from '@selaras/contracts';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { Badge } from './status-badge';

/** "Jendela 2 dari 4" on assignments of recurring directives; nothing for a single window. */
export function WindowBadge({ assignment }: { assignment: Pick<Assignment, 'windowNo' | 'windowCount'> }) {
  const { t } = useI18n();
  if (assignment.windowCount <= 1) return null;
  return <Badge tone="slate">{t('windows.badge', { no: assignment.windowNo, count: assignment.windowCount })}</Badge>;
}

/** When the window opened, on the unit's clock. */
export function WindowOpened({ assignment }: { assignment: Assignment }) {
  const { t, lang } = useI18n();
  if (assignment.windowCount <= 1) return null;
  return (
    <p className="text-sm text-slate-700">
      {t('windows.opened', { time: formatDateTime(assignment.windowStart, assignment.unitTimezone, lang) })}
    </p>
  );
}
