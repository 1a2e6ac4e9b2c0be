import { useId } from 'react';
import { useRouter } from '@tanstack/react-router';
import type { Me } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useSwitchPosition } from '@/features/auth/api/switch-position';

type PositionSwitcherProps = { me: Me; tone: 'dark' | 'light' };

/** Shows the position the person acts in; with several positions, lets them change it. */
export function PositionSwitcher({ me, tone }: PositionSwitcherProps) {
  const { t } = useI18n();
  const id = useId();
  const router = useRouter();
  const switchPosition = useSwitchPosition();
  const muted = tone === 'dark' ? 'text-navy-200' : 'text-slate-600';

  if (me.positions.length < 2) {
    return (
      <div className="min-w-0 text-sm leading-tight">
        <p className={cx('text-xs', muted)}>{t('position.active')}</p>
        <p className="truncate font-medium">{me.position.title}</p>
        <p className={cx('truncate', muted)}>{me.position.unitName}</p>
      </div>
    );
  }

  return (
    <div className="flex min-w-0 flex-col gap-1 text-sm">
      <label htmlFor={id} className={cx('text-xs', muted)}>
        {t('position.active')}
      </label>
      <select
        id={id}
        value={me.position.id}
        disabled={switchPosition.isPending}
        onChange={(event) =>
          // Scope and permissions changed: re-run the route guards for the page on screen.
          switchPosition.mutate(event.target.value, { onSuccess: () => void router.invalidate() })
        }
        className="focus-ring w-full max-w-xs truncate rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 md:max-w-72"
      >
        {me.positions.map((position) => (
          <option key={position.id} value={position.id}>
            {position.title} · {position.unitName}
          </option>
        ))}
      </select>
      {switchPosition.isError && (
        <p role="alert" className={tone === 'dark' ? 'text-amber-200' : 'text-red-700'}>
          {describeError(switchPosition.error, t)}
        </p>
      )}
    </div>
  );
}
