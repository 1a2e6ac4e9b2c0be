import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { ProductFigureRow } from '@selaras/contracts';
import { Alert, Card, Spinner, Table, Td, Th } from '@/components/ui';
import { describeError } from '@/lib/errors';
import { formatNumber, formatPercent, type Language } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { hasPermission, useMe } from '@/lib/me';
import { useProductFigures } from '../api/get-product-figures';
import { ShareBar } from './share-bar';

/** "Banten" from "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten": the table is read on phones. */
const shortName = (name: string) => name.replace(/^Kantor Wilayah (Direktorat Jenderal Pemasyarakatan|Ditjenpas)\s+/i, '');
const rp = (value: number, lang: Language) => `Rp${formatNumber(value, lang, 0)}`;
const pct = (part: number, whole: number, lang: Language) => (whole > 0 ? formatPercent((part / whole) * 100, lang) : '–');

function Tile({ label, value, detail, bar }: { label: string; value: string; detail: string; bar?: ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd>
        <span className="block text-2xl font-semibold tabular-nums text-navy-900">{value}</span>
        <span className="block text-xs text-slate-600">{detail}</span>
        {bar && <span className="mt-2 block">{bar}</span>}
      </dd>
    </div>
  );
}

function KanwilRows({ items }: { items: ProductFigureRow[] }) {
  const { t, lang } = useI18n();
  return (
    <Table caption={t('productFigures.byKanwil')}>
      <thead>
        <tr>
          <Th>{t('productFigures.kanwil')}</Th>
          <Th>{t('productFigures.marketShort')}</Th>
          <Th>{t('productFigures.salesShort')}</Th>
          <Th>{t('productFigures.pnbpShort')}</Th>
          <Th>{t('productFigures.premiShort')}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.unitId}>
            <Td className="min-w-28">{shortName(r.unitName)}</Td>
            <Td className="whitespace-nowrap tabular-nums">{`${formatPercent(r.marketShare * 100, lang)} (${r.uptsWithMarketProduct}/${r.upts})`}</Td>
            <Td className="whitespace-nowrap tabular-nums">{pct(r.salesRealisedRupiah, r.salesTargetRupiah, lang)}</Td>
            <Td className="whitespace-nowrap tabular-nums">{rp(r.pnbpDepositedRupiah, lang)}</Td>
            <Td className="whitespace-nowrap tabular-nums">{rp(r.premiPaidRupiah, lang)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/**
 * Flagship products and the cooperative this year across the caller's scope: units with a market-ready product,
 * PNBP deposited, premi paid and sales against target, by Kanwil for HQ. Only for `products:read`.
 */
export function ProductFiguresCard() {
  const { t, lang } = useI18n();
  const me = useMe();
  const allowed = hasPermission(me, 'products:read');
  const query = useProductFigures(allowed);
  if (!allowed) return null;
  const f = query.data;
  const total = f?.total;
  return (
    <Card
      title={f ? t('productFigures.title', { year: f.year }) : t('productFigures.label')}
      actions={
        <Link to="/koperasi" className="text-sm font-medium text-navy-800 underline underline-offset-4 hover:text-navy-600">
          {t('productFigures.link')}
        </Link>
      }
    >
      {query.isPending && <Spinner />}
      {query.isError && <Alert tone="error">{describeError(query.error, t)}</Alert>}
      {f && total && (
        <div className="flex flex-col gap-4">
          <dl aria-label={t('productFigures.label')} className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
            <Tile
              label={t('productFigures.market')}
              value={formatPercent(total.marketShare * 100, lang)}
              detail={t('productFigures.marketDetail', { n: total.uptsWithMarketProduct, upts: total.upts })}
              bar={<ShareBar percent={total.marketShare * 100} tone="teal" />}
            />
            <Tile label={t('productFigures.pnbp')} value={rp(total.pnbpDepositedRupiah, lang)} detail={t('productFigures.pnbpDetail', { due: rp(total.pnbpDueRupiah, lang), target: rp(total.pnbpTargetRupiah, lang) })} />
            <Tile label={t('productFigures.premi')} value={rp(total.premiPaidRupiah, lang)} detail={t('productFigures.premiDetail', { credited: rp(total.premiCreditedRupiah, lang) })} />
            <Tile
              label={t('productFigures.sales')}
              value={pct(total.salesRealisedRupiah, total.salesTargetRupiah, lang)}
              detail={t('productFigures.salesDetail', { sold: rp(total.salesRealisedRupiah, lang), target: rp(total.salesTargetRupiah, lang) })}
            />
          </dl>
          {f.per === 'kanwil' && f.items.length > 0 && <KanwilRows items={f.items} />}
        </div>
      )}
    </Card>
  );
}
