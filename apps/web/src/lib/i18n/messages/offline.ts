export const offlineId = {
  'offline.banner': 'Offline — data terakhir tersimpan',
  'offline.bannerSince': 'Offline — data terakhir tersimpan {time}',
};
