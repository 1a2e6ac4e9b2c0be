export const salesId = {
  'nav.sales': 'Penjualan',
  'nav.premi': 'Premi',
  'auditAction.batches.recorded': 'Batch produksi dicatat',
  'auditAction.batches.names_read': 'Nama pekerja batch dibaca',
  'auditAction.sales.recorded': 'Penjualan dicatat',
  'auditAction.sales.split_rule_created': 'Aturan pembagian hasil ditetapkan',
  'auditAction.premi.paid_out': 'Premi dibayarkan nontunai',
  'auditAction.premi.names_read': 'Nama penerima premi dibaca',
};

export const salesEn: Record<keyof typeof salesId, string> = {
  'nav.sales': 'Sales',
  'nav.premi': 'Premi',
  'auditAction.batches.recorded': 'Production batch recorded',
  'auditAction.batches.names_read': 'Batch worker names read',
  'auditAction.sales.recorded': 'Sale recorded',
  'auditAction.sales.split_rule_created': 'Proceeds split rule set',
  'auditAction.premi.paid_out': 'Premi paid out cashless',
  'auditAction.premi.names_read': 'Premi recipient names read',
};
