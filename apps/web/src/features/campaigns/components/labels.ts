import type { LandType, SiteStatus, TimeZone } from '@selaras/contracts';
import { zoneAbbreviation } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n/messages';

export type CampaignPhase = 'persiapan' | 'hari_h' | 'pelaporan' | 'pemantauan';

export const PHASE_LABEL: Record<CampaignPhase, MessageKey> = {
  persiapan: 'campaigns.phase.persiapan',
  hari_h: 'campaigns.phase.hari_h',
  pelaporan: 'campaigns.phase.pelaporan',
  pemantauan: 'campaigns.phase.pemantauan',
};

export const LAND_TYPE_LABEL: Record<LandType, MessageKey> = {
  lahan_upt: 'campaigns.land.lahan_upt',
  sae: 'campaigns.land.sae',
  lahan_masyarakat: 'campaigns.land.lahan_masyarakat',
  bantaran_sungai: 'campaigns.land.bantaran_sungai',
  diserahkan_masyarakat: 'campaigns.land.diserahkan_masyarakat',
  lainnya: 'campaigns.land.lainnya',
};

export const SITE_STATUS_LABEL: Record<SiteStatus, MessageKey> = {
  terdaftar: 'campaigns.status.terdaftar',
  dilaporkan: 'campaigns.status.dilaporkan',
  terverifikasi: 'campaigns.status.terverifikasi',
  dikembalikan: 'campaigns.status.dikembalikan',
};

/** Marker fills: grey registered, amber reported, green verified, red returned; dark enough for white outlines. */
export const SITE_STATUS_HEX: Record<SiteStatus, string> = {
  terdaftar: '#64748b',
  dilaporkan: '#b45309',
  terverifikasi: '#15803d',
  dikembalikan: '#b91c1c',
};

export const SITE_STATUS_BADGE: Record<SiteStatus, string> = {
  terdaftar: 'bg-slate-100 text-slate-800 ring-slate-300',
  dilaporkan: 'bg-amber-50 text-amber-900 ring-amber-300',
  terverifikasi: 'bg-teal-50 text-teal-900 ring-teal-300',
  dikembalikan: 'bg-red-50 text-red-900 ring-red-300',
};

export const BADGE =
  'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1';

/** "07.00–12.00 WIB": the campaign window is a wall-clock time on each unit's own clock. */
export function localWindow(start: string, end: string, timeZone?: TimeZone): string {
  const range = `${start.replace(':', '.')}–${end.replace(':', '.')}`;
  return timeZone ? `${range} ${zoneAbbreviation(timeZone)}` : range;
}

const KANWIL_PREFIX = /^Kantor Wilayah (Direktorat Jenderal Pemasyarakatan|Ditjenpas) /i;

/** "Kanwil Banten" for the long official name, where a list of 33 would otherwise wrap on a phone. */
export function shortUnitName(name: string): string {
  return name.replace(KANWIL_PREFIX, 'Kanwil ');
}
