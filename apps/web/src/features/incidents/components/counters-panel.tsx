import type { Incident } from '@selaras/contracts';
import { Card, cx } from '@/components/ui';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** "Angka terkini": the latest figures at a glance; computed ones ("Masih buron") stand out. */
export function CountersPanel({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const involved: { key: keyof Incident['involved']; label: string }[] = [
    { key: 'injured', label: t('incidents.involved.injured') },
    { key: 'dead', label: t('incidents.involved.dead') },
  ];
  const shownInvolved = involved.filter((item) => incident.involved[item.key] > 0);
  return (
    <Card title={t('incidents.counters.title')}>
      {incident.counterDefs.length === 0 && shownInvolved.length === 0 && (
        <p className="text-slate-600">{t('incidents.counters.none')}</p>
      )}
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
              {incident.counters[def.key] === undefined ? '–' : formatNumber(incident.counters[def.key] ?? 0, lang, 0)}
            </dd>
          </div>
        ))}
        {shownInvolved.map((item) => (
          <div key={item.key} className="rounded-md border border-slate-200 bg-slate-50 p-3">
            <dt className="text-sm font-medium">{item.label}</dt>
            <dd className="text-3xl font-bold tabular-nums">{formatNumber(incident.involved[item.key], lang, 0)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-slate-600">
        {t('incidents.counters.asOf', { time: formatDateTime(incident.lastUpdateAt, incident.unitTimezone, lang) })}
      </p>
    </Card>
  );
}
