export const offlineId = {
  'offline.banner': 'Offline — data terakhir tersimpan',
};
