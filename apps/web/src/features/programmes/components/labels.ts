import type { EnrolmentReason, EnrolmentStatus, ProgrammeCategory, ProgrammeTrack } from '@selaras/contracts';
import type { MessageKey } from '@/lib/i18n/messages';

export const BADGE = 'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset';

export const categoryLabel = (c: ProgrammeCategory): MessageKey => `programmes.category.${c}`;
export const trackLabel = (t: ProgrammeTrack): MessageKey => `programmes.track.${t}`;
export const statusLabel = (s: EnrolmentStatus): MessageKey => `programmes.status.${s}`;
export const reasonLabel = (r: EnrolmentReason): MessageKey => `programmes.reason.${r}`;

export function weekdayLabel(weekday: number): MessageKey {
  const day = Math.min(7, Math.max(1, Math.trunc(weekday))) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
  return `programmes.weekday.${day}`;
}

export const STATUS_BADGE: Record<EnrolmentStatus, string> = {
  aktif: 'bg-teal-50 text-teal-900 ring-teal-600',
  daftar_tunggu: 'bg-amber-50 text-amber-950 ring-amber-500',
  ditangguhkan: 'bg-slate-100 text-slate-800 ring-slate-400',
  selesai: 'bg-white text-slate-700 ring-slate-300',
};
