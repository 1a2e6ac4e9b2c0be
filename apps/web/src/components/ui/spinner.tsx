import { useI18n } from '@/lib/i18n/i18n';
import { cx } from './cx';

type SpinnerProps = { label?: string; className?: string; inline?: boolean };

/** A quiet busy indicator that screen readers announce once. */
export function Spinner({ label, className, inline = false }: SpinnerProps) {
  const { t } = useI18n();
  const text = label ?? t('common.loading');
  return (
    <span role="status" className={cx('inline-flex items-center gap-2 text-slate-600', !inline && 'py-6', className)}>
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none"
      />
      <span className={inline ? 'sr-only' : 'text-sm'}>{text}</span>
    </span>
  );
}
