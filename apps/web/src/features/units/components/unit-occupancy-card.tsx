import type { UnitDetail } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { formatDate, formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { OccupancyBar } from './occupancy-bar';

export function UnitOccupancyCard({ unit }: { unit: UnitDetail }) {
  const { t, lang } = useI18n();
  const count = (value: number | null) => (value === null ? '–' : formatNumber(value, lang));
  return (
    <Card title={t('units.occupancy.title')}>
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-slate-600">{t('units.occupancy.capacity')}</dt>
          <dd className="text-xl font-semibold tabular-nums">{count(unit.capacity)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t('units.occupancy.occupants')}</dt>
          <dd className="text-xl font-semibold tabular-nums">{count(unit.occupants)}</dd>
        </div>
      </dl>
      <div className="mt-4">
        {unit.occupancyPercent === null ? (
          <p className="text-slate-600">{t('units.occupancy.unknown')}</p>
        ) : (
          <OccupancyBar percent={unit.occupancyPercent} />
        )}
      </div>
      <p className="mt-4 text-sm text-slate-600">
        {unit.figuresAsOf
          ? t('units.occupancy.asOf', { date: formatDate(unit.figuresAsOf, lang) })
          : t('units.occupancy.noDate')}
        {unit.provenance && <span className="block">{t('units.occupancy.source', { source: unit.provenance })}</span>}
      </p>
    </Card>
  );
}
