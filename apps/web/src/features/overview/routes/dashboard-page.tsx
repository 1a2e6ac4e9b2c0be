import { getRouteApi } from '@tanstack/react-router';
import { Alert, Card, PageHeader, Spinner } from '@/components/ui';
import { OpenSeriousBanner } from '@/components/open-serious/open-serious-banner';
import { describeError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOverview } from '../api/get-overview';
import { ComplianceCard } from '../components/compliance-card';
import { OverdueCard } from '../components/overdue-card';
import { OverviewFilters } from '../components/overview-filters';
import { OverviewMapCard } from '../components/overview-map-card';
import { OverviewTiles } from '../components/overview-tiles';
import { ProgrammeFiguresCard } from '../components/programme-figures-card';
import { ProductFiguresCard } from '../components/product-figures-card';
import type { DashboardSearch } from './dashboard-search';

const routeApi = getRouteApi('/app/dashboard');

export function DashboardPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('overview.title'));
  const overview = useOverview({ directiveId: search.directiveId, tag: search.tag });
  const data = overview.data;

  function onSearch(next: DashboardSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        eyebrow={data ? t('overview.generatedAt', { time: formatDateTime(data.generatedAt, me.position.unitTimezone, lang) }) : undefined}
        title={t('overview.title')}
        description={t('overview.description', { scope: me.position.unitName })}
      />
      <div className="flex flex-col gap-5">
        <OpenSeriousBanner />
        <Card>
          <OverviewFilters search={search} onSearch={onSearch} />
        </Card>
        {overview.isPending && <Spinner />}
        {overview.isError && <Alert tone="error">{describeError(overview.error, t)}</Alert>}
        {data && (
          <div className="flex flex-col gap-5" aria-busy={overview.isFetching}>
            <OverviewTiles overview={data} />
            <div className="grid grid-cols-1 gap-5 lg:grid-cols-2">
              <OverviewMapCard points={data.map} />
              <ComplianceCard compliance={data.compliance} />
            </div>
            <OverdueCard overdue={data.overdue} total={data.overdueTotal} />
          </div>
        )}
        <ProgrammeFiguresCard />
        <ProductFiguresCard />
      </div>
    </>
  );
}
