import type { Incident } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { TIMELINE_ICON, TIMELINE_LABEL } from './labels';
import { useCounterLine } from './use-counter-line';

/** Everything that happened, newest first, on the unit's clock. */
export function Timeline({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const counterLine = useCounterLine();
  const entries = [...incident.timeline].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card title={t('incidents.timeline.title')}>
      <ol className="flex flex-col gap-3" aria-label={t('incidents.timeline.title')}>
        {entries.map((entry) => {
          const known = new Set(incident.counterDefs.map((def) => def.key));
          const extra = Object.keys(entry.counters ?? {})
            .filter((key) => !known.has(key))
            .map((key) => ({ key, label: key, derived: false }));
          const counters = entry.counters
            ? counterLine({ counters: entry.counters, counterDefs: [...incident.counterDefs, ...extra] })
            : '';
          return (
            <li key={entry.id} className="flex gap-3 border-l-2 border-slate-200 pl-3">
              <span aria-hidden="true" className="w-6 shrink-0 text-center text-lg">
                {TIMELINE_ICON[entry.kind]}
              </span>
              <div className="min-w-0">
                <p className="text-sm text-slate-600">
                  <span className="font-semibold text-navy-900">{t(TIMELINE_LABEL[entry.kind])}</span>
                  {' · '}
                  <time dateTime={entry.at}>{formatDateTime(entry.at, incident.unitTimezone, lang)}</time>
                  {entry.by && ` · ${entry.by}`}
                </p>
                <p className="text-slate-900">{entry.summary}</p>
                {entry.note && <p className="whitespace-pre-line text-slate-800">{entry.note}</p>}
                {counters && <p className="text-sm font-medium tabular-nums text-slate-900">{counters}</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
