import { lazy, Suspense } from 'react';
import { SITE_STATUSES } from '@selaras/contracts';
import { Card, Spinner } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { ClusterInput } from './site-clusters';
import { SITE_STATUS_HEX, SITE_STATUS_LABEL } from './labels';

// Leaflet loads as its own chunk, only when a campaign map is shown.
const SiteMap = lazy(() => import('./site-map').then((module) => ({ default: module.SiteMap })));

type SiteMapCardProps = {
  title: string;
  sites: ClusterInput[];
  describeSite: (id: string) => string;
  /** The public page shows where, not how far each site has come. */
  legend?: boolean;
};

export function SiteMapCard({ title, sites, describeSite, legend = true }: SiteMapCardProps) {
  const { t, lang } = useI18n();
  const describeCluster = (count: number) => t('campaigns.map.cluster', { count: formatNumber(count, lang) });
  return (
    <Card title={title}>
      {sites.length === 0 ? (
        <p className="text-slate-600">{t('campaigns.map.none')}</p>
      ) : (
        <figure>
          <Suspense fallback={<Spinner label={t('campaigns.map.loading')} />}>
            <SiteMap
              sites={sites}
              attribution="&copy; OpenStreetMap"
              describeSite={describeSite}
              describeCluster={describeCluster}
            />
          </Suspense>
          <figcaption className="mt-2 text-sm text-slate-600">{t('campaigns.map.caption')}</figcaption>
        </figure>
      )}
      {legend && (
        <ul aria-label={t('campaigns.map.legend')} className="mt-3 grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
          {SITE_STATUSES.map((status) => (
            <li key={status} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="inline-block h-3 w-3 rounded-full"
                style={{ backgroundColor: SITE_STATUS_HEX[status] }}
              />
              <span>
                {t(SITE_STATUS_LABEL[status])} ·{' '}
                {t('campaigns.map.sites', {
                  count: formatNumber(sites.filter((s) => s.status === status).length, lang),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
