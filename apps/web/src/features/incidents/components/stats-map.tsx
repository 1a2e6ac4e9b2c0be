import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { colourOf, INCIDENT_COLOUR_HEX, type IncidentColour, type IncidentPoint } from './stats-map-colours';

const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const INDONESIA: L.LatLngBoundsExpression = [
  [-11, 94],
  [6, 141],
];
// Closed first, so units with open serious incidents are drawn on top.
const DRAW_ORDER: Record<IncidentColour, number> = { grey: 0, amber: 1, red: 2 };

type IncidentStatsMapProps = {
  points: IncidentPoint[];
  attribution: string;
  describe: (point: IncidentPoint) => string;
};

/** Units as circles sized by their incidents and coloured by open serious ones; readable without tiles. */
export function IncidentStatsMap({ points, attribution, describe }: IncidentStatsMapProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(TILE_URL, { maxZoom: 18, attribution }).addTo(map);
    const ordered = [...points].sort((a, b) => DRAW_ORDER[colourOf(a)] - DRAW_ORDER[colourOf(b)]);
    const markers = ordered.map((p) => {
      const colour = colourOf(p);
      return L.circleMarker([p.lat, p.lng], {
        radius: Math.min(16, 6 + Math.round(Math.log2(Math.max(1, p.total)) * 2)),
        color: '#ffffff',
        weight: 1.5,
        fillColor: INCIDENT_COLOUR_HEX[colour],
        fillOpacity: 0.9,
        className: `incident-marker incident-marker-${colour}`,
      })
        .bindTooltip(describe(p))
        .addTo(map);
    });
    if (markers.length > 0) map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [20, 20], maxZoom: 10 });
    else map.fitBounds(INDONESIA);
    return () => {
      map.remove();
    };
  }, [points, attribution, describe]);

  return <div ref={container} className="z-0 h-80 w-full rounded-md bg-slate-100 sm:h-96" />;
}
