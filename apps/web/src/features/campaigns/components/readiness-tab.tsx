import { useState } from 'react';
import { READINESS_ITEMS, type Campaign, type UnitReadiness } from '@selaras/contracts';
import { Alert, Button, Card, CheckboxField, EmptyRow, Spinner, Table, Td, Th, TextField } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { shortUnitName } from './labels';
import { OnBehalf } from './on-behalf';
import { worksOnBehalf, worksOnOwnSites } from './own-unit';
import {
  useCampaignCheckIn,
  useReadiness,
  useReadinessBoard,
  useSaveReadiness,
  type ReadinessItems,
} from '../api/readiness';

type Stage = 'h7' | 'h1';
const EMPTY_ITEMS: ReadinessItems = {
  lahan_siap: false,
  bibit_diterima: false,
  mitra_terkonfirmasi: false,
  petugas_dokumentasi: false,
};

function StageChecklist({
  campaignId,
  stage,
  readiness,
  unitId,
}: {
  campaignId: string;
  stage: Stage;
  readiness: UnitReadiness;
  unitId?: string;
}) {
  const { t, lang } = useI18n();
  const me = useMe();
  const state = readiness[stage];
  const save = useSaveReadiness(campaignId);
  const [items, setItems] = useState<ReadinessItems>(state?.items ?? EMPTY_ITEMS);
  const [officer, setOfficer] = useState(state?.documentationOfficer ?? '');
  const title = t(stage === 'h7' ? 'campaigns.ready.h7' : 'campaigns.ready.h1');

  return (
    <Card level={3} title={title}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ stage, unitId, items, documentationOfficer: officer.trim() || undefined });
        }}
      >
        <fieldset className="flex flex-col gap-2">
          <legend className="sr-only">{title}</legend>
          {READINESS_ITEMS.map((item) => (
            <CheckboxField
              key={item}
              label={t(`campaigns.ready.item.${item}`)}
              checked={items[item]}
              onChange={(event) => setItems((prev) => ({ ...prev, [item]: event.target.checked }))}
            />
          ))}
        </fieldset>
        <TextField
          label={t('campaigns.ready.officer')}
          value={officer}
          maxLength={120}
          onChange={(event) => setOfficer(event.target.value)}
        />
        {state && (
          <p className="text-xs text-slate-600">
            {t('campaigns.ready.savedAt', { time: formatDateTime(state.updatedAt, me.position.unitTimezone, lang) })}
          </p>
        )}
        {save.isError && <Alert tone="error">{describeError(save.error, t)}</Alert>}
        <div>
          <Button type="submit" variant="secondary" busy={save.isPending}>
            {t('campaigns.ready.save', { stage: title })}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** `unitId`: a UPT its Kanwil fills in for; the caller's own unit when left out. */
function UnitReadinessSection({ campaign, unitId }: { campaign: Campaign; unitId?: string }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const readiness = useReadiness(campaign.id, unitId);
  const checkIn = useCampaignCheckIn(campaign.id);
  if (readiness.isPending) return <Spinner />;
  if (readiness.isError) return <Alert tone="error">{describeError(readiness.error, t)}</Alert>;
  const data = readiness.data;
  const zone = me.position.unitTimezone;
  return (
    <div className="flex flex-col gap-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {(['h7', 'h1'] as const).map((stage) => (
          <StageChecklist
            key={`${stage}-${data[stage]?.updatedAt ?? ''}`}
            campaignId={campaign.id}
            stage={stage}
            readiness={data}
            unitId={unitId}
          />
        ))}
      </div>
      <Card level={3} title={t('campaigns.ready.day')}>
        <div className="flex flex-col gap-2 text-sm">
          <p>
            {data.startedAt
              ? t('campaigns.ready.startedAt', { time: formatDateTime(data.startedAt, zone, lang) })
              : t('campaigns.ready.notStarted')}
          </p>
          <p>
            {data.finishedAt
              ? t('campaigns.ready.finishedAt', { time: formatDateTime(data.finishedAt, zone, lang) })
              : t('campaigns.ready.notFinished')}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              disabled={Boolean(data.startedAt)}
              busy={checkIn.isPending && checkIn.variables.kind === 'mulai'}
              onClick={() => checkIn.mutate({ kind: 'mulai', unitId })}
            >
              {t('campaigns.ready.start')}
            </Button>
            <Button
              variant="secondary"
              disabled={!data.startedAt || Boolean(data.finishedAt)}
              busy={checkIn.isPending && checkIn.variables.kind === 'selesai'}
              onClick={() => checkIn.mutate({ kind: 'selesai', unitId })}
            >
              {t('campaigns.ready.finish')}
            </Button>
          </div>
          {checkIn.isError && <Alert tone="error">{describeError(checkIn.error, t)}</Alert>}
          {checkIn.isPaused && <Alert tone="warning">{t('capture.checkIn.waiting')}</Alert>}
        </div>
      </Card>
    </div>
  );
}

function ReadinessBoardTable({ campaignId }: { campaignId: string }) {
  const { t, lang } = useI18n();
  const board = useReadinessBoard(campaignId);
  if (board.isPending) return <Spinner />;
  if (board.isError) return <Alert tone="error">{describeError(board.error, t)}</Alert>;
  const n = (value: number) => formatNumber(value, lang);
  return (
    <Table caption={t('campaigns.ready.board')}>
      <thead>
        <tr>
          <Th>{t('campaigns.ready.unit')}</Th>
          <Th className="text-right">{t('campaigns.ready.units')}</Th>
          <Th className="text-right">{t('campaigns.ready.h7Complete')}</Th>
          <Th className="text-right">{t('campaigns.ready.h1Complete')}</Th>
          {READINESS_ITEMS.map((item) => (
            <Th key={item} className="text-right">
              {t(`campaigns.ready.item.${item}`)}
            </Th>
          ))}
          <Th className="text-right">{t('campaigns.ready.started')}</Th>
          <Th className="text-right">{t('campaigns.ready.finished')}</Th>
        </tr>
      </thead>
      <tbody>
        {board.data.rows.length === 0 && <EmptyRow colSpan={10}>{t('campaigns.ready.empty')}</EmptyRow>}
        {board.data.rows.map((row) => (
          <tr key={row.unitId}>
            <Td className="min-w-40">{shortUnitName(row.unitName)}</Td>
            <Td className="text-right tabular-nums">{n(row.units)}</Td>
            <Td className="text-right tabular-nums">{n(row.h7Complete)}</Td>
            <Td className="text-right tabular-nums">{n(row.h1Complete)}</Td>
            {READINESS_ITEMS.map((item) => (
              <Td key={item} className="text-right tabular-nums">
                {n(row.items[item] ?? 0)}
              </Td>
            ))}
            <Td className="text-right tabular-nums">{n(row.started)}</Td>
            <Td className="text-right tabular-nums">{n(row.finished)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** H-7 and H-1 checklists and the day's check-ins for a unit (or a Kanwil for one of its UPTs); boards above it. */
export function ReadinessTab({ campaign }: { campaign: Campaign }) {
  const me = useMe();
  return (
    <div className="flex flex-col gap-5">
      {worksOnOwnSites(campaign, me) && <UnitReadinessSection campaign={campaign} />}
      {worksOnBehalf(campaign, me) && (
        <OnBehalf campaign={campaign}>
          {(unit) => <UnitReadinessSection campaign={campaign} unitId={unit.id} />}
        </OnBehalf>
      )}
      {me.position.unitKind !== 'upt' && <ReadinessBoardTable campaignId={campaign.id} />}
    </div>
  );
}
