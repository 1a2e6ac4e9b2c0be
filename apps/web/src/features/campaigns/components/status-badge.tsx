import type { SiteStatus } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { BADGE, SITE_STATUS_BADGE, SITE_STATUS_LABEL } from './labels';

export function SiteStatusBadge({ status }: { status: SiteStatus }) {
  const { t } = useI18n();
  return <span className={cx(BADGE, SITE_STATUS_BADGE[status])}>{t(SITE_STATUS_LABEL[status])}</span>;
}

/** A photo flag ("tanpa GPS", "di luar radius"): amber, for a second look, never a rejection. */
export function FlagBadge({ children }: { children: string }) {
  return <span className={cx(BADGE, 'bg-amber-100 text-amber-950 ring-amber-400')}>{children}</span>;
}
