import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { MapPoint } from '@selaras/contracts';
import { COLOUR_HEX } from './map-colours';

const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
// Indonesia, from Sabang to Merauke: the view when there is nothing to fit.
// Units without tasks first, so the coloured ones are drawn on top of them.
const DRAW_ORDER: Record<MapPoint['colour'], number> = { grey: 0, green: 1, yellow: 2, red: 3 };

const INDONESIA: L.LatLngBoundsExpression = [
  [-11, 94],
  [6, 141],
];

type OverviewMapProps = { points: MapPoint[]; attribution: string; describe: (point: MapPoint) => string };

/** Units as coloured circles; the circles need no tiles, so the map still reads offline. */
export function OverviewMap({ points, attribution, describe }: OverviewMapProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const map = L.map(element, { scrollWheelZoom: false, preferCanvas: false });
    L.tileLayer(TILE_URL, { maxZoom: 18, attribution }).addTo(map);
    const ordered = [...points].sort((a, b) => DRAW_ORDER[a.colour] - DRAW_ORDER[b.colour]);
    const markers = ordered.map((p) =>
      L.circleMarker([p.lat, p.lng], {
        radius: p.unitKind === 'upt' ? 6 : 8,
        color: '#ffffff',
        weight: 1.5,
        fillColor: COLOUR_HEX[p.colour],
        fillOpacity: 0.9,
        className: `overview-marker overview-marker-${p.colour}`,
      })
        .bindTooltip(describe(p))
        .addTo(map),
    );
    if (markers.length > 0) map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [20, 20], maxZoom: 10 });
    else map.fitBounds(INDONESIA);
    return () => {
      map.remove();
    };
  }, [points, attribution, describe]);

  return <div ref={container} className="z-0 h-80 w-full rounded-md bg-slate-100 sm:h-96" />;
}
