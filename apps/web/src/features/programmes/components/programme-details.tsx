import type { Programme } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { formatDate, formatNumber, zoneAbbreviation } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { categoryLabel, trackLabel, weekdayLabel } from './labels';

/** What the programme is, where and when it meets (local times with the unit's zone). */
export function ProgrammeDetails({ programme: p }: { programme: Programme }) {
  const { t, lang } = useI18n();
  const zone = zoneAbbreviation(p.unit.timezone);
  const rows: [string, string][] = [
    [t('programmes.page.unit'), p.unit.name],
    [t('programmes.page.track'), t(trackLabel(p.track))],
    [t('programmes.page.category'), t(categoryLabel(p.category))],
    [t('programmes.page.place'), p.place],
    [t('programmes.page.partner'), p.partner ?? '—'],
    [t('programmes.page.trainer'), p.trainer ?? '—'],
    [t('programmes.page.period'), `${formatDate(p.startDate, lang)} – ${formatDate(p.endDate, lang)}`],
    [t('programmes.page.capacity'), t('programmes.card.seats', { active: p.counts.active, capacity: p.capacity })],
  ];
  return (
    <Card title={t('programmes.page.details')}>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-sm font-medium text-slate-600">{term}</dt>
            <dd className="mb-1 break-words text-slate-900 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 font-semibold text-navy-900">{t('programmes.page.timetable')}</h3>
      <ul className="mt-1 list-disc pl-5 text-slate-900">
        {p.timetable.map((s) => (
          <li key={`${s.weekday}-${s.start}`}>
            {t('programmes.page.slot', { day: t(weekdayLabel(s.weekday)), start: s.start.replace(':', '.'), end: s.end.replace(':', '.'), zone })}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-600">{t('programmes.card.hours', { hours: formatNumber(p.hoursPerWeek, lang, 2) })}</p>
      {p.description && <p className="mt-3 whitespace-pre-line text-slate-800">{p.description}</p>}
    </Card>
  );
}
