import { useId } from 'react';
import { Link } from '@tanstack/react-router';
import type { IncidentSummary } from '@selaras/contracts';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { hasPermission, useMe } from '@/lib/me';
import { useOpenSerious } from './get-open-serious';
import { latestFigures } from './banner-figures';

const STATUS_LABEL: Record<IncidentSummary['status'], MessageKey> = {
  dilaporkan: 'incidentStats.status.dilaporkan',
  ditangani: 'incidentStats.status.ditangani',
  terkendali: 'incidentStats.status.terkendali',
  pulih: 'incidentStats.status.pulih',
  ditutup: 'incidentStats.status.ditutup',
};

function BannerItem({ item }: { item: IncidentSummary }) {
  const { t, lang } = useI18n();
  const figures = latestFigures(item, (n) => formatNumber(n, lang));
  return (
    <li className="rounded-md border border-red-200 bg-white p-3">
      <Link
        to="/insiden/$incidentId"
        params={{ incidentId: item.id }}
        className="font-semibold text-red-900 underline underline-offset-4 hover:text-red-700"
      >
        <span className="block text-xs font-normal">{item.number}</span>
        {item.categoryName} · {item.unitName}
      </Link>
      <p className="mt-1 text-sm text-slate-700">
        <span className="font-medium">{t(STATUS_LABEL[item.status])}</span>
        {' · '}
        {item.severityName}
        {' · '}
        {t('incidentStats.banner.occurred', { time: formatDateTime(item.occurredAt, item.unitTimezone, lang) })}
      </p>
      {figures && <p className="mt-1 text-sm font-semibold text-red-900">{figures}</p>}
      {item.unacknowledgedAlerts > 0 && (
        <p className="mt-1 text-sm text-slate-700">
          {t('incidentStats.banner.unacknowledged', { count: formatNumber(item.unacknowledgedAlerts, lang) })}
        </p>
      )}
    </li>
  );
}

/**
 * Open serious incidents in the caller's subtree, on the page leaders land on. Shown only to a position with
 * `incidents:read` and only when there is at least one; a failed fetch stays silent (the page has other work).
 */
export function OpenSeriousBanner() {
  const { t, lang } = useI18n();
  const me = useMe();
  const allowed = hasPermission(me, 'incidents:read');
  const query = useOpenSerious(allowed);
  const headingId = useId();
  const items = query.data?.items ?? [];
  if (!allowed || items.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border-l-4 border border-red-300 bg-red-50 p-4 sm:p-5">
      <h2 id={headingId} className="text-lg font-semibold text-red-900">
        {t('incidentStats.banner.title', { count: formatNumber(items.length, lang) })}
      </h2>
      <p className="text-sm text-red-900">{t('incidentStats.banner.description')}</p>
      <ul className="mt-3 grid grid-cols-1 gap-2 lg:grid-cols-2">
        {items.map((item) => (
          <BannerItem key={item.id} item={item} />
        ))}
      </ul>
      <Link
        to="/insiden/statistik"
        className="mt-3 inline-block text-sm font-medium text-red-900 underline underline-offset-4 hover:text-red-700"
      >
        {t('incidentStats.banner.statistics')}
      </Link>
    </section>
  );
}
