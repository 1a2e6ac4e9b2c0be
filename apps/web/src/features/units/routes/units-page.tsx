import { getRouteApi } from '@tanstack/react-router';
import { PageHeader } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ImportPanel } from '../components/import-panel';
import { UnitDirectory } from '../components/unit-directory';
import { UnitTreeCard } from '../components/unit-tree-card';
import type { UnitsSearch } from './units-search';

const routeApi = getRouteApi('/app/units');

export function UnitsPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('nav.units'));

  function onSearch(next: UnitsSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader title={t('units.title')} description={t('units.description')} />
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <UnitTreeCard />
        <UnitDirectory search={search} onSearch={onSearch} />
      </div>
      {hasPermission(me, 'units:import') && <ImportPanel />}
    </>
  );
}
