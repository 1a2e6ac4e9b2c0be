import { lazy, Suspense, useId, useState } from 'react';
import type { GeoPoint, SiteGeometry } from '@selaras/contracts';
import { Button, Spinner, TextField } from '@/components/ui';
import { formatNumber } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { formatCoordinates, parseCoordinates } from './coordinates';

// Leaflet loads as its own chunk, only when a site is being placed.
const LocationMap = lazy(() => import('./location-map').then((module) => ({ default: module.LocationMap })));

type Mode = 'point' | 'polygon';
type LocationFieldsProps = {
  value: SiteGeometry | undefined;
  onChange: (next: SiteGeometry | undefined) => void;
  error?: string;
};

function pointsOf(value: SiteGeometry | undefined): GeoPoint[] {
  if (!value) return [];
  return value.kind === 'point' ? [{ lat: value.lat, lng: value.lng }] : value.points;
}

/** Where the site is: a point typed as "lat, lng" or clicked on the map, or a polygon drawn by clicking its corners. */
export function LocationFields({ value, onChange, error }: LocationFieldsProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<Mode>(value?.kind === 'polygon' ? 'polygon' : 'point');
  const [text, setText] = useState(value?.kind === 'point' ? formatCoordinates(value) : '');
  const [typingError, setTypingError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [corners, setCorners] = useState<GeoPoint[]>(value?.kind === 'polygon' ? value.points : []);

  function readText(next: string) {
    setNotice(undefined);
    if (next.trim() === '') {
      setTypingError(undefined);
      onChange(undefined);
      return;
    }
    const parsed = parseCoordinates(next);
    if (!parsed.ok) {
      setTypingError(t(parsed.reason === 'format' ? 'campaigns.site.coordsFormat' : 'campaigns.site.coordsOutside'));
      onChange(undefined);
      return;
    }
    setTypingError(undefined);
    if (parsed.swapped) setNotice(t('campaigns.site.coordsSwapped'));
    onChange({ kind: 'point', ...parsed.point });
  }

  function updateCorners(next: GeoPoint[]) {
    setCorners(next);
    onChange(next.length >= 3 ? { kind: 'polygon', points: next } : undefined);
  }

  function pick(point: GeoPoint) {
    if (mode === 'polygon') return updateCorners([...corners, point]);
    setText(formatCoordinates(point));
    setTypingError(undefined);
    setNotice(undefined);
    onChange({ kind: 'point', ...point });
  }

  function chooseMode(next: Mode) {
    setMode(next);
    onChange(next === 'polygon' ? (corners.length >= 3 ? { kind: 'polygon', points: corners } : undefined) : undefined);
    if (next === 'point') readText(text);
  }

  return (
    <fieldset className="flex min-w-0 flex-col gap-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 font-semibold text-navy-900">{t('campaigns.site.location')}</legend>
      <div role="radiogroup" aria-label={t('campaigns.site.locationMode')} className="flex flex-wrap gap-4">
        {(['point', 'polygon'] as const).map((option) => (
          <label key={option} className="flex min-h-10 items-center gap-2">
            <input
              type="radio"
              name={`${id}-mode`}
              className="focus-ring size-5 accent-navy-800"
              checked={mode === option}
              onChange={() => chooseMode(option)}
            />
            {t(option === 'point' ? 'campaigns.site.modePoint' : 'campaigns.site.modePolygon')}
          </label>
        ))}
      </div>
      {mode === 'point' ? (
        <TextField
          label={t('campaigns.site.coordinates')}
          hint={t('campaigns.site.coordinatesHint')}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          error={typingError}
          onChange={(event) => setText(event.target.value)}
          onBlur={(event) => readText(event.target.value)}
        />
      ) : (
        <div className="flex flex-col gap-2 text-sm">
          <p className="text-slate-700">
            {t('campaigns.site.polygonHint', { count: formatNumber(corners.length, lang) })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              variant="secondary"
              disabled={corners.length === 0}
              onClick={() => updateCorners(corners.slice(0, -1))}
            >
              {t('campaigns.site.undoCorner')}
            </Button>
            <Button size="sm" variant="secondary" disabled={corners.length === 0} onClick={() => updateCorners([])}>
              {t('campaigns.site.clearCorners')}
            </Button>
          </div>
        </div>
      )}
      {notice && <p className="text-sm text-amber-900">{notice}</p>}
      <Suspense fallback={<Spinner label={t('campaigns.map.loading')} />}>
        <LocationMap
          mode={mode}
          points={mode === 'point' ? pointsOf(value) : corners}
          around={null}
          attribution="&copy; OpenStreetMap"
          onPick={pick}
        />
      </Suspense>
      <p className="text-sm text-slate-600">
        {t(mode === 'point' ? 'campaigns.site.mapHintPoint' : 'campaigns.site.mapHintPolygon')}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
