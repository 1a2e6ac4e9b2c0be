import { useState } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { Assignment } from '@selaras/contracts';
import { Alert, Card, PageHeader, Pagination, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAssignmentList } from '../api/list-assignments';
import { AssignmentFilters } from '../components/assignment-filters';
import { AssignmentList } from '../components/assignment-list';
import { BulkDecisionBar } from '../components/bulk-decision-bar';
import { PendingSummary } from '../components/pending-summary';
import { RequestQueue } from '../components/request-queue';
import { WorklistTabs } from '../components/worklist-tabs';
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
  const pending = search.view === 'pending';
  const canVerify = hasPermission(me, 'reports:verify');
  const assignments = useAssignmentList({
    directiveId: search.directiveId,
    status: pending ? undefined : search.status,
    role: pending ? undefined : search.role,
    overdue: search.overdue,
    pending: pending || undefined,
    limit: ASSIGNMENTS_PAGE_SIZE,
    offset,
  });
  const [selected, setSelected] = useState<ReadonlyMap<string, Assignment>>(new Map());
  const bulk = canVerify && search.view === undefined;

  function toggle(assignment: Assignment) {
    const next = new Map(selected);
    if (next.has(assignment.id)) next.delete(assignment.id);
    else next.set(assignment.id, assignment);
    setSelected(next);
  }

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
              pending: pending ? 'true' : undefined,
            }}
          />
        }
      >
        <WorklistTabs search={search} canVerify={canVerify} />
        {search.view === 'requests' ? (
          <RequestQueue />
        ) : (
          <>
            {pending && <PendingSummary />}
            {!pending && <AssignmentFilters search={search} canVerify={canVerify} onSearch={onSearch} />}
            <div className="mt-4" aria-busy={assignments.isFetching}>
              {bulk && <BulkDecisionBar selected={[...selected.values()]} onDone={() => setSelected(new Map())} />}
              {assignments.isPending && <Spinner />}
              {assignments.isError && <Alert tone="error">{describeError(assignments.error, t)}</Alert>}
              {assignments.data && (
                <>
                  <AssignmentList
                    assignments={assignments.data.items}
                    selection={bulk ? { selected: new Set(selected.keys()), toggle } : undefined}
                  />
                  <Pagination
                    total={assignments.data.total}
                    limit={ASSIGNMENTS_PAGE_SIZE}
                    offset={offset}
                    onChange={(next) => onSearch({ ...search, offset: next })}
                  />
                </>
              )}
            </div>
          </>
        )}
      </Card>
    </>
  );
}
