import type { SplitAmounts, SplitRule } from '@selaras/contracts';
import { useI18n } from '@/lib/i18n/i18n';
import { formatRupiah, formatShare } from './money';

type Props = { total: number; split: SplitAmounts | null; rule: Pick<SplitRule, 'pnbpBasisPoints' | 'premiBasisPoints' | 'capitalBasisPoints'> | null };

/** The total and its PNBP / premi / capital parts, as the server will record them. */
export function SplitPreview({ total, split, rule }: Props) {
  const { t, lang } = useI18n();
  const rows: [string, number | undefined, number | undefined][] = [
    [t('sales.split.pnbp'), split?.pnbpRupiah, rule?.pnbpBasisPoints],
    [t('sales.split.premi'), split?.premiRupiah, rule?.premiBasisPoints],
    [t('sales.split.capital'), split?.capitalRupiah, rule?.capitalBasisPoints],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm" aria-live="polite">
      <dt className="font-semibold text-navy-900">{t('sales.split.total')}</dt>
      <dd className="text-right font-semibold tabular-nums" data-testid="sale-total">
        {formatRupiah(total, lang)}
      </dd>
      {rows.map(([label, amount, share]) => (
        <div key={label} className="contents">
          <dt className="text-slate-700">
            {label} {share !== undefined && `(${formatShare(share, lang)})`}
          </dt>
          <dd className="text-right tabular-nums">{amount === undefined ? '–' : formatRupiah(amount, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
