import type { offlineId } from '../offline';

export const offlineEn: Record<keyof typeof offlineId, string> = {
  'offline.banner': 'Offline — showing the last saved data',
  'offline.bannerSince': 'Offline — showing data saved {time}',
};
