import { lazy, Suspense, useCallback } from 'react';
import { Card, Spinner } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import {
  colourOf,
  INCIDENT_COLOUR_HEX,
  INCIDENT_COLOUR_LABEL,
  INCIDENT_COLOURS,
  type IncidentPoint,
} from './stats-map-colours';

// Leaflet loads as its own chunk, only when the statistics page shows the map.
const IncidentStatsMap = lazy(() => import('./stats-map').then((module) => ({ default: module.IncidentStatsMap })));

/** The map of units with incidents, coloured by open serious ones, with a legend that counts units per colour. */
export function IncidentStatsMapCard({ points }: { points: IncidentPoint[] }) {
  const { t, lang } = useI18n();
  const describe = useCallback(
    (p: IncidentPoint) =>
      t('incidentStats.map.marker', {
        unit: p.unitName,
        total: formatNumber(p.total, lang),
        open: formatNumber(p.open, lang),
        serious: formatNumber(p.openSerious, lang),
      }),
    [t, lang],
  );
  return (
    <Card title={t('incidentStats.map.title')}>
      {points.length === 0 ? (
        <p className="text-slate-600">{t('incidentStats.map.none')}</p>
      ) : (
        <figure>
          <Suspense fallback={<Spinner label={t('incidentStats.map.loading')} />}>
            <IncidentStatsMap points={points} attribution="&copy; OpenStreetMap" describe={describe} />
          </Suspense>
          <figcaption className="mt-2 text-sm text-slate-600">{t('incidentStats.map.caption')}</figcaption>
        </figure>
      )}
      <ul aria-label={t('incidentStats.map.legend')} className="mt-3 grid grid-cols-1 gap-1 text-sm sm:grid-cols-3">
        {INCIDENT_COLOURS.map((colour) => (
          <li key={colour} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 shrink-0 rounded-full"
              style={{ backgroundColor: INCIDENT_COLOUR_HEX[colour] }}
            />
            <span>
              {t(INCIDENT_COLOUR_LABEL[colour])} ·{' '}
              {t('incidentStats.map.units', {
                count: formatNumber(points.filter((p) => colourOf(p) === colour).length, lang),
              })}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
