import { Link } from '@tanstack/react-router';
import type { Position } from '@selaras/contracts';
import { buttonClasses, Card } from '@/components/ui';
import { describeTimeZone, formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useNow } from '../use-now';

/** The unit the person works for right now, with its own clock. */
export function OwnUnitCard({ position }: { position: Position }) {
  const { t, lang } = useI18n();
  const now = useNow(30_000);
  return (
    <Card title={t('home.ownUnit.title')}>
      <p className="text-xl font-semibold text-navy-900">{position.unitName}</p>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-600">{t('home.ownUnit.kind')}</dt>
          <dd className="font-medium">{t(`unitKind.${position.unitKind}`)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t('home.ownUnit.timezone')}</dt>
          <dd className="font-medium">{describeTimeZone(position.unitTimezone)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t('home.ownUnit.localTime')}</dt>
          <dd className="font-medium tabular-nums">{formatTime(now, position.unitTimezone, lang)}</dd>
        </div>
      </dl>
      <Link
        to="/units/$unitId"
        params={{ unitId: position.unitId }}
        className={buttonClasses('secondary', 'md', 'mt-5')}
      >
        {t('home.ownUnit.open')}
      </Link>
    </Card>
  );
}
