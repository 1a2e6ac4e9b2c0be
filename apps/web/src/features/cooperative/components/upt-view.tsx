import { Alert, Spinner } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useCooperatives } from '../api/list-cooperatives';
import { usePreorders } from '../api/list-preorders';
import { usePrices } from '../api/get-prices';
import { useDeposits } from '../api/list-deposits';
import { useRealisation } from '../api/get-realisation';
import { CooperativeForm } from './cooperative-form';
import { PreorderForm } from './preorder-form';
import { PreorderHistoryView } from './preorder-history';
import { PriceListEditor } from './price-list-editor';
import { DepositsSection } from './deposits-section';
import { RealisationSummary } from './realisation-summary';

/** One UPT's cooperative: registration, the coming week's PO and the last weeks, prices, deposits, sales. */
export function UptView({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const list = useCooperatives(unitId);
  const preorders = usePreorders(unitId);
  const prices = usePrices(unitId);
  const deposits = useDeposits(unitId);
  const realisation = useRealisation(unitId);
  const row = list.data?.items[0];
  const coming = preorders.data?.weeks.find((w) => w.weekStart === preorders.data?.comingWeekStart);
  // The running week follows the coming one in the list, newest first; without a PO it may still be sent, late.
  const running = preorders.data?.weeks[1];
  const lateAllowed = coming?.editable === true && running?.state === 'tidak_ada';
  const failed = [list, preorders, prices, deposits, realisation].find((q) => q.isError);
  return (
    <div className="flex flex-col gap-5">
      {failed?.error && <Alert tone="error">{describeError(failed.error, t)}</Alert>}
      {list.isPending && <Spinner />}
      {row && <CooperativeForm row={row} />}
      {preorders.data && coming?.editable && (
        <PreorderForm key={`preorder-${coming.weekStart}`} unitId={unitId} history={preorders.data} weekStart={coming.weekStart} />
      )}
      {preorders.data && running && lateAllowed && (
        <PreorderForm key={`preorder-${running.weekStart}`} unitId={unitId} history={preorders.data} weekStart={running.weekStart} late />
      )}
      {preorders.data && <PreorderHistoryView history={preorders.data} />}
      {prices.data && <PriceListEditor unitId={unitId} list={prices.data} />}
      {deposits.data && <DepositsSection unitId={unitId} list={deposits.data} />}
      {realisation.data && <RealisationSummary row={realisation.data.total} year={realisation.data.year} />}
    </div>
  );
}
