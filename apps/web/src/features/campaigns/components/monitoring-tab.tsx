import { useState } from 'react';
import type { Campaign, Site } from '@selaras/contracts';
import { OutboxItemStatus } from '@/components/outbox-item-status';
import { Alert, Button, Card, EmptyRow, Spinner, Table, Td, Th, TextField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatNumber, formatPercent } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { failedWithoutAnswer, isDeviceOffline } from '@/lib/offline/network';
import { useOutboxItem } from '@/lib/outbox/outbox';
import { queueSiteCheck } from '../api/queue-site-results';
import { useSaveSiteCheck, useSites } from '../api/sites';
import { shortUnitName } from './labels';
import { worksOnOwnSites } from './own-unit';
import { useSurvival, type SurvivalFigures } from '../api/survival';
import { MonitoringPhotos } from './monitoring-photos';
import { MonitoringReport } from './monitoring-report';

type Counts = { alive: string; dead: string; replanted: string };

function toCount(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim());
}

function CheckRow({
  campaignId,
  site,
  window,
  month,
}: {
  campaignId: string;
  site: Site;
  window: number;
  month: number;
}) {
  const { t } = useI18n();
  const existing = site.checks.find((check) => check.window === window);
  const save = useSaveSiteCheck(campaignId);
  const [counts, setCounts] = useState<Counts>({
    alive: existing ? String(existing.alive) : '',
    dead: existing ? String(existing.dead) : '',
    replanted: existing ? String(existing.replanted) : '0',
  });
  const values = { alive: toCount(counts.alive), dead: toCount(counts.dead), replanted: toCount(counts.replanted) };
  const valid = Object.values(values).every((v) => Number.isInteger(v) && v >= 0);
  const label = t('campaigns.monitor.window', { month });
  const [queuedId, setQueuedId] = useState<string | null>(null);
  const queued = useOutboxItem(queuedId);

  // No signal: the counts wait on the device and go out by themselves once it returns.
  async function keepOnDevice() {
    const check = { siteId: site.id, window, body: values };
    const item = await queueSiteCheck(campaignId, check, t('capture.check.label', { site: site.name, window: label }));
    setQueuedId(item.id);
  }

  function send() {
    setQueuedId(null);
    if (isDeviceOffline()) return void keepOnDevice();
    save.mutate(
      { siteId: site.id, window, body: values },
      {
        onError: (error) => {
          if (!failedWithoutAnswer(error)) return;
          save.reset();
          void keepOnDevice();
        },
      },
    );
  }
  return (
    <fieldset
      className="flex min-w-0 flex-col gap-2 rounded-md border border-slate-200 p-3"
      disabled={!site.abilities.monitor}
    >
      <legend className="font-medium text-navy-900">{label}</legend>
      <div className="grid grid-cols-1 gap-2 min-[420px]:grid-cols-3">
        {(['alive', 'dead', 'replanted'] as const).map((field) => (
          <TextField
            key={field}
            label={t(`campaigns.monitor.${field}`)}
            inputMode="numeric"
            value={counts[field]}
            onChange={(event) => setCounts((prev) => ({ ...prev, [field]: event.target.value }))}
          />
        ))}
      </div>
      {save.isError && <Alert tone="error">{describeError(save.error, t)}</Alert>}
      {save.isSuccess && <Alert tone="success">{t('campaigns.monitor.saved')}</Alert>}
      {queuedId && (
        <Alert tone="info" title={t('capture.results.queued')}>
          <OutboxItemStatus item={queued} />
        </Alert>
      )}
      <div>
        <Button
          size="sm"
          variant="secondary"
          disabled={!valid}
          busy={save.isPending}
          onClick={send}
        >
          {t('campaigns.monitor.save', { window: label })}
        </Button>
      </div>
    </fieldset>
  );
}

function FiguresTable({ caption, rows }: { caption: string; rows: { name: string; figures: SurvivalFigures[] }[] }) {
  const { t, lang } = useI18n();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t('campaigns.monitor.area')}</Th>
          <Th>{t('campaigns.monitor.month')}</Th>
          <Th className="text-right">{t('campaigns.monitor.planted')}</Th>
          <Th className="text-right">{t('campaigns.monitor.alive')}</Th>
          <Th className="text-right">{t('campaigns.monitor.sitesChecked')}</Th>
          <Th className="text-right">{t('campaigns.monitor.rate')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.every((row) => row.figures.length === 0) && (
          <EmptyRow colSpan={6}>{t('campaigns.monitor.none')}</EmptyRow>
        )}
        {rows.flatMap((row) =>
          row.figures.map((f) => (
            <tr key={`${row.name}-${f.window}`}>
              <Td className="min-w-40">{row.name}</Td>
              <Td>{t('campaigns.monitor.window', { month: f.month })}</Td>
              <Td className="text-right tabular-nums">{formatNumber(f.planted, lang)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(f.alive, lang)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(f.sitesChecked, lang)}</Td>
              <Td className="text-right tabular-nums">{f.rate === null ? '–' : formatPercent(f.rate * 100, lang)}</Td>
            </tr>
          )),
        )}
      </tbody>
    </Table>
  );
}

function SurvivalSection({ campaignId }: { campaignId: string }) {
  const { t } = useI18n();
  const survival = useSurvival(campaignId);
  if (survival.isPending) return <Spinner />;
  if (survival.isError) return <Alert tone="error">{describeError(survival.error, t)}</Alert>;
  return (
    <div className="flex flex-col gap-4">
      <FiguresTable
        caption={t('campaigns.monitor.national')}
        rows={[{ name: t('campaigns.monitor.nationalName'), figures: survival.data.national }]}
      />
      <FiguresTable
        caption={t('campaigns.monitor.byKanwil')}
        rows={survival.data.kanwil.map((row) => ({ name: shortUnitName(row.unitName), figures: row.windows }))}
      />
    </div>
  );
}

/** After the event: alive, dead and replanted per site at +1, +3, +6, +12 months, and the survival rates. */
export function MonitoringTab({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const me = useMe();
  const ownWork = worksOnOwnSites(campaign, me);
  const sites = useSites(campaign.id, undefined, ownWork);
  const own = ownWork ? (sites.data?.items ?? []) : [];
  return (
    <div className="flex flex-col gap-5">
      {own.map((site) => (
        <Card key={site.id} level={3} title={site.name}>
          <div className="flex flex-col gap-3">
            {campaign.monitoringMonths.map((month, index) => (
              <div key={month} className="flex flex-col gap-3">
                <CheckRow campaignId={campaign.id} site={site} window={index + 1} month={month} />
                <MonitoringPhotos
                  campaignId={campaign.id}
                  site={site}
                  window={index + 1}
                  label={t('campaigns.monitor.window', { month })}
                />
              </div>
            ))}
          </div>
        </Card>
      ))}
      {own.length > 0 && (
        <Card level={3} title={t('campaigns.monitor.reportHeading')}>
          <div className="flex flex-col gap-4">
            {campaign.monitoringMonths.map((month, index) => (
              <MonitoringReport key={month} campaignId={campaign.id} window={index + 1} month={month} />
            ))}
          </div>
        </Card>
      )}
      {ownWork && sites.isError && <Alert tone="error">{describeError(sites.error, t)}</Alert>}
      <SurvivalSection campaignId={campaign.id} />
    </div>
  );
}
