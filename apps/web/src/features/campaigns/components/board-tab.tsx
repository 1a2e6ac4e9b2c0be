import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Campaign, CampaignBoard } from '@selaras/contracts';
import { Alert, Card, EmptyRow, SelectField, Spinner, Table, Td, Th } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatNumber, formatPercent, formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useBoard } from '../api/get-board';
import { shortUnitName, SITE_STATUS_LABEL } from './labels';
import { percentOf, ProgressBar } from './progress-bar';
import { SiteMapCard } from './site-map-card';

function Counter({ label, value, children }: { label: string; value: string; children?: React.ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1 rounded-md border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="flex flex-col gap-1">
        <span className="text-xl font-semibold text-navy-900 tabular-nums">{value}</span>
        {children}
      </dd>
    </div>
  );
}

function Counters({ board, campaign }: { board: CampaignBoard; campaign: Campaign }) {
  const { t, lang } = useI18n();
  const totals = board.totals;
  const percent = percentOf(totals.realised, totals.target);
  return (
    <dl className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4">
      <Counter
        label={t('campaigns.board.reported')}
        value={`${formatNumber(totals.reported, lang)} / ${formatNumber(totals.units, lang)}`}
      >
        <span className="text-sm text-slate-600">
          {t('campaigns.board.notYet', { count: formatNumber(totals.notReported, lang) })}
        </span>
      </Counter>
      <Counter label={campaign.quantityLabel} value={formatNumber(totals.realised, lang)}>
        <span className="text-sm text-slate-600">
          {t('campaigns.board.ofTarget', {
            target: formatNumber(totals.target, lang),
            percent: formatPercent(percent, lang),
          })}
        </span>
        <ProgressBar percent={percent} />
      </Counter>
      <Counter label={t('campaigns.board.area')} value={`${formatNumber(totals.areaHa, lang, 2)} ha`}>
        <span className="text-sm text-slate-600">
          {t('campaigns.board.sites', { count: formatNumber(totals.sites, lang) })}
        </span>
      </Counter>
      <Counter label={t('campaigns.board.flagged')} value={formatNumber(totals.flaggedPhotos, lang)}>
        <span className="text-sm text-slate-600">
          {t('campaigns.board.verified', { count: formatNumber(totals.verified, lang) })}
        </span>
      </Counter>
    </dl>
  );
}

function KanwilRanking({ board }: { board: CampaignBoard }) {
  const { t, lang } = useI18n();
  const rows = [...board.kanwil].sort((a, b) => b.percent - a.percent);
  return (
    <Table caption={t('campaigns.board.ranking')}>
      <thead>
        <tr>
          <Th>#</Th>
          <Th>{t('campaigns.board.kanwil')}</Th>
          <Th className="text-right">{t('campaigns.board.unitsReported')}</Th>
          <Th className="text-right">{t('campaigns.board.realised')}</Th>
          <Th>{t('campaigns.board.progress')}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && <EmptyRow colSpan={5}>{t('campaigns.board.noKanwil')}</EmptyRow>}
        {rows.map((row, index) => (
          <tr key={row.unitId}>
            <Td className="tabular-nums">{index + 1}</Td>
            <Td className="min-w-40">{shortUnitName(row.unitName)}</Td>
            <Td className="text-right tabular-nums">
              {formatNumber(row.reported, lang)} / {formatNumber(row.units, lang)}
            </Td>
            <Td className="text-right tabular-nums">
              {formatNumber(row.realised, lang)} / {formatNumber(row.target, lang)}
            </Td>
            <Td className="min-w-32">
              <span className="tabular-nums">{formatPercent(row.percent, lang)}</span>
              <ProgressBar percent={row.percent} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function NotReported({ board }: { board: CampaignBoard }) {
  const { t } = useI18n();
  return (
    <Card title={t('campaigns.board.notReportedTitle')}>
      {board.notReported.length === 0 ? (
        <p className="text-slate-600">{t('campaigns.board.allReported')}</p>
      ) : (
        <ul className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
          {board.notReported.map((unit) => (
            <li key={unit.unitId} className="break-words">
              {unit.unitName}
              {unit.kanwilName && (
                <span className="block text-xs text-slate-600">{shortUnitName(unit.kanwilName)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The Kanwil a national viewer may narrow the board to, remembered from the last national answer. */
function useKanwilChoices(national: CampaignBoard | undefined) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    if (national)
      setOptions(
        national.kanwil
          .map((k) => ({ value: k.unitId, label: shortUnitName(k.unitName) }))
          .sort((a, b) => a.label.localeCompare(b.label, 'id')),
      );
  }, [national]);
  return options;
}

/** The live board of the campaign day, refreshed every 15 s. */
export function BoardTab({ campaign }: { campaign: Campaign }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const [kanwilId, setKanwilId] = useState<string | undefined>();
  const board = useBoard(campaign.id, kanwilId);
  const kanwilOptions = useKanwilChoices(kanwilId ? undefined : board.data);
  const sites = board.data?.sites;
  const points = useMemo(
    () => (sites ?? []).map((s) => ({ id: s.id, lat: s.lat, lng: s.lng, status: s.status })),
    [sites],
  );
  const describeSite = useCallback(
    (id: string) => {
      const site = sites?.find((s) => s.id === id);
      return site
        ? `${site.unitName} · ${t(SITE_STATUS_LABEL[site.status])} · ${formatNumber(site.planned, lang)}`
        : '';
    },
    [sites, t, lang],
  );

  if (board.isPending) return <Spinner />;
  if (board.isError) return <Alert tone="error">{describeError(board.error, t)}</Alert>;
  const data = board.data;
  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm text-slate-600" aria-live="polite">
        {t('campaigns.board.updated', { time: formatTime(data.asOf, me.position.unitTimezone, lang) })}
      </p>
      {kanwilOptions.length > 1 && (
        <SelectField
          label={t('campaigns.board.scope')}
          placeholder={t('campaigns.board.national')}
          options={kanwilOptions}
          value={kanwilId ?? ''}
          onChange={(event) => setKanwilId(event.target.value || undefined)}
          fieldClassName="max-w-md"
        />
      )}
      <Counters board={data} campaign={campaign} />
      <SiteMapCard
        key={kanwilId ?? 'national'}
        title={t('campaigns.board.map')}
        sites={points}
        describeSite={describeSite}
      />
      <KanwilRanking board={data} />
      <NotReported board={data} />
    </div>
  );
}
