export const cooperativeId = {
  'nav.cooperative': 'Koperasi',
  'auditAction.cooperative.registration_saved': 'Data koperasi disimpan',
  'auditAction.cooperative.preorder_saved': 'PO mingguan dikirim',
  'auditAction.cooperative.prices_saved': 'Daftar harga koperasi disimpan',
  'auditAction.cooperative.deposit_recorded': 'Setoran PNBP dicatat',
  'auditAction.cooperative.target_set': 'Target penjualan dan PNBP ditetapkan',
};

export const cooperativeEn: Record<keyof typeof cooperativeId, string> = {
  'nav.cooperative': 'Cooperative',
  'auditAction.cooperative.registration_saved': 'Cooperative details saved',
  'auditAction.cooperative.preorder_saved': 'Weekly pre-order sent',
  'auditAction.cooperative.prices_saved': 'Cooperative price list saved',
  'auditAction.cooperative.deposit_recorded': 'PNBP deposit recorded',
  'auditAction.cooperative.target_set': 'Sales and PNBP targets set',
};
