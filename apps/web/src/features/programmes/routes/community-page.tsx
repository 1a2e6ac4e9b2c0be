import type { FormEvent } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { Alert, Button, Card, PageHeader, Spinner, TextField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { readText } from '@/lib/forms';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCommunityActivities } from '../api/community-list-activities';
import { useCommunitySummary } from '../api/community-get-summary';
import { CommunityForm } from '../components/community-form';
import { CommunityList } from '../components/community-list';
import { CommunityTotalsView } from '../components/community-totals';

const routeApi = getRouteApi('/app/pembinaan/masyarakat');

/** What rehabilitation gives back: activities reaching the community, their totals, and a form to record one. */
export function CommunityPage() {
  const { t } = useI18n();
  const me = useMe();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  useDocumentTitle(t('community.title'));
  const query = { from: search.from, to: search.to };
  const summary = useCommunitySummary(query);
  const list = useCommunityActivities(query);

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void navigate({ search: { from: readText(data, 'from'), to: readText(data, 'to') } });
  }

  return (
    <>
      <PageHeader title={t('community.title')} description={t('community.description', { scope: me.position.unitName })} />
      <div className="flex flex-col gap-5">
        <Card>
          <form onSubmit={onFilter} aria-label={t('community.filterLabel')} className="flex flex-wrap items-end gap-3">
            <TextField type="date" name="from" label={t('community.from')} defaultValue={search.from ?? ''} />
            <TextField type="date" name="to" label={t('community.to')} defaultValue={search.to ?? ''} />
            <Button type="submit" variant="secondary">
              {t('community.filter')}
            </Button>
          </form>
        </Card>
        {summary.isPending && <Spinner />}
        {summary.isError && <Alert tone="error">{describeError(summary.error, t)}</Alert>}
        {summary.data && <CommunityTotalsView summary={summary.data} />}
        {list.isError && <Alert tone="error">{describeError(list.error, t)}</Alert>}
        {list.data && <CommunityList list={list.data} />}
        {list.data?.abilities.record && <CommunityForm />}
      </div>
    </>
  );
}
