import type { ReactNode } from 'react';
import type { Incident } from '@selaras/contracts';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { IncidentStatusBadge, SeriousBadge, UnacknowledgedBadge } from './status-badge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="font-medium break-words text-slate-900">{children}</dd>
    </div>
  );
}

/** Number, category, severity and status on top; where, when (on the unit's clock) and what below. */
export function IncidentHeader({ incident }: { incident: Incident }) {
  const { t, lang } = useI18n();
  const zone = incident.unitTimezone;
  return (
    <header className="mb-4 flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <p className="font-mono text-sm text-slate-700">{incident.number}</p>
        <IncidentStatusBadge status={incident.status} />
        {incident.serious && <SeriousBadge />}
        <UnacknowledgedBadge count={incident.unacknowledgedAlerts} />
      </div>
      <h1 className="text-2xl font-semibold text-balance text-navy-900 sm:text-3xl">
        {incident.categoryName} · {incident.severityName}
      </h1>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Fact label={t('incidents.page.unit')}>
          {incident.unitName}
          {incident.kanwilName && (
            <span className="block text-sm font-normal text-slate-600">{incident.kanwilName}</span>
          )}
        </Fact>
        <Fact label={t('incidents.page.location')}>{incident.location}</Fact>
        <Fact label={t('incidents.page.occurredAt')}>{formatDateTime(incident.occurredAt, zone, lang)}</Fact>
        <Fact label={t('incidents.page.reportedAt')}>
          {formatDateTime(incident.reportedAt, zone, lang)}
          <span className="block text-sm font-normal text-slate-600">
            {t('incidents.page.reportedBy', { name: incident.reportedBy })}
          </span>
        </Fact>
      </dl>
      <p className="max-w-prose whitespace-pre-line text-slate-800">{incident.description}</p>
    </header>
  );
}
