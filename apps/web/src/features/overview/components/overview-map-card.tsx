import { lazy, Suspense, useCallback } from 'react';
import { MAP_COLOURS, type MapPoint } from '@selaras/contracts';
import { Card, Spinner } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { COLOUR_HEX, COLOUR_LABEL } from './map-colours';

// Leaflet loads as its own chunk, only when the dashboard shows a map.
const OverviewMap = lazy(() => import('./overview-map').then((module) => ({ default: module.OverviewMap })));

/** The map of units coloured by the share of follow-ups reported, with its legend and counts. */
export function OverviewMapCard({ points }: { points: MapPoint[] }) {
  const { t, lang } = useI18n();
  const describe = useCallback(
    (p: MapPoint) =>
      t('overview.map.marker', { unit: p.unitName, reported: formatNumber(p.reported, lang), assigned: formatNumber(p.assigned, lang) }),
    [t, lang],
  );
  return (
    <Card title={t('overview.map.title')}>
      {points.length === 0 ? (
        <p className="text-slate-600">{t('overview.map.none')}</p>
      ) : (
        <figure>
          <Suspense fallback={<Spinner label={t('overview.map.loading')} />}>
            <OverviewMap points={points} attribution="&copy; OpenStreetMap" describe={describe} />
          </Suspense>
          <figcaption className="mt-2 text-sm text-slate-600">{t('overview.map.caption')}</figcaption>
        </figure>
      )}
      <ul aria-label={t('overview.map.legend')} className="mt-3 grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
        {MAP_COLOURS.map((colour) => (
          <li key={colour} className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: COLOUR_HEX[colour] }} />
            <span>
              {t(COLOUR_LABEL[colour])} ·{' '}
              {t('overview.map.units', { count: formatNumber(points.filter((p) => p.colour === colour).length, lang) })}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
