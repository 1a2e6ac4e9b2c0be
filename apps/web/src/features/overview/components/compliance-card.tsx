import type { Overview } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { formatNumber, formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { ShareBar } from './share-bar';

/** Kanwil (or units) ranked by verified share, with reported and verified bars apart. */
export function ComplianceCard({ compliance }: { compliance: Overview['compliance'] }) {
  const { t, lang } = useI18n();
  const n = (value: number) => formatNumber(value, lang);
  const title = compliance.groupedBy === 'kanwil' ? t('overview.compliance.kanwil') : t('overview.compliance.unit');
  return (
    <Card title={title}>
      {compliance.rows.length === 0 ? (
        <p className="text-slate-600">{t('overview.compliance.empty')}</p>
      ) : (
        // The list scrolls in its own box: the box takes the keyboard focus so the arrows scroll it.
        <div
          role="region"
          aria-label={title}
          tabIndex={0}
          className="focus-ring max-h-[32rem] overflow-y-auto rounded-md pr-1"
        >
          <ol aria-label={title} className="flex flex-col gap-3">
            {compliance.rows.map((row, i) => (
              <li key={row.unitId} className="border-b border-slate-100 pb-3 last:border-b-0">
                <p className="font-medium text-slate-900">
                  <span className="mr-2 tabular-nums text-slate-500">{i + 1}.</span>
                  {row.unitName}
                </p>
                <div className="mt-1 grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
                  <div>
                    <span>
                      {t('overview.compliance.reported', { percent: formatPercent(row.reportedPercent, lang) })}
                    </span>
                    <ShareBar percent={row.reportedPercent} tone="amber" />
                  </div>
                  <div>
                    <span>
                      {t('overview.compliance.verified', { percent: formatPercent(row.verifiedPercent, lang) })}
                    </span>
                    <ShareBar percent={row.verifiedPercent} tone="teal" />
                  </div>
                </div>
                <p className="mt-1 text-xs text-slate-600">
                  {t('overview.compliance.detail', {
                    reported: n(row.reported),
                    verified: n(row.verified),
                    assigned: n(row.assigned),
                    overdue: n(row.overdue),
                  })}
                </p>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Card>
  );
}
