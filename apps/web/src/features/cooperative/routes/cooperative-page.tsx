import { Link, getRouteApi } from '@tanstack/react-router';
import { PageHeader } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ScopeView } from '../components/scope-view';
import { UptView } from '../components/upt-view';

const routeApi = getRouteApi('/app/koperasi');

/** The cooperative: a UPT's own, or the table of the UPTs (per Kanwil for HQ) in the caller's scope. */
export function CooperativePage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  useDocumentTitle(t('coop.title'));
  const isUpt = me.position.unitKind === 'upt';
  const atTop = me.position.unitKind === 'hq' || me.position.unitKind === 'ministry';
  return (
    <>
      <PageHeader title={t('coop.title')} description={t('coop.description', { scope: me.position.unitName })} />
      {isUpt && <UptView unitId={me.position.unitId} />}
      {!isUpt && search.upt && (
        <div className="flex flex-col gap-3">
          <Link to="/koperasi" search={{}} className="text-sm font-medium text-navy-800 underline underline-offset-4">
            {t('coop.backToTable')}
          </Link>
          <UptView key={search.upt} unitId={search.upt} />
        </div>
      )}
      {!isUpt && !search.upt && (
        <div className="flex flex-col gap-3">
          {search.unit && (
            <Link to="/koperasi" search={{}} className="text-sm font-medium text-navy-800 underline underline-offset-4">
              {t('coop.back')}
            </Link>
          )}
          <ScopeView key={search.unit ?? 'own'} parentId={search.unit} perKanwil={atTop && !search.unit} />
        </div>
      )}
    </>
  );
}
