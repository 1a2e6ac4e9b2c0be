import { Link } from '@tanstack/react-router';
import { Alert, buttonClasses, Card, PageHeader, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCampaignList } from '../api/list-campaigns';
import { CampaignsTable } from '../components/campaigns-table';

export function CampaignsPage() {
  const { t } = useI18n();
  const me = useMe();
  useDocumentTitle(t('nav.campaigns'));
  const campaigns = useCampaignList();
  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        description={t('campaigns.description')}
        actions={
          hasPermission(me, 'campaigns:manage') && (
            <Link to="/campaigns/new" className={buttonClasses('primary')}>
              {t('campaigns.create')}
            </Link>
          )
        }
      />
      <Card>
        <div aria-busy={campaigns.isFetching}>
          {campaigns.isPending && <Spinner />}
          {campaigns.isError && <Alert tone="error">{describeError(campaigns.error, t)}</Alert>}
          {campaigns.data && <CampaignsTable campaigns={campaigns.data.items} />}
        </div>
      </Card>
    </>
  );
}
