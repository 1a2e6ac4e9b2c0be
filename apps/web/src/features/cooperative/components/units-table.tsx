import { Link } from '@tanstack/react-router';
import type { CooperativeList, Realisation } from '@selaras/contracts';
import { Table, Td, Th } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { ratioText, rupiah, STATUS_LABEL } from './labels';
import { PoStateBadge } from './state-badge';

/** A Kanwil's UPTs: registration, PO compliance, sales against target and PNBP due against deposited. */
export function UnitsTable({ list, realisation }: { list: CooperativeList; realisation: Realisation | undefined }) {
  const { t, lang } = useI18n();
  const money = new Map(realisation?.items.map((r) => [r.unitId, r]));
  return (
    <Table caption={t('coop.units.caption')}>
      <thead>
        <tr>
          <Th>{t('coop.units.unit')}</Th>
          <Th>{t('coop.registration.status')}</Th>
          <Th>{t('coop.units.nextPo')}</Th>
          <Th>{t('coop.units.compliance')}</Th>
          <Th>{t('coop.units.sales')}</Th>
          <Th>{t('coop.units.pnbp')}</Th>
        </tr>
      </thead>
      <tbody>
        {list.items.map((row) => {
          const r = money.get(row.unitId);
          return (
            <tr key={row.unitId}>
              <Td className="min-w-40">
                <Link to="/koperasi" search={{ upt: row.unitId }} className="font-medium text-navy-800 underline underline-offset-4">
                  {row.unitName}
                </Link>
              </Td>
              <Td>{t(STATUS_LABEL[row.status])}</Td>
              <Td>
                <PoStateBadge state={row.nextWeek.state} />
              </Td>
              <Td className="whitespace-nowrap">{t('coop.units.onTimeOf', { n: row.onTimeWeeks, weeks: 8 })}</Td>
              <Td className="whitespace-nowrap tabular-nums">
                {r ? `${rupiah(r.salesRealisedRupiah, lang)} / ${rupiah(r.salesTargetRupiah, lang)} (${ratioText(r.salesRatio, lang)})` : '–'}
              </Td>
              <Td className="whitespace-nowrap tabular-nums">{r ? `${rupiah(r.pnbpDueRupiah, lang)} / ${rupiah(r.pnbpDepositedRupiah, lang)}` : '–'}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
