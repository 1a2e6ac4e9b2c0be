import { Link } from '@tanstack/react-router';
import type { Realisation } from '@selaras/contracts';
import { Table, Td, Th } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { ratioText, rupiah } from './labels';

/** "Banten" from "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Banten". */
const shortName = (name: string) => name.replace(/^Kantor Wilayah (Direktorat Jenderal Pemasyarakatan|Ditjenpas)\s+/i, '');

/** HQ's view: each Kanwil as the sum of its UPTs, with the way into its UPTs. */
export function KanwilTable({ realisation }: { realisation: Realisation }) {
  const { t, lang } = useI18n();
  return (
    <Table caption={t('coop.kanwil.caption', { year: realisation.year })}>
      <thead>
        <tr>
          <Th>{t('coop.kanwil.kanwil')}</Th>
          <Th>{t('coop.units.sales')}</Th>
          <Th>{t('coop.units.pnbp')}</Th>
          <Th>{t('coop.kanwil.depositedOfDue')}</Th>
        </tr>
      </thead>
      <tbody>
        {realisation.items.map((r) => (
          <tr key={r.unitId}>
            <Td className="min-w-40">
              <Link to="/koperasi" search={{ unit: r.unitId }} className="font-medium text-navy-800 underline underline-offset-4">
                {shortName(r.unitName)}
              </Link>
            </Td>
            <Td className="whitespace-nowrap tabular-nums">{`${rupiah(r.salesRealisedRupiah, lang)} / ${rupiah(r.salesTargetRupiah, lang)} (${ratioText(r.salesRatio, lang)})`}</Td>
            <Td className="whitespace-nowrap tabular-nums">{`${rupiah(r.pnbpDueRupiah, lang)} / ${rupiah(r.pnbpDepositedRupiah, lang)}`}</Td>
            <Td className="whitespace-nowrap">{ratioText(r.depositedOfDueRatio, lang)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
