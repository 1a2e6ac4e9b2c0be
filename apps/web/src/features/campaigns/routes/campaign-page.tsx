import { getRouteApi, Link } from '@tanstack/react-router';
import { z } from 'zod';
import type { Campaign, Me } from '@selaras/contracts';
import { Alert, Card, PageHeader, Spinner } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCampaign } from '../api/get-campaign';
import { AllocationTab } from '../components/allocation-tab';
import { BoardTab } from '../components/board-tab';
import { CampaignTabs } from '../components/campaign-tabs';
import { CampaignExportLinks } from '../components/export-links';
import { localWindow, PHASE_LABEL } from '../components/labels';
import { MonitoringTab } from '../components/monitoring-tab';
import { OnBehalf } from '../components/on-behalf';
import { worksOnBehalf, worksOnOwnSites } from '../components/own-unit';
import { ReadinessTab } from '../components/readiness-tab';
import { SitesTab } from '../components/sites-tab';
import { VerificationTab } from '../components/verification-tab';
import type { CampaignTab } from './campaign-search';

const routeApi = getRouteApi('/app/campaigns/$campaignId');
const IdSchema = z.uuid();

function availableTabs(campaign: Campaign, me: Me): CampaignTab[] {
  const ownWork = worksOnOwnSites(campaign, me);
  const tabs: CampaignTab[] = ['papan'];
  if (campaign.abilities.allocate) tabs.push('alokasi');
  if (ownWork || worksOnBehalf(campaign, me)) tabs.push('lokasi');
  if (ownWork || me.position.unitKind !== 'upt') tabs.push('kesiapan');
  if (campaign.abilities.verify) tabs.push('verifikasi');
  tabs.push('pemantauan');
  return tabs;
}

function TabContent({ campaign, tab, me }: { campaign: Campaign; tab: CampaignTab; me: Me }) {
  switch (tab) {
    case 'alokasi':
      return <AllocationTab campaign={campaign} />;
    case 'lokasi':
      if (!worksOnBehalf(campaign, me)) return <SitesTab campaign={campaign} />;
      return <OnBehalf campaign={campaign}>{(unit) => <SitesTab campaign={campaign} unit={unit} />}</OnBehalf>;
    case 'kesiapan':
      return <ReadinessTab campaign={campaign} />;
    case 'verifikasi':
      return <VerificationTab campaign={campaign} />;
    case 'pemantauan':
      return <MonitoringTab campaign={campaign} />;
    default:
      return <BoardTab campaign={campaign} />;
  }
}

export function CampaignPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const { campaignId } = routeApi.useParams();
  const search = routeApi.useSearch();
  const validId = IdSchema.safeParse(campaignId).success;
  const campaign = useCampaign(campaignId, validId);
  useDocumentTitle(campaign.data?.title ?? t('nav.campaigns'));

  if (!validId || isApiError(campaign.error, 404)) {
    return (
      <Card title={t('campaigns.notFound.title')}>
        <p className="mb-3">{t('campaigns.notFound.body')}</p>
        <Link to="/campaigns" className="font-medium text-navy-800 underline">
          {t('campaigns.notFound.back')}
        </Link>
      </Card>
    );
  }
  if (campaign.isError) return <Alert tone="error">{describeError(campaign.error, t)}</Alert>;
  if (!campaign.data) return <Spinner />;

  const data = campaign.data;
  const tabs = availableTabs(data, me);
  const tab = search.tab && tabs.includes(search.tab) ? search.tab : 'papan';
  const zone = me.position.unitKind === 'upt' ? me.position.unitTimezone : undefined;
  return (
    <>
      <Link to="/campaigns" className="text-sm font-medium text-navy-800 underline">
        {t('nav.campaigns')}
      </Link>
      <PageHeader
        title={data.title}
        eyebrow={t(PHASE_LABEL[data.phase])}
        description={t(zone ? 'campaigns.detail.whenZone' : 'campaigns.detail.when', {
          date: formatDate(data.eventDate, lang),
          window: localWindow(data.windowStart, data.windowEnd, zone),
        })}
      />
      <CampaignTabs campaignId={data.id} tabs={tabs} current={tab} unit={search.unit} />
      <TabContent campaign={data} tab={tab} me={me} />
      <Card title={t('campaigns.export.heading')} className="mt-5">
        <CampaignExportLinks campaignId={data.id} />
        {data.publicPage && (
          <p className="mt-3 text-sm">
            <Link
              to="/publik/gerakan/$campaignId"
              params={{ campaignId: data.id }}
              className="font-medium text-navy-800 underline"
            >
              {t('campaigns.detail.publicLink')}
            </Link>
          </p>
        )}
      </Card>
    </>
  );
}
