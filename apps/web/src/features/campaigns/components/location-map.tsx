import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { GeoPoint } from '@selaras/contracts';

const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const INDONESIA: L.LatLngBoundsExpression = [
  [-11, 94],
  [6, 141],
];

type LocationMapProps = {
  mode: 'point' | 'polygon';
  points: GeoPoint[];
  /** Where to look first when nothing is placed yet (the unit's own position). */
  around: GeoPoint | null;
  attribution: string;
  onPick: (point: GeoPoint) => void;
};

/** Click to place the site's point, or its polygon's corners one after another. */
export function LocationMap({ mode, points, around, attribution, onPick }: LocationMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<L.LayerGroup | null>(null);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(TILE_URL, { maxZoom: 19, attribution }).addTo(map);
    if (around) map.setView([around.lat, around.lng], 13);
    else map.fitBounds(INDONESIA);
    map.on('click', (event: L.LeafletMouseEvent) => {
      pickRef.current({ lat: Number(event.latlng.lat.toFixed(6)), lng: Number(event.latlng.lng.toFixed(6)) });
    });
    mapRef.current = map;
    layerRef.current = L.layerGroup().addTo(map);
    return () => {
      map.remove();
      mapRef.current = null;
    };
    // The map is made once (a later `around` must not reset what the person placed); shapes redraw below.
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    const layer = layerRef.current;
    if (!map || !layer) return;
    layer.clearLayers();
    const latLngs = points.map((p) => L.latLng(p.lat, p.lng));
    if (mode === 'polygon' && latLngs.length >= 2) L.polygon(latLngs, { color: '#0d9488', weight: 2 }).addTo(layer);
    for (const latLng of latLngs) {
      L.circleMarker(latLng, {
        radius: 6,
        color: '#ffffff',
        weight: 1.5,
        fillColor: '#1e3a8a',
        fillOpacity: 0.95,
      }).addTo(layer);
    }
    const [first] = latLngs;
    if (mode === 'point' && first) map.setView(first, Math.max(map.getZoom(), 15));
  }, [mode, points]);

  return <div ref={container} className="z-0 h-72 w-full cursor-crosshair rounded-md bg-slate-100" />;
}
