import { useId } from 'react';
import type { Incident } from '@selaras/contracts';
import { Card, cx } from '@/components/ui';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** "Orang terlibat": the people involved as counts, in a small list under the figures. */
function InvolvedList({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const items: { key: keyof Incident['involved']; label: string }[] = [
    { key: 'inmates', label: t('incidents.involvedList.inmates') },
    { key: 'officers', label: t('incidents.involvedList.officers') },
    { key: 'others', label: t('incidents.involvedList.others') },
    { key: 'injured', label: t('incidents.involved.injured') },
    { key: 'dead', label: t('incidents.involved.dead') },
  ];
  return (
    <div role="group" aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="font-semibold text-navy-900">
        {t('incidents.involvedList.title')}
      </h3>
      <dl className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
        {items.map((item) => (
          <div key={item.key} className="flex justify-between gap-2 border-b border-slate-100 py-1">
            <dt className="text-slate-700">{item.label}</dt>
            <dd className="font-semibold text-slate-900 tabular-nums">
              {formatNumber(incident.involved[item.key], lang, 0)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** "Angka terkini": the latest figures at a glance; computed ones ("Masih buron") stand out. */
export function CountersPanel({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const anyInvolved = Object.values(incident.involved).some((value) => value > 0);
  return (
    <Card title={t('incidents.counters.title')}>
      {incident.counterDefs.length === 0 && !anyInvolved && (
        <p className="text-slate-600">{t('incidents.counters.none')}</p>
      )}
      {incident.counterDefs.length > 0 && (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {incident.counterDefs.map((def) => (
            <div
              key={def.key}
              className={cx(
                'rounded-md border p-3',
                def.derived ? 'border-red-300 bg-red-50 text-red-950' : 'border-slate-200 bg-slate-50 text-slate-900',
              )}
            >
              <dt className="text-sm font-medium">{def.label}</dt>
              <dd className="text-3xl font-bold tabular-nums">
                {incident.counters[def.key] === undefined
                  ? '–'
                  : formatNumber(incident.counters[def.key] ?? 0, lang, 0)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {anyInvolved && <InvolvedList incident={incident} />}
      <p className="mt-2 text-sm text-slate-600">
        {t('incidents.counters.asOf', { time: formatDateTime(incident.lastUpdateAt, incident.unitTimezone, lang) })}
      </p>
    </Card>
  );
}
