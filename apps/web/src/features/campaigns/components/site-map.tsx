import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { cellSizeForZoom, clusterSites, type ClusterInput, type SiteCluster } from './site-clusters';
import { SITE_STATUS_HEX } from './labels';

const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const INDONESIA: L.LatLngBoundsExpression = [
  [-11, 94],
  [6, 141],
];

export type SiteMapProps = {
  sites: ClusterInput[];
  attribution: string;
  describeSite: (id: string) => string;
  describeCluster: (count: number) => string;
};

function clusterMarker(cluster: SiteCluster, describeCluster: (count: number) => string): L.Marker {
  const size = Math.min(48, 26 + Math.round(Math.log2(cluster.count) * 4));
  const icon = L.divIcon({
    className: `site-cluster site-marker-${cluster.status}`,
    html: `<span style="display:flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;border-radius:9999px;border:2px solid #fff;background:${SITE_STATUS_HEX[cluster.status]};color:#fff;font:600 12px system-ui">${cluster.count}</span>`,
    iconSize: [size, size],
  });
  return L.marker([cluster.lat, cluster.lng], { icon, keyboard: false }).bindTooltip(describeCluster(cluster.count));
}

/** Sites as coloured circles, grouped per grid cell at the current zoom; no tiles are needed to read it. */
export function SiteMap({ sites, attribution, describeSite, describeCluster }: SiteMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<{ center: L.LatLng; zoom: number } | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(TILE_URL, { maxZoom: 18, attribution }).addTo(map);
    const layer = L.layerGroup().addTo(map);

    function draw() {
      layer.clearLayers();
      for (const cluster of clusterSites(sites, cellSizeForZoom(map.getZoom()))) {
        const [id] = cluster.ids;
        if (cluster.count > 1 || !id) {
          clusterMarker(cluster, describeCluster)
            .on('click', () => map.setView([cluster.lat, cluster.lng], Math.min(map.getZoom() + 2, 18)))
            .addTo(layer);
          continue;
        }
        L.circleMarker([cluster.lat, cluster.lng], {
          radius: 7,
          color: '#ffffff',
          weight: 1.5,
          fillColor: SITE_STATUS_HEX[cluster.status],
          fillOpacity: 0.95,
          className: `site-marker site-marker-${cluster.status}`,
        })
          .bindTooltip(describeSite(id))
          .addTo(layer);
      }
    }

    // The board refreshes every 15 s: keep the person's pan and zoom instead of refitting each time.
    const previous = view.current;
    if (previous) map.setView(previous.center, previous.zoom);
    else if (sites.length > 0)
      map.fitBounds(L.latLngBounds(sites.map((s) => [s.lat, s.lng])), { padding: [24, 24], maxZoom: 12 });
    else map.fitBounds(INDONESIA);
    draw();
    map.on('zoomend', draw);
    map.on('moveend', () => {
      view.current = { center: map.getCenter(), zoom: map.getZoom() };
    });
    return () => {
      map.remove();
    };
  }, [sites, attribution, describeSite, describeCluster]);

  return <div ref={container} className="z-0 h-80 w-full rounded-md bg-slate-100 sm:h-96" />;
}
