import { lazy, Suspense } from 'react';
import { Card, Spinner } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';

// Leaflet is only needed on unit pages: it loads as its own chunk.
const UnitMap = lazy(() => import('./unit-map').then((module) => ({ default: module.UnitMap })));

type UnitMapCardProps = { lat: number | null; lng: number | null; name: string };

export function UnitMapCard({ lat, lng, name }: UnitMapCardProps) {
  const { t } = useI18n();
  return (
    <Card title={t('units.map.title')}>
      {lat === null || lng === null ? (
        <p className="text-slate-600">{t('units.map.none')}</p>
      ) : (
        <figure>
          <Suspense fallback={<Spinner label={t('units.map.loading')} />}>
            <UnitMap lat={lat} lng={lng} label={name} attribution="&copy; OpenStreetMap" />
          </Suspense>
          <figcaption className="mt-2 text-sm text-slate-600">{t('units.map.caption')}</figcaption>
        </figure>
      )}
    </Card>
  );
}
