import { useState } from 'react';
import { PHOTO_FLAG_CODES, type Campaign, type PhotoFlagCode } from '@selaras/contracts';
import { Alert, Button, Card, Spinner, TextareaField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useDecideCampaignReport, useDecideCampaignReports, useQueue, type QueueItem } from '../api/reports';
import { useSites } from '../api/sites';
import { PhotoFigure } from './site-photos';
import { SiteStatusBadge } from './status-badge';

function isFlagCode(code: string): code is PhotoFlagCode {
  return (PHOTO_FLAG_CODES as readonly string[]).includes(code);
}

function QueueSites({ campaign, unitId }: { campaign: Campaign; unitId: string }) {
  const { t, lang } = useI18n();
  const sites = useSites(campaign.id, unitId);
  const nameOf = (key: string) => campaign.metrics.find((metric) => metric.key === key)?.name ?? key;
  if (sites.isPending) return <Spinner />;
  if (sites.isError) return <Alert tone="error">{describeError(sites.error, t)}</Alert>;
  return (
    <ul className="flex flex-col gap-3">
      {sites.data.items.map((site) => (
        <li key={site.id} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h4 className="font-semibold break-words text-navy-900">{site.name}</h4>
            <SiteStatusBadge status={site.status} />
          </div>
          <p className="text-sm text-slate-700">
            {Object.entries(site.results ?? {})
              .map(
                ([key, value]) =>
                  `${nameOf(key)}: ${typeof value === 'number' ? formatNumber(value, lang) : String(value)}`,
              )
              .join(' · ') || t('campaigns.verify.noResults')}
          </p>
          <ul className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-3">
            {site.photos.map((photo) => (
              <li key={photo.id}>
                <PhotoFigure photo={photo} site={site} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

type ItemProps = { campaign: Campaign; item: QueueItem; selected: boolean; onSelect: (checked: boolean) => void };

function QueueEntry({ campaign, item, selected, onSelect }: ItemProps) {
  const { t, lang } = useI18n();
  const me = useMe();
  const decide = useDecideCampaignReport(campaign.id);
  const [open, setOpen] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const flagged = item.flaggedPhotos > 0;
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-start gap-3">
        <input
          type="checkbox"
          aria-label={t('campaigns.verify.select', { unit: item.unitName })}
          className="focus-ring mt-1 size-5 accent-navy-800"
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
        />
        <div className="min-w-0 flex-1">
          <h3 className="font-semibold break-words text-navy-900">{item.unitName}</h3>
          <p className="text-sm text-slate-700">
            {t('campaigns.verify.summary', {
              sites: formatNumber(item.sites, lang),
              photos: formatNumber(item.photos, lang),
              time: formatDateTime(item.submittedAt, me.position.unitTimezone, lang),
            })}
          </p>
          {flagged && (
            <p className="mt-1 text-sm font-medium text-amber-900">
              {t('campaigns.verify.flagged', {
                count: formatNumber(item.flaggedPhotos, lang),
                codes: item.flagCodes.map((code) => (isFlagCode(code) ? t(`campaigns.flag.${code}`) : code)).join(', '),
              })}
            </p>
          )}
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" variant="ghost" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
          {t(open ? 'campaigns.verify.hide' : 'campaigns.verify.show', { unit: item.unitName })}
        </Button>
        <Button
          size="sm"
          busy={decide.isPending && !returning}
          onClick={() => decide.mutate({ reportId: item.reportId, body: { decision: 'verified' } })}
        >
          {t('campaigns.verify.approve', { unit: item.unitName })}
        </Button>
        <Button size="sm" variant="danger" onClick={() => setReturning((value) => !value)}>
          {t('campaigns.verify.return')}
        </Button>
      </div>
      {returning && (
        <form
          className="mt-3 flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim())
              decide.mutate({ reportId: item.reportId, body: { decision: 'returned', reason: reason.trim() } });
          }}
        >
          <TextareaField
            label={t('campaigns.verify.reason')}
            required
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div>
            <Button type="submit" size="sm" variant="danger" busy={decide.isPending} disabled={!reason.trim()}>
              {t('campaigns.verify.sendBack')}
            </Button>
          </div>
        </form>
      )}
      {decide.isError && (
        <Alert tone="error" className="mt-2">
          {describeError(decide.error, t)}
        </Alert>
      )}
      {open && (
        <div className="mt-3">
          <QueueSites campaign={campaign} unitId={item.unitId} />
        </div>
      )}
    </li>
  );
}

/** The reports waiting for the caller, each with its sites and flagged photos; approve one by one or in a batch. */
export function VerificationTab({ campaign }: { campaign: Campaign }) {
  const { t, lang } = useI18n();
  const queue = useQueue(campaign.id, campaign.abilities.verify);
  const bulk = useDecideCampaignReports(campaign.id);
  const [selected, setSelected] = useState<string[]>([]);
  if (queue.isPending) return <Spinner />;
  if (queue.isError) return <Alert tone="error">{describeError(queue.error, t)}</Alert>;
  const items = queue.data.items;
  const chosen = items.filter((item) => selected.includes(item.reportId));
  const failed = bulk.data?.items.filter((result) => !result.ok) ?? [];

  return (
    <Card title={t('campaigns.verify.heading')}>
      {items.length === 0 ? (
        <p className="text-slate-600">{t('campaigns.verify.empty')}</p>
      ) : (
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="secondary"
              disabled={chosen.length === 0}
              busy={bulk.isPending}
              onClick={() =>
                bulk.mutate(
                  { items: chosen.map((item) => ({ reportId: item.reportId, decision: 'verified' as const })) },
                  { onSuccess: () => setSelected([]) },
                )
              }
            >
              {t('campaigns.verify.approveSelected', { count: formatNumber(chosen.length, lang) })}
            </Button>
          </div>
          {bulk.isError && <Alert tone="error">{describeError(bulk.error, t)}</Alert>}
          {failed.length > 0 && (
            <Alert tone="error">
              {failed.map((result) => result.problem?.detail ?? result.problem?.title ?? result.reportId).join(' · ')}
            </Alert>
          )}
          <ul className="flex flex-col gap-3">
            {items.map((item) => (
              <QueueEntry
                key={item.reportId}
                campaign={campaign}
                item={item}
                selected={selected.includes(item.reportId)}
                onSelect={(checked) =>
                  setSelected((prev) =>
                    checked ? [...prev, item.reportId] : prev.filter((id) => id !== item.reportId),
                  )
                }
              />
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
