import type { MapColour } from '@selaras/contracts';
import type { MessageKey } from '@/lib/i18n/messages';

/** Fill colours of the markers, dark enough for white outlines to show on any background. */
export const COLOUR_HEX: Record<MapColour, string> = {
  green: '#15803d',
  yellow: '#ca8a04',
  red: '#b91c1c',
  grey: '#64748b',
};

export const COLOUR_LABEL: Record<MapColour, MessageKey> = {
  green: 'overview.map.green',
  yellow: 'overview.map.yellow',
  red: 'overview.map.red',
  grey: 'overview.map.grey',
};
