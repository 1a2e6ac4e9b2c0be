import type { PreorderState } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { PO_STATE_LABEL, PO_STATE_TONE } from './labels';

export function PoStateBadge({ state }: { state: PreorderState }) {
  const { t } = useI18n();
  return <span className={cx('inline-block rounded px-2 py-0.5 text-xs font-medium ring-1 whitespace-nowrap', PO_STATE_TONE[state])}>{t(PO_STATE_LABEL[state])}</span>;
}
