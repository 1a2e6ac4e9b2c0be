import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

// Bundled marker images; without them Leaflet looks for files next to its CSS and draws nothing.
L.Icon.Default.imagePath = '';
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

type UnitMapProps = { lat: number; lng: number; label: string; attribution: string };

/** A small map centred on the unit; the marker stands even when the tiles cannot be fetched. */
export function UnitMap({ lat, lng, label, attribution }: UnitMapProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const map = L.map(element, { scrollWheelZoom: false, attributionControl: true }).setView([lat, lng], 11);
    L.tileLayer(TILE_URL, { maxZoom: 18, attribution }).addTo(map);
    L.circle([lat, lng], { radius: 4000, color: '#0d9488', weight: 1, fillOpacity: 0.08 }).addTo(map);
    L.marker([lat, lng], { title: label, alt: label, keyboard: false }).addTo(map);
    return () => {
      map.remove();
    };
  }, [lat, lng, label, attribution]);

  return <div ref={container} className="z-0 h-64 w-full rounded-md bg-slate-100 sm:h-72" />;
}
