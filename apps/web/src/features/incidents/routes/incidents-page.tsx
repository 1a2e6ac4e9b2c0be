import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert, buttonClasses, Card, PageHeader, Pagination, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useIncidentCatalogue } from '../api/get-incident-catalogue';
import { useIncidentList } from '../api/list-incidents';
import { IncidentFilters } from '../components/incident-filters';
import { openFirst } from '../components/incident-rules';
import { IncidentsList } from '../components/incidents-list';
import { QueuedReports } from '../components/queued-reports';
import { INCIDENTS_PAGE_SIZE, type IncidentsSearch } from './incidents-search';

const routeApi = getRouteApi('/app/insiden');

/** The Kamtib board: every incident within the caller's area, open ones first. */
export function IncidentsPage() {
  const { t } = useI18n();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('nav.incidents'));
  const offset = search.offset ?? 0;
  const incidents = useIncidentList({
    status: search.status,
    categoryId: search.categoryId,
    serious: search.serious,
    limit: INCIDENTS_PAGE_SIZE,
    offset,
  });
  const catalogue = useIncidentCatalogue();

  function onSearch(next: IncidentsSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        title={t('incidents.board.title')}
        description={t('incidents.board.description')}
        actions={
          incidents.data?.abilities.report && (
            <Link to="/insiden/baru" className={buttonClasses('primary')}>
              {t('incidents.board.report')}
            </Link>
          )
        }
      />
      <QueuedReports />
      <Card title={t('incidents.board.heading')}>
        <IncidentFilters search={search} categories={catalogue.data?.categories ?? []} onSearch={onSearch} />
        <div className="mt-4" aria-busy={incidents.isFetching}>
          {incidents.isPending && <Spinner />}
          {incidents.isError && <Alert tone="error">{describeError(incidents.error, t)}</Alert>}
          {incidents.data && (
            <>
              <IncidentsList incidents={openFirst(incidents.data.items)} />
              <Pagination
                total={incidents.data.total}
                limit={INCIDENTS_PAGE_SIZE}
                offset={offset}
                onChange={(next) => onSearch({ ...search, offset: next })}
              />
            </>
          )}
        </div>
      </Card>
    </>
  );
}
