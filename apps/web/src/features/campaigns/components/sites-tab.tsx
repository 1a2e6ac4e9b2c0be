import { useState } from 'react';
import type { Campaign } from '@selaras/contracts';
import { Alert, Button, Card, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useSites } from '../api/sites';
import { shortUnitName } from './labels';
import type { BehalfUnit } from './on-behalf';
import { ReportPanel } from './report-panel';
import { SiteCard } from './site-card';
import { SiteForm } from './site-form';

/** The unit's own work: register sites, enter results, add photos, send the report; or a Kanwil's on a UPT's behalf. */
export function SitesTab({ campaign, unit }: { campaign: Campaign; unit?: BehalfUnit }) {
  const { t } = useI18n();
  const sites = useSites(campaign.id, unit?.id);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const items = sites.data?.items ?? [];
  const showForm = adding || (sites.isSuccess && items.length === 0);
  // Once the unit's report is in (and until it is returned) its sites are fixed, so no new one is offered.
  const reportIn = items.some((site) => site.status === 'dilaporkan' || site.status === 'terverifikasi');

  return (
    <div className="flex flex-col gap-5">
      {saved && <Alert tone="success">{t('campaigns.site.saved')}</Alert>}
      {campaign.abilities.registerSites && !reportIn && (
        <Card title={t('campaigns.site.new')}>
          {showForm ? (
            <SiteForm
              campaignId={campaign.id}
              unitId={unit?.id}
              onSaved={() => {
                setSaved(true);
                setAdding(false);
              }}
            />
          ) : (
            <Button variant="secondary" onClick={() => setAdding(true)}>
              {t('campaigns.site.add')}
            </Button>
          )}
        </Card>
      )}
      <section aria-labelledby="campaign-sites-heading" className="flex flex-col gap-3">
        <h2 id="campaign-sites-heading" className="text-lg font-semibold text-navy-900">
          {unit ? t('campaigns.behalf.sites', { unit: shortUnitName(unit.name) }) : t('campaigns.site.list')}
        </h2>
        {sites.isPending && <Spinner />}
        {sites.isError && <Alert tone="error">{describeError(sites.error, t)}</Alert>}
        {sites.isSuccess && items.length === 0 && <p className="text-slate-600">{t('campaigns.site.none')}</p>}
        {items.map((site) => (
          <SiteCard key={site.id} campaign={campaign} site={site} />
        ))}
      </section>
      {campaign.abilities.registerSites && items.length > 0 && (
        <ReportPanel campaignId={campaign.id} directiveId={campaign.directiveId} sites={items} unitId={unit?.id} />
      )}
    </div>
  );
}
