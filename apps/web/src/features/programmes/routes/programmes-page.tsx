import { getRouteApi, Link } from '@tanstack/react-router';
import { PROGRAMME_TRACKS } from '@selaras/contracts';
import { Alert, buttonClasses, Card, PageHeader, SelectField, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useProgrammeList } from '../api/list-programmes';
import { ProgrammeCards } from '../components/programme-cards';
import { trackLabel } from '../components/labels';
import type { ProgrammesSearch } from './programmes-search';

const routeApi = getRouteApi('/app/pembinaan');

/** Rehabilitation programmes of the caller's area, as cards. */
export function ProgrammesPage() {
  const { t } = useI18n();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('nav.programmes'));
  const programmes = useProgrammeList({ track: search.track, active: search.active });

  function onSearch(next: ProgrammesSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        title={t('programmes.list.title')}
        description={t('programmes.list.description')}
        actions={
          programmes.data?.abilities.create && (
            <Link to="/pembinaan/baru" className={buttonClasses('primary')}>
              {t('programmes.list.create')}
            </Link>
          )
        }
      />
      <Card title={t('programmes.list.heading')}>
        <div className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <SelectField
            label={t('programmes.list.filterTrack')}
            placeholder={t('programmes.list.all')}
            options={PROGRAMME_TRACKS.map((track) => ({ value: track, label: t(trackLabel(track)) }))}
            value={search.track ?? ''}
            onChange={(e) => onSearch({ ...search, track: e.target.value === '' ? undefined : (e.target.value as ProgrammesSearch['track']) })}
          />
          <SelectField
            label={t('programmes.list.filterActive')}
            placeholder={t('programmes.list.all')}
            options={[
              { value: 'true', label: t('programmes.list.running') },
              { value: 'false', label: t('programmes.list.finished') },
            ]}
            value={search.active ?? ''}
            onChange={(e) => onSearch({ ...search, active: e.target.value === '' ? undefined : (e.target.value as 'true' | 'false') })}
          />
        </div>
        <div aria-busy={programmes.isFetching}>
          {programmes.isPending && <Spinner />}
          {programmes.isError && <Alert tone="error">{describeError(programmes.error, t)}</Alert>}
          {programmes.data && <ProgrammeCards programmes={programmes.data.items} />}
        </div>
      </Card>
    </>
  );
}
