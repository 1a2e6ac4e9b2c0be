import type { InmateCategory, InmateSex, InmateStatus } from '@selaras/contracts';
import type { MessageKey } from '@/lib/i18n/messages';

export const SEX_LABEL: Record<InmateSex, MessageKey> = { L: 'inmates.sex.L', P: 'inmates.sex.P' };
export const CATEGORY_LABEL: Record<InmateCategory, MessageKey> = {
  narapidana: 'inmates.category.narapidana',
  tahanan: 'inmates.category.tahanan',
  anak: 'inmates.category.anak',
};
export const STATUS_LABEL: Record<InmateStatus, MessageKey> = {
  aktif: 'inmates.status.aktif',
  bebas: 'inmates.status.bebas',
  pindah: 'inmates.status.pindah',
};
