import { useState } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { Inmate } from '@selaras/contracts';
import { Alert, Button, Card, CheckboxField, PageHeader, Pagination, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useInmateList } from '../api/list-inmates';
import { useUptOptions } from '../api/list-upts';
import { ImportPanel } from '../components/import-panel';
import { InmateFilters } from '../components/inmate-filters';
import { InmateForm, type InmateFormTarget } from '../components/inmate-form';
import { InmatesTable } from '../components/inmates-table';
import { INMATES_PAGE_SIZE, type InmatesSearch } from './inmates-search';

const routeApi = getRouteApi('/app/pembinaan/warga-binaan');

/** The minimal register of the UPTs in the caller's area: pseudonyms by default, names on request (audited). */
export function InmatesPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('inmates.title'));
  const atUpt = me.position.unitKind === 'upt';
  const units = useUptOptions(!atUpt);
  // Names are asked for per visit, never kept in the address: a reload does not silently re-read them.
  const [names, setNames] = useState(false);
  const [formTarget, setFormTarget] = useState<InmateFormTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const offset = search.offset ?? 0;
  const list = useInmateList(
    { unitId: search.unitId, status: search.status, category: search.category, sex: search.sex, q: search.q, limit: INMATES_PAGE_SIZE, offset },
    names,
  );
  const abilities = list.data?.abilities;
  const mayReadNames = hasPermission(me, 'inmates:names');
  /** The UPT a new record or an import goes to: the caller's own, or the one chosen in the filters. */
  const targetUnit = atUpt ? me.position.unitId : search.unitId;

  function onSearch(next: InmatesSearch) {
    void navigate({ search: next });
  }

  function openForm(target: InmateFormTarget) {
    setNotice(null);
    setFormTarget(target);
  }

  return (
    <>
      <Link to="/pembinaan" className="text-sm font-medium text-navy-800 underline">
        {t('inmates.back')}
      </Link>
      <PageHeader
        eyebrow={t('nav.programmes')}
        title={t('inmates.title')}
        description={t('inmates.description')}
        actions={
          abilities?.create &&
          targetUnit && (
            <Button onClick={() => openForm({ kind: 'create', unitId: atUpt ? undefined : targetUnit })}>{t('inmates.add')}</Button>
          )
        }
      />
      {notice && (
        <Alert tone="success" className="mb-4">
          {notice}
        </Alert>
      )}
      {formTarget && (
        <InmateForm
          key={formTarget.kind === 'edit' ? formTarget.inmate.id : 'new'}
          target={formTarget}
          onCancel={() => setFormTarget(null)}
          onDone={(message) => {
            setFormTarget(null);
            setNotice(message);
          }}
        />
      )}
      <Card title={t('inmates.heading')} className="mt-5">
        <InmateFilters
          search={search}
          units={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          namesShown={names}
          onSearch={onSearch}
        />
        {mayReadNames && (
          <div className="mt-4">
            <CheckboxField
              label={t('inmates.names.toggle')}
              hint={t('inmates.names.hint')}
              checked={names}
              onChange={(event) => setNames(event.target.checked)}
            />
          </div>
        )}
        {list.data?.namesShown && (
          <Alert tone="warning" className="mt-3">
            {t('inmates.names.shown')}
          </Alert>
        )}
        <div className="mt-4" aria-busy={list.isFetching}>
          {list.isPending && <Spinner />}
          {list.isError && <Alert tone="error">{describeError(list.error, t)}</Alert>}
          {list.data && (
            <>
              <p className="mb-2 text-sm text-slate-700">{t('inmates.count', { n: list.data.total })}</p>
              <InmatesTable
                inmates={list.data.items}
                namesShown={list.data.namesShown}
                showUnit={!atUpt}
                onEdit={(inmate: Inmate) => openForm({ kind: 'edit', inmate })}
              />
              <Pagination total={list.data.total} limit={INMATES_PAGE_SIZE} offset={offset} onChange={(next) => onSearch({ ...search, offset: next })} />
            </>
          )}
        </div>
      </Card>
      {abilities?.import && (targetUnit ? <ImportPanel unitId={atUpt ? undefined : targetUnit} /> : <Alert className="mt-5">{t('inmates.needUpt')}</Alert>)}
    </>
  );
}
