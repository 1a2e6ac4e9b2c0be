import { Link } from '@tanstack/react-router';
import type { Programme } from '@selaras/contracts';
import { cx } from '@/components/ui';
import { formatDate, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { BADGE, categoryLabel, trackLabel } from './labels';

/** Programmes as cards: one column on a phone, more on wider screens. */
export function ProgrammeCards({ programmes }: { programmes: Programme[] }) {
  const { t, lang } = useI18n();
  if (programmes.length === 0) return <p className="text-slate-600">{t('programmes.list.empty')}</p>;
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label={t('programmes.list.heading')}>
      {programmes.map((p) => (
        <li key={p.id} className="min-w-0">
          <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
            <div className="flex flex-wrap gap-1">
              <span className={cx(BADGE, 'bg-navy-50 text-navy-900 ring-navy-300')}>{t(trackLabel(p.track))}</span>
              {p.archived && <span className={cx(BADGE, 'bg-slate-100 text-slate-700 ring-slate-300')}>{t('programmes.page.archived')}</span>}
            </div>
            <h3 className="text-base font-semibold break-words text-navy-900">
              <Link to="/pembinaan/program/$programmeId" params={{ programmeId: p.id }} className="focus-ring underline-offset-2 hover:underline">
                {p.name}
              </Link>
            </h3>
            <p className="text-sm text-slate-700">{t(categoryLabel(p.category))}</p>
            <p className="text-sm text-slate-600">
              {p.unit.name} · {p.place}
            </p>
            <p className="text-sm text-slate-600">
              {formatDate(p.startDate, lang)} – {formatDate(p.endDate, lang)}
            </p>
            <p className="mt-auto text-sm font-medium text-navy-900">
              {t('programmes.card.seats', { active: p.counts.active, capacity: p.capacity })}
              {p.counts.waitlist > 0 && <> · {t('programmes.card.waitlist', { count: p.counts.waitlist })}</>}
            </p>
            <p className="text-xs text-slate-600">{t('programmes.card.hours', { hours: formatNumber(p.hoursPerWeek, lang, 2) })}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
