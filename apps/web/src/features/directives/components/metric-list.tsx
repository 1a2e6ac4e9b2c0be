import type { Metric } from '@selaras/contracts';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';

/** The metrics a directive asks for, with their target per unit. */
export function MetricList({ metrics }: { metrics: Metric[] }) {
  const { t, lang } = useI18n();
  if (metrics.length === 0) return <p className="text-slate-600">{t('directives.metrics.none')}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {metrics.map((metric) => (
        <li key={metric.key} className="rounded-md border border-slate-200 px-3 py-2">
          <p className="font-medium text-slate-900">
            {metric.name}
            {metric.unit && <span className="font-normal text-slate-600"> ({metric.unit})</span>}
          </p>
          <p className="text-sm text-slate-600">
            {t(`metricType.${metric.type}`)}
            {metric.type === 'choice' && metric.choices && `: ${metric.choices.join(', ')}`}
            {' · '}
            {t(`metricRollup.${metric.rollup}`)}
            {metric.targetPerUnit !== undefined &&
              ` · ${t('directives.metrics.target', { target: formatNumber(metric.targetPerUnit, lang, 2) })}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
