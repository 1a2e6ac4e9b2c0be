export const catalogueId = {
  'auditAction.order_requests.status_changed': 'Status permintaan pesanan diubah',
};

export const catalogueEn: Record<keyof typeof catalogueId, string> = {
  'auditAction.order_requests.status_changed': 'Order request status changed',
};
