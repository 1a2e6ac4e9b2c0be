import type { Page } from 'playwright-core';

/** The premi balances at /premi: one row per inmate, carrying the pseudonym and the balance as data. */
export function premiPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Premi' }),
    async open(baseUrl: string) {
      await page.goto(`${baseUrl}/premi`);
      await this.waitUntilLoaded();
    },
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await main.getByRole('region', { name: 'Saldo premi' }).first().waitFor();
    },
    /** Opens an inmate's ledger from the balances. */
    async openLedger(pseudonym: string) {
      await main.getByRole('link', { name: pseudonym }).click();
      await main.getByRole('heading', { level: 1, name: `Buku premi · ${pseudonym}` }).waitFor();
    },
    payoutForm: main.getByRole('form', { name: 'Bayar premi' }),
    /** The balance in whole rupiah shown for an inmate (0 when the inmate has no row yet). */
    async balanceOf(pseudonym: string): Promise<number> {
      const cell = main.locator(`tr[data-inmate="${pseudonym}"] td[data-balance]`);
      if ((await cell.count()) === 0) return 0;
      return Number(await cell.getAttribute('data-balance'));
    },
  };
}

/** The sale form at /penjualan/baru and the recorded sale it leads to. */
export function saleFormPage(page: Page) {
  const main = page.getByRole('main');
  const form = main.getByRole('form', { name: 'Penjualan baru' });
  return {
    form,
    total: form.getByTestId('sale-total'),
    async open(baseUrl: string) {
      await page.goto(`${baseUrl}/penjualan/baru`);
      await form.waitFor();
    },
    async chooseChannel(label: string) {
      await form.getByRole('radio', { name: label }).check();
    },
    async fillItem(n: number, values: { product: RegExp; quantity: string; price: string }) {
      const item = form.getByRole('group', { name: `Barang ${n}` });
      const product = item.getByLabel(/^Produk/);
      const option = await product.locator('option', { hasText: values.product }).first().getAttribute('value');
      if (option) await product.selectOption(option);
      await item.getByLabel(/^Jumlah/).fill(values.quantity);
      await item.getByLabel('Harga satuan (Rp)').fill(values.price);
    },
    async save() {
      await form.getByRole('button', { name: 'Simpan penjualan' }).click();
      await page.waitForURL(/\/penjualan\/[0-9a-f-]{36}/);
      await main.getByText('Penjualan tersimpan').waitFor();
    },
    creditOf(pseudonym: string) {
      return main.getByRole('region', { name: 'Premi per warga binaan' }).getByRole('listitem').filter({ hasText: pseudonym });
    },
  };
}
