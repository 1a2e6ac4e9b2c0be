import { useState } from 'react';
import type { Campaign, Site } from '@selaras/contracts';
import { Alert, Button, Card } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useRemoveSite } from '../api/sites';
import { formatCoordinates } from './coordinates';
import { LAND_TYPE_LABEL } from './labels';
import { SiteForm } from './site-form';
import { SitePhotos } from './site-photos';
import { SiteResultsForm } from './site-results-form';
import { SiteStatusBadge } from './status-badge';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/** One site of the unit: what it is, its results and its photos; "Ubah" reopens the site form while it is editable. */
export function SiteCard({ campaign, site }: { campaign: Campaign; site: Site }) {
  const { t, lang } = useI18n();
  const remove = useRemoveSite(campaign.id);
  const [editing, setEditing] = useState(false);
  const [changed, setChanged] = useState(false);
  return (
    <Card level={3} title={site.name} actions={<SiteStatusBadge status={site.status} />}>
      <div className="flex flex-col gap-4">
        {changed && <Alert tone="success">{t('campaigns.site.changed')}</Alert>}
        <dl className="grid grid-cols-1 gap-2 text-sm min-[420px]:grid-cols-2 lg:grid-cols-4">
          <Fact label={t('campaigns.site.landType')}>{t(LAND_TYPE_LABEL[site.landType])}</Fact>
          <Fact label={t('campaigns.site.area')}>{formatNumber(site.areaHa, lang, 2)}</Fact>
          <Fact label={t('campaigns.site.planned')}>{formatNumber(site.planned, lang)}</Fact>
          <Fact label={t('campaigns.site.position')}>
            {formatCoordinates(site.centroid)}
            {site.geometry.kind === 'polygon' && (
              <span className="block text-xs text-slate-600">
                {t('campaigns.site.corners', { count: site.geometry.points.length })}
              </span>
            )}
          </Fact>
        </dl>
        {site.partners.length > 0 && (
          <div className="text-sm">
            <p className="font-medium text-slate-800">{t('campaigns.partner.heading')}</p>
            <ul className="list-disc pl-5">
              {site.partners.map((partner, index) => (
                <li key={`${partner.name}-${index}`} className="break-words">
                  {t(`campaigns.partnerKind.${partner.kind}`)}: {partner.name}
                  {partner.confirmed ? ` · ${t('campaigns.partner.confirmedShort')}` : ''}
                  {partner.brings ? ` · ${partner.brings}` : ''}
                </li>
              ))}
            </ul>
          </div>
        )}
        <SiteResultsForm campaignId={campaign.id} metrics={campaign.metrics} site={site} />
        <SitePhotos campaignId={campaign.id} site={site} />
        {editing && site.abilities.edit && (
          <div className="border-t border-slate-200 pt-3">
            <SiteForm
              campaignId={campaign.id}
              site={site}
              onSaved={() => {
                setEditing(false);
                setChanged(true);
              }}
              onCancel={() => setEditing(false)}
            />
          </div>
        )}
        {site.abilities.edit && (
          <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-3">
            {!editing && (
              <Button
                size="sm"
                variant="secondary"
                aria-label={t('campaigns.site.editNamed', { name: site.name })}
                onClick={() => {
                  setChanged(false);
                  setEditing(true);
                }}
              >
                {t('campaigns.site.edit')}
              </Button>
            )}
            <Button
              size="sm"
              variant="danger"
              busy={remove.isPending}
              onClick={() => {
                if (window.confirm(t('campaigns.site.removeConfirm', { name: site.name }))) remove.mutate(site.id);
              }}
            >
              {t('campaigns.site.remove')}
            </Button>
            {remove.isError && (
              <Alert tone="error" className="w-full">
                {describeError(remove.error, t)}
              </Alert>
            )}
          </div>
        )}
      </div>
    </Card>
  );
}
