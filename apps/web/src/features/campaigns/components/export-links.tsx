import { buttonClasses } from '@/components/ui';
import { buildUrl } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n/i18n';
import { campaignPath } from '../api/keys';

/** Downloads (plain GETs with the session cookie): sites or units as XLSX/CSV, and the PDF summary. */
export function CampaignExportLinks({ campaignId }: { campaignId: string }) {
  const { t } = useI18n();
  const link = buttonClasses('secondary', 'sm');
  const exportUrl = (format: 'xlsx' | 'csv', per: 'site' | 'unit') =>
    buildUrl(campaignPath(campaignId, '/export'), { format, per });
  return (
    <div role="group" aria-label={t('campaigns.export.label')} className="flex flex-wrap gap-2">
      <a className={link} href={exportUrl('xlsx', 'site')} download>
        {t('campaigns.export.sitesXlsx')}
      </a>
      <a className={link} href={exportUrl('csv', 'site')} download>
        {t('campaigns.export.sitesCsv')}
      </a>
      <a className={link} href={exportUrl('xlsx', 'unit')} download>
        {t('campaigns.export.unitsXlsx')}
      </a>
      <a className={link} href={exportUrl('csv', 'unit')} download>
        {t('campaigns.export.unitsCsv')}
      </a>
      <a className={link} href={buildUrl(campaignPath(campaignId, '/summary.pdf'))} download>
        {t('campaigns.export.pdf')}
      </a>
    </div>
  );
}
