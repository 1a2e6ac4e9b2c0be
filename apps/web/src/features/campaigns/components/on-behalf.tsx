import { Fragment, type ReactNode } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import type { Campaign } from '@selaras/contracts';
import { Alert, SelectField, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useMe } from '@/lib/me';
import { useAllocations } from '../api/allocations';
import { shortUnitName } from './labels';

const routeApi = getRouteApi('/app/campaigns/$campaignId');

export type BehalfUnit = { id: string; name: string };

/**
 * A Kanwil picks one of its taking-part UPTs and then works exactly as that UPT would; the choice stays in the
 * address. Everything saved below is recorded on the unit's behalf.
 */
export function OnBehalf({ campaign, children }: { campaign: Campaign; children: (unit: BehalfUnit) => ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  const { unit: unitId } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const allocations = useAllocations(campaign.id, me.position.unitId);
  if (allocations.isPending) return <Spinner />;
  if (allocations.isError) return <Alert tone="error">{describeError(allocations.error, t)}</Alert>;
  const units = allocations.data.rows
    .filter((row) => row.unitKind === 'upt')
    .map((row) => ({ id: row.unitId, name: row.unitName }));
  if (units.length === 0) return <p className="text-slate-600">{t('campaigns.behalf.none')}</p>;
  const chosen = units.find((unit) => unit.id === unitId);

  return (
    <div className="flex flex-col gap-4">
      <SelectField
        label={t('campaigns.behalf.unit')}
        hint={t('campaigns.behalf.hint')}
        placeholder={t('campaigns.behalf.choose')}
        options={units.map((unit) => ({ value: unit.id, label: shortUnitName(unit.name) }))}
        value={chosen?.id ?? ''}
        onChange={(event) =>
          void navigate({ search: (prev) => ({ ...prev, unit: event.target.value || undefined }), replace: true })
        }
        fieldClassName="max-w-md"
      />
      {chosen && (
        // Keyed by the unit: forms started for one UPT never carry over to the next.
        <Fragment key={chosen.id}>
          <Alert tone="info">{t('campaigns.behalf.notice', { unit: chosen.name })}</Alert>
          {children(chosen)}
        </Fragment>
      )}
    </div>
  );
}
