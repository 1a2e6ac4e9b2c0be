import { useState } from 'react';
import type { Allocations, Campaign } from '@selaras/contracts';
import { Alert, Button, EmptyRow, SelectField, Spinner, Table, Td, Th } from '@/components/ui';
import { controlClasses } from '@/components/ui/field';
import { describeError } from '@/lib/errors';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useAllocations, useSaveAllocations } from '../api/allocations';
import { shortUnitName } from './labels';

type Drafts = Record<string, string>;

function toTarget(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text.trim().replace(/\./g, '').replace(',', '.'));
  return Number.isInteger(value) && value >= 0 ? value : Number.NaN;
}

type SaveAllocations = ReturnType<typeof useSaveAllocations>;

function AllocationTable({ data, save }: { data: Allocations; save: SaveAllocations }) {
  const { t, lang } = useI18n();
  const [drafts, setDrafts] = useState<Drafts>(() =>
    Object.fromEntries(data.rows.map((row) => [row.unitId, row.target === null ? '' : String(row.target)])),
  );
  const targets = data.rows.map((row) => ({ row, value: toTarget(drafts[row.unitId]) }));
  const invalid = targets.some((entry) => Number.isNaN(entry.value));
  const sum = targets.reduce((total, entry) => total + (Number.isNaN(entry.value) ? 0 : (entry.value ?? 0)), 0);
  const parentTarget = data.parent.target;
  const belowMinimum =
    data.minimum > 0 ? targets.filter((entry) => entry.value !== null && entry.value < data.minimum) : [];

  function submit() {
    save.reset();
    const items = targets.flatMap((entry) =>
      entry.value === null || Number.isNaN(entry.value) ? [] : [{ unitId: entry.row.unitId, target: entry.value }],
    );
    if (items.length === 0) return;
    save.mutate({ parentId: data.parent.unitId, items });
  }

  return (
    <div className="flex flex-col gap-3">
      <Table caption={t('campaigns.alloc.caption', { parent: data.parent.unitName })}>
        <thead>
          <tr>
            <Th>{t('campaigns.alloc.unit')}</Th>
            <Th className="text-right">{t('campaigns.alloc.target')}</Th>
            <Th className="text-right">{t('campaigns.alloc.below')}</Th>
            <Th className="text-right">{t('campaigns.alloc.realised')}</Th>
          </tr>
        </thead>
        <tbody>
          {data.rows.length === 0 && <EmptyRow colSpan={4}>{t('campaigns.alloc.empty')}</EmptyRow>}
          {targets.map(({ row, value }) => (
            <tr key={row.unitId}>
              <Td className="min-w-44">{shortUnitName(row.unitName)}</Td>
              <Td className="text-right">
                <input
                  aria-label={t('campaigns.alloc.targetFor', { unit: shortUnitName(row.unitName) })}
                  inputMode="numeric"
                  disabled={!data.canEdit}
                  value={drafts[row.unitId] ?? ''}
                  aria-invalid={Number.isNaN(value) || (value !== null && value < data.minimum) || undefined}
                  onChange={(event) => setDrafts((prev) => ({ ...prev, [row.unitId]: event.target.value }))}
                  className={controlClasses(Number.isNaN(value), 'w-28 text-right tabular-nums')}
                />
              </Td>
              <Td className="text-right tabular-nums">{formatNumber(row.allocatedBelow, lang)}</Td>
              <Td className="text-right tabular-nums">
                {formatNumber(row.realised, lang)}
                <span className="block text-xs text-slate-600">
                  {t('campaigns.alloc.verified', { count: formatNumber(row.realisedVerified, lang) })}
                </span>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <dl className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">{t('campaigns.alloc.sum')}</dt>
          <dd className="font-semibold tabular-nums">{formatNumber(sum, lang)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('campaigns.alloc.parentTarget')}</dt>
          <dd className="font-semibold tabular-nums">
            {parentTarget === null ? '–' : formatNumber(parentTarget, lang)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('campaigns.alloc.minimum')}</dt>
          <dd className="font-semibold tabular-nums">{formatNumber(data.minimum, lang)}</dd>
        </div>
      </dl>
      {parentTarget !== null && sum < parentTarget && (
        <Alert tone="warning">{t('campaigns.alloc.short', { missing: formatNumber(parentTarget - sum, lang) })}</Alert>
      )}
      {belowMinimum.length > 0 && (
        <Alert tone="warning">
          {t('campaigns.alloc.belowMinimum', { units: belowMinimum.map((e) => e.row.unitName).join(', ') })}
        </Alert>
      )}
      {invalid && <Alert tone="error">{t('campaigns.alloc.invalid')}</Alert>}
      {save.isError && <Alert tone="error">{describeError(save.error, t)}</Alert>}
      {save.isSuccess && <Alert tone="success">{t('campaigns.alloc.saved')}</Alert>}
      {data.canEdit && (
        <div>
          <Button onClick={submit} busy={save.isPending} disabled={invalid}>
            {t('campaigns.alloc.save')}
          </Button>
        </div>
      )}
    </div>
  );
}

/** The caller's level of the allocation (HQ splits over Kanwil, a Kanwil over its UPTs); HQ may look one level down. */
export function AllocationTab({ campaign }: { campaign: Campaign }) {
  const { t } = useI18n();
  const own = useAllocations(campaign.id);
  // Held above the table: a save refetches the rows and re-keys the table, and its answer must stay on screen.
  const save = useSaveAllocations(campaign.id);
  const [parentId, setParentId] = useState<string | undefined>();
  const below = useAllocations(campaign.id, parentId);
  const allocations = parentId ? below : own;
  const kanwilRows = own.data?.rows.filter((row) => row.unitKind === 'kanwil') ?? [];
  if (allocations.isPending) return <Spinner />;
  if (allocations.isError) return <Alert tone="error">{describeError(allocations.error, t)}</Alert>;
  // Re-key on the server's figures so a save or a refetch replaces what the inputs started from.
  const key = allocations.data.rows.map((row) => `${row.unitId}:${row.target ?? ''}`).join('|');
  return (
    <div className="flex flex-col gap-4">
      {kanwilRows.length > 0 && (
        <SelectField
          label={t('campaigns.alloc.level')}
          placeholder={own.data?.parent.unitName ?? ''}
          options={kanwilRows.map((row) => ({ value: row.unitId, label: shortUnitName(row.unitName) }))}
          value={parentId ?? ''}
          onChange={(event) => {
            save.reset();
            setParentId(event.target.value || undefined);
          }}
          fieldClassName="max-w-md"
        />
      )}
      <AllocationTable key={key} data={allocations.data} save={save} />
    </div>
  );
}
