import type { Page } from 'playwright-core';

/** /koperasi as a UPT's cooperative officer sees it. */
export function uptCooperativePage(page: Page) {
  const main = page.getByRole('main');
  const registration = main.getByRole('form', { name: 'Koperasi primer (Primkopasindo)' });
  const preorder = main.getByRole('form', { name: /^PO mingguan ke Inkopasindo/ });
  const deposit = main.getByRole('form', { name: 'Catat setoran PNBP' });
  const latePreorder = main.getByRole('form', { name: /^PO minggu berjalan/ });
  return {
    latePreorder,
    async sendLatePreorder(item: { name: string; quantity: string; unit: string }) {
      await latePreorder.getByRole('textbox', { name: 'Barang 1' }).fill(item.name);
      await latePreorder.getByRole('textbox', { name: 'Jumlah' }).fill(item.quantity);
      await latePreorder.getByRole('textbox', { name: 'Satuan' }).fill(item.unit);
      await latePreorder.getByRole('button', { name: 'Kirim PO terlambat' }).click();
    },
    heading: main.getByRole('heading', { level: 1, name: 'Koperasi' }),
    registration,
    preorder,
    deposit,
    history: main.getByRole('table', { name: 'Status PO per minggu' }),
    deposits: main.getByRole('table', { name: 'Setoran PNBP ke kas negara' }),
    async recordDeed(entry: { name: string; deedNumber: string; deedDate: string }) {
      await registration.getByRole('textbox', { name: 'Nama koperasi' }).fill(entry.name);
      await registration.getByRole('combobox', { name: 'Status pendaftaran' }).selectOption({ label: 'Akta terbit' });
      await registration.getByRole('textbox', { name: 'Nomor akta pendirian' }).fill(entry.deedNumber);
      await registration.getByLabel('Tanggal akta').fill(entry.deedDate);
      await registration.getByRole('button', { name: 'Simpan data koperasi' }).click();
      await main.getByRole('status').filter({ hasText: 'Data koperasi tersimpan.' }).waitFor();
    },
    async fillPreorderItem(index: number, item: { name: string; quantity: string; unit: string }) {
      const n = index + 1;
      await preorder.getByRole('textbox', { name: `Barang ${n}` }).fill(item.name);
      await preorder.getByRole('textbox', { name: 'Jumlah' }).nth(index).fill(item.quantity);
      await preorder.getByRole('textbox', { name: 'Satuan' }).nth(index).fill(item.unit);
    },
    addPreorderItem: () => preorder.getByRole('button', { name: 'Tambah barang' }).click(),
    sendPreorder: () => preorder.getByRole('button', { name: 'Kirim PO' }).click(),
    preorderSaved: main.getByRole('status').filter({ hasText: 'PO terkirim.' }),
    async recordDeposit(entry: { billingCode: string; ntpn: string; amount: string; date: string }) {
      await deposit.getByRole('textbox', { name: 'Kode billing SIMPONI' }).fill(entry.billingCode);
      await deposit.getByRole('textbox', { name: 'NTPN' }).fill(entry.ntpn);
      await deposit.getByRole('textbox', { name: 'Jumlah (Rp)' }).fill(entry.amount);
      await deposit.getByLabel('Tanggal setor').fill(entry.date);
      await deposit.getByRole('button', { name: 'Catat setoran' }).click();
      await main.getByRole('status').filter({ hasText: 'Setoran PNBP tercatat.' }).waitFor();
    },
  };
}

/** /koperasi as a Kanwil sees it: its UPTs in one table. */
export function kanwilCooperativePage(page: Page) {
  const main = page.getByRole('main');
  const table = main.getByRole('table', { name: 'Koperasi, PO dan realisasi per UPT' });
  return {
    table,
    rowOf: (unitName: string) => table.getByRole('row').filter({ hasText: unitName }),
    targetForm: main.getByRole('form', { name: /^Target UPT/ }),
  };
}

/** The flagship products and cooperative card on the leadership dashboard. */
export function productFiguresCard(page: Page) {
  const card = page.getByRole('region', { name: /^Produk unggulan & koperasi/ });
  return {
    card,
    byKanwil: card.getByRole('table', { name: 'Per Kanwil' }),
    valueOf(label: string) {
      return card.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
    },
  };
}
