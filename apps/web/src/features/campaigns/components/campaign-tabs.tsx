import { Link } from '@tanstack/react-router';
import { buttonClasses } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import type { CampaignTab } from '../routes/campaign-search';

const TAB_LABEL: Record<CampaignTab, MessageKey> = {
  papan: 'campaigns.tab.papan',
  alokasi: 'campaigns.tab.alokasi',
  lokasi: 'campaigns.tab.lokasi',
  kesiapan: 'campaigns.tab.kesiapan',
  verifikasi: 'campaigns.tab.verifikasi',
  pemantauan: 'campaigns.tab.pemantauan',
};

type CampaignTabsProps = { campaignId: string; tabs: CampaignTab[]; current: CampaignTab; unit?: string };

/** The campaign's sections as links that wrap on a phone; the address keeps the chosen one (and a Kanwil's UPT). */
export function CampaignTabs({ campaignId, tabs, current, unit }: CampaignTabsProps) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('campaigns.tab.label')} className="mb-5">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab}>
            <Link
              to="/campaigns/$campaignId"
              params={{ campaignId }}
              search={{ tab, unit }}
              aria-current={tab === current ? 'page' : undefined}
              className={buttonClasses(tab === current ? 'primary' : 'secondary', 'sm')}
            >
              {t(TAB_LABEL[tab])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
