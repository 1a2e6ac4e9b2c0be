import { Link, useNavigate } from '@tanstack/react-router';
import { Card, PageHeader } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CampaignForm } from '../components/campaign-form';

export function NewCampaignPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('campaigns.new.title'));
  return (
    <>
      <Link to="/campaigns" className="text-sm font-medium text-navy-800 underline">
        {t('nav.campaigns')}
      </Link>
      <PageHeader title={t('campaigns.new.title')} description={t('campaigns.new.description')} />
      <Card>
        <CampaignForm
          onCreated={(campaign) => void navigate({ to: '/campaigns/$campaignId', params: { campaignId: campaign.id } })}
        />
      </Card>
    </>
  );
}
