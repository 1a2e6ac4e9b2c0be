import { getRouteApi } from '@tanstack/react-router';
import { Alert, Card, PageHeader, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDate, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useIncidentMap } from '../api/get-incident-map';
import { useIncidentStats } from '../api/get-incident-stats';
import { StatsExportLinks } from '../components/stats-exports';
import { StatsFilters } from '../components/stats-filters';
import { IncidentStatsMapCard } from '../components/stats-map-card';
import { StatsTable } from '../components/stats-table';
import type { IncidentStatsSearch } from './stats-search';

const routeApi = getRouteApi('/app/insiden/statistik');

/** Incidents over the caller's subtree by category, Kanwil or unit and month, on a map, and as downloads. */
export function IncidentStatsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('incidentStats.title'));
  const query = { from: search.from, to: search.to };
  const stats = useIncidentStats(query);
  const map = useIncidentMap(query);
  const data = stats.data;
  const perKanwil = me.position.unitKind === 'hq' || me.position.unitKind === 'ministry';

  function onSearch(next: IncidentStatsSearch) {
    void navigate({ search: next });
  }

  const tiles = data
    ? [
        { label: t('incidentStats.totals.total'), value: data.total },
        { label: t('incidentStats.totals.open'), value: data.open },
        { label: t('incidentStats.totals.closed'), value: data.total - data.open },
      ]
    : [];

  return (
    <>
      <PageHeader
        title={t('incidentStats.title')}
        description={t('incidentStats.description', { scope: me.position.unitName })}
      />
      <div className="flex flex-col gap-5">
        <Card>
          <StatsFilters search={search} onSearch={onSearch} />
        </Card>
        {stats.isPending && <Spinner />}
        {stats.isError && <Alert tone="error">{describeError(stats.error, t)}</Alert>}
        {data && (
          <div className="flex flex-col gap-5" aria-busy={stats.isFetching}>
            <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
              {tiles.map((tile) => (
                <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-4">
                  <dt className="text-sm text-slate-600">{tile.label}</dt>
                  <dd className="text-2xl font-semibold text-navy-900 tabular-nums">
                    {formatNumber(tile.value, lang)}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="text-sm text-slate-600">{t('incidentStats.seriousNote')}</p>
            <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
              <StatsTable
                title={t('incidentStats.byCategory')}
                nameHeader={t('incidentStats.col.category')}
                rows={data.byCategory}
              />
              <StatsTable
                title={t(perKanwil ? 'incidentStats.byKanwil' : 'incidentStats.byUnit')}
                nameHeader={t('incidentStats.col.unit')}
                rows={data.byUnit}
              />
            </div>
            <StatsTable
              title={t('incidentStats.byMonth')}
              nameHeader={t('incidentStats.col.month')}
              rows={data.byMonth}
              labelOf={(row) => formatDate(row.key, lang)}
            />
          </div>
        )}
        {map.isError && <Alert tone="error">{describeError(map.error, t)}</Alert>}
        {map.data && <IncidentStatsMapCard points={map.data.points} />}
        <Card title={t('incidentStats.export.label')}>
          <StatsExportLinks search={search} />
        </Card>
      </div>
    </>
  );
}
