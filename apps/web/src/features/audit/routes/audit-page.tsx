import { getRouteApi } from '@tanstack/react-router';
import { AUDIT_ACTIONS, AuditActionSchema } from '@selaras/contracts';
import { Alert, Card, PageHeader, Pagination, SelectField, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { describeTimeZone } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAuditEvents } from '../api/list-audit-events';
import { AuditTable } from '../components/audit-table';
import { AUDIT_PAGE_SIZE } from './audit-search';

const routeApi = getRouteApi('/app/audit');

export function AuditPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('nav.audit'));
  const offset = search.offset ?? 0;
  const events = useAuditEvents({ action: search.action, limit: AUDIT_PAGE_SIZE, offset });
  const zone = me.position.unitTimezone;

  function chooseAction(value: string) {
    const action = AuditActionSchema.safeParse(value);
    void navigate({ search: { action: action.success ? action.data : undefined } });
  }

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description', { zone: describeTimeZone(zone) })} />
      <Card title={t('audit.table.title')}>
        <SelectField
          label={t('audit.filter.action')}
          value={search.action ?? ''}
          onChange={(event) => chooseAction(event.target.value)}
          placeholder={t('common.all')}
          options={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`auditAction.${action}`) }))}
          fieldClassName="max-w-sm"
        />
        <div className="mt-4" aria-busy={events.isFetching}>
          {events.isPending && <Spinner />}
          {events.isError && <Alert tone="error">{describeError(events.error, t)}</Alert>}
          {events.data && (
            <>
              <AuditTable events={events.data.items} timeZone={zone} />
              <Pagination
                total={events.data.total}
                limit={AUDIT_PAGE_SIZE}
                offset={offset}
                onChange={(next) => void navigate({ search: { ...search, offset: next } })}
              />
            </>
          )}
        </div>
      </Card>
    </>
  );
}
