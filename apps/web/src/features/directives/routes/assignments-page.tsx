import { getRouteApi, Link } from '@tanstack/react-router';
import { Alert, Card, PageHeader, Pagination, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAssignmentList } from '../api/list-assignments';
import { AssignmentFilters } from '../components/assignment-filters';
import { AssignmentList } from '../components/assignment-list';
import { ExportLinks } from '../components/export-links';
import { ASSIGNMENTS_PAGE_SIZE, type AssignmentsSearch } from './assignments-search';

const routeApi = getRouteApi('/app/assignments');

export function AssignmentsPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('nav.assignments'));
  const offset = search.offset ?? 0;
  const assignments = useAssignmentList({
    directiveId: search.directiveId,
    status: search.status,
    role: search.role,
    overdue: search.overdue,
    limit: ASSIGNMENTS_PAGE_SIZE,
    offset,
  });

  function onSearch(next: AssignmentsSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader title={t('assignments.title')} description={t('assignments.description')} />
      {search.directiveId && (
        <p className="mb-4 text-sm">
          <Link
            to="/directives/$directiveId"
            params={{ directiveId: search.directiveId }}
            className="text-navy-800 underline underline-offset-4"
          >
            {t('assignments.backToDirective')}
          </Link>
        </p>
      )}
      <Card
        title={t('assignments.heading')}
        actions={
          <ExportLinks
            filter={{
              directiveId: search.directiveId,
              status: search.status,
              role: search.role,
              overdue: search.overdue ? 'true' : undefined,
            }}
          />
        }
      >
        <AssignmentFilters search={search} canVerify={hasPermission(me, 'reports:verify')} onSearch={onSearch} />
        <div className="mt-4" aria-busy={assignments.isFetching}>
          {assignments.isPending && <Spinner />}
          {assignments.isError && <Alert tone="error">{describeError(assignments.error, t)}</Alert>}
          {assignments.data && (
            <>
              <AssignmentList assignments={assignments.data.items} />
              <Pagination
                total={assignments.data.total}
                limit={ASSIGNMENTS_PAGE_SIZE}
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
