import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert, buttonClasses, Card, PageHeader, Pagination, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { describeTimeZone } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useDirectiveList } from '../api/list-directives';
import { DirectiveFilters } from '../components/directive-filters';
import { DirectivesTable } from '../components/directives-table';
import { DIRECTIVES_PAGE_SIZE, type DirectivesSearch } from './directives-search';

const routeApi = getRouteApi('/app/directives');

export function DirectivesPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('nav.directives'));
  const offset = search.offset ?? 0;
  const directives = useDirectiveList({ q: search.q, status: search.status, limit: DIRECTIVES_PAGE_SIZE, offset });
  const zone = me.position.unitTimezone;

  function onSearch(next: DirectivesSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        title={t('directives.title')}
        description={t('directives.description', { zone: describeTimeZone(zone) })}
        actions={
          hasPermission(me, 'directives:issue') && (
            <Link to="/directives/new" className={buttonClasses('primary')}>
              {t('directives.create')}
            </Link>
          )
        }
      />
      <Card title={t('directives.table.heading')}>
        <DirectiveFilters search={search} onSearch={onSearch} />
        <div className="mt-4" aria-busy={directives.isFetching}>
          {directives.isPending && <Spinner />}
          {directives.isError && <Alert tone="error">{describeError(directives.error, t)}</Alert>}
          {directives.data && (
            <>
              <DirectivesTable directives={directives.data.items} timeZone={zone} />
              <Pagination
                total={directives.data.total}
                limit={DIRECTIVES_PAGE_SIZE}
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
