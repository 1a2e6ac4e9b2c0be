import { Link } from '@tanstack/react-router';
import type { Unit } from '@selaras/contracts';
import { EmptyRow, Table, Td, Th } from '@/components/ui';
import { formatNumber, formatPercent, zoneAbbreviation } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { placeLabel, unitClassLabel, unitTypeLabel } from './unit-labels';

function occupancy(unit: Unit): number | null {
  if (!unit.capacity || unit.occupants === null) return null;
  return (unit.occupants / unit.capacity) * 100;
}

export function UnitsTable({ units }: { units: Unit[] }) {
  const { t, lang } = useI18n();
  return (
    <Table caption={t('units.table.caption')} hideCaption>
      <thead>
        <tr>
          <Th>{t('units.table.name')}</Th>
          <Th>{t('units.table.type')}</Th>
          <Th>{t('units.table.place')}</Th>
          <Th>{t('units.table.zone')}</Th>
          <Th className="text-right">{t('units.table.occupancy')}</Th>
        </tr>
      </thead>
      <tbody>
        {units.length === 0 && <EmptyRow colSpan={5}>{t('units.table.empty')}</EmptyRow>}
        {units.map((unit) => {
          const percent = occupancy(unit);
          return (
            <tr key={unit.id} className="hover:bg-slate-50">
              <Td className="min-w-56">
                <Link
                  to="/units/$unitId"
                  params={{ unitId: unit.id }}
                  className="font-medium text-navy-800 underline-offset-4 hover:underline"
                >
                  {unit.name}
                </Link>
                <span className="block text-xs text-slate-500">{unit.code}</span>
              </Td>
              <Td className="whitespace-nowrap">
                {unitTypeLabel(unit, t)}
                {unit.class && <span className="block text-xs text-slate-500">{unitClassLabel(unit.class, t)}</span>}
              </Td>
              <Td className="min-w-40">{placeLabel(unit)}</Td>
              <Td>{zoneAbbreviation(unit.timezone)}</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">
                {percent === null ? (
                  '–'
                ) : (
                  <span className={percent > 100 ? 'font-semibold text-red-800' : undefined}>
                    {formatPercent(percent, lang)}
                    <span className="block text-xs font-normal text-slate-500">
                      {formatNumber(unit.occupants ?? 0, lang)} / {formatNumber(unit.capacity ?? 0, lang)}
                    </span>
                  </span>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
