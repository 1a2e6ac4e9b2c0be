import type { ReactNode } from 'react';
import type { Metric, Report, TimeZone } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { AttachmentList } from './attachment-list';
import { formatMetricValue } from './labels';
import { Badge } from './status-badge';

type ReportHistoryProps = {
  reports: Report[];
  metrics: Metric[];
  timeZone: TimeZone;
  /** Shown under the newest report (the verifier's decision). */
  latestActions?: ReactNode;
};

type ReportItemProps = { report: Report; metrics: Metric[]; timeZone: TimeZone; actions?: ReactNode };

function ReportItem({ report, metrics, timeZone, actions }: ReportItemProps) {
  const { t, lang } = useI18n();
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-navy-900">{t('report.history.version', { version: report.version })}</h3>
        <div className="flex flex-wrap gap-2">
          {report.onBehalf && <Badge tone="navy">{t('report.history.onBehalf')}</Badge>}
          {report.decision === 'verified' && <Badge tone="teal">{t('report.history.verified')}</Badge>}
          {report.decision === 'returned' && <Badge>{t('report.history.returned')}</Badge>}
          {report.decision === null && <Badge>{t('report.history.waiting')}</Badge>}
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {t('report.history.by', {
          name: report.submittedByName,
          position: report.submittedByPosition,
          time: formatDateTime(report.submittedAt, timeZone, lang),
        })}
      </p>
      {metrics.length > 0 && (
        <dl className="mt-2 flex flex-col">
          {metrics.map((metric) => (
            <div key={metric.key} className="flex justify-between gap-3 border-b border-slate-100 py-1">
              <dt className="text-sm text-slate-600">{metric.name}</dt>
              <dd className="text-right font-medium tabular-nums">
                {formatMetricValue(metric, report.values[metric.key], t, lang)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mt-2 whitespace-pre-line text-slate-800">{report.narrative}</p>
      <AttachmentList files={report.attachments} timeZone={timeZone} />
      {report.decision && report.decidedAt && (
        <p className="mt-2 text-sm text-slate-700">
          {t(report.decision === 'verified' ? 'report.history.verifiedAt' : 'report.history.returnedAt', {
            time: formatDateTime(report.decidedAt, timeZone, lang),
          })}
          {report.decisionReason && (
            <span className="mt-1 block rounded-md bg-amber-50 px-2 py-1 text-amber-900">
              {t('report.history.reason', { reason: report.decisionReason })}
            </span>
          )}
        </p>
      )}
      {actions}
    </li>
  );
}

/** Every version sent, newest first: who sent it (and whether on the unit's behalf) and what was decided. */
export function ReportHistory({ reports, metrics, timeZone, latestActions }: ReportHistoryProps) {
  const { t } = useI18n();
  const newestFirst = [...reports].sort((a, b) => b.version - a.version);
  return (
    <Card title={t('report.history.title')}>
      {newestFirst.length === 0 ? (
        <p className="text-slate-600">{t('report.history.empty')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {newestFirst.map((report, index) => (
            <ReportItem
              key={report.id}
              report={report}
              metrics={metrics}
              timeZone={timeZone}
              actions={index === 0 ? latestActions : undefined}
            />
          ))}
        </ol>
      )}
    </Card>
  );
}
