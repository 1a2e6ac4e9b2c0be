import type { RealisationRow } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { ratioText, rupiah } from './labels';

/** A UPT's year: sales against target, PNBP due and deposited against target. */
export function RealisationSummary({ row, year }: { row: RealisationRow; year: number }) {
  const { t, lang } = useI18n();
  const cell = (label: string, value: string, detail: string) => (
    <div className="rounded-md border border-slate-200 p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd>
        <span className="block text-xl font-semibold tabular-nums text-navy-900">{value}</span>
        <span className="block text-xs text-slate-600">{detail}</span>
      </dd>
    </div>
  );
  return (
    <Card title={t('coop.realisation.title', { year })}>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {cell(t('coop.realisation.sales'), rupiah(row.salesRealisedRupiah, lang), t('coop.realisation.ofTarget', { target: rupiah(row.salesTargetRupiah, lang), ratio: ratioText(row.salesRatio, lang) }))}
        {cell(t('coop.realisation.pnbpDue'), rupiah(row.pnbpDueRupiah, lang), t('coop.realisation.pnbpTarget', { target: rupiah(row.pnbpTargetRupiah, lang) }))}
        {cell(t('coop.realisation.pnbpDeposited'), rupiah(row.pnbpDepositedRupiah, lang), t('coop.realisation.ofDue', { ratio: ratioText(row.depositedOfDueRatio, lang) }))}
      </dl>
    </Card>
  );
}
