import type { SiteStatus } from '@selaras/contracts';

export type ClusterInput = { id: string; lat: number; lng: number; status: SiteStatus };
export type SiteCluster = {
  key: string;
  lat: number;
  lng: number;
  count: number;
  /** The status most in need of attention among the cluster's sites, which colours it. */
  status: SiteStatus;
  ids: string[];
};

// Returned reports need action first, then reports waiting for a check; verified and registered sites are calm.
const URGENCY: Record<SiteStatus, number> = { dikembalikan: 3, dilaporkan: 2, terdaftar: 1, terverifikasi: 0 };

/** Degrees per grid cell at a zoom level: about 60 px of a 256-px Web Mercator tile. */
export function cellSizeForZoom(zoom: number): number {
  return (360 / (256 * 2 ** zoom)) * 60;
}

/**
 * Groups sites that share a square grid cell; a cell with one site stays a single marker. A grid is enough at
 * the scale of a campaign (a few thousand sites) and needs no library in the map chunk.
 */
export function clusterSites(sites: readonly ClusterInput[], cellDegrees: number): SiteCluster[] {
  const cells = new Map<string, ClusterInput[]>();
  for (const site of sites) {
    const key = `${Math.floor(site.lat / cellDegrees)}:${Math.floor(site.lng / cellDegrees)}`;
    const members = cells.get(key);
    if (members) members.push(site);
    else cells.set(key, [site]);
  }
  return [...cells.entries()].map(([key, members]) => {
    const lat = members.reduce((sum, s) => sum + s.lat, 0) / members.length;
    const lng = members.reduce((sum, s) => sum + s.lng, 0) / members.length;
    const status = members.reduce<SiteStatus>(
      (worst, s) => (URGENCY[s.status] > URGENCY[worst] ? s.status : worst),
      'terverifikasi',
    );
    return { key, lat, lng, count: members.length, status, ids: members.map((s) => s.id) };
  });
}
