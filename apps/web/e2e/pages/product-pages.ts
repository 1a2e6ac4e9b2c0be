import type { Page } from 'playwright-core';

export type NewProduct = {
  name: string;
  category: string;
  description: string;
  unitOfSale: string;
  price: string;
  cost: string;
};

/** The product list at /produk: cards of the caller's scope, filtered by stage. */
export function productsPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Produk warga binaan' }),
    createLink: main.getByRole('link', { name: 'Produk baru' }),
    approvalsLink: main.getByRole('link', { name: 'Persetujuan naik tahap' }),
    stageFilter: main.getByRole('combobox', { name: 'Tahap' }),
    cards: main.getByRole('list', { name: 'Daftar produk' }).getByRole('listitem'),
    card(name: string) {
      return this.cards.filter({ has: page.getByRole('link', { name, exact: true }) });
    },
  };
}

/** The new-product form at /produk/baru. */
export function newProductPage(page: Page) {
  const main = page.getByRole('main');
  const form = main.getByRole('form', { name: 'Formulir produk' });
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Produk baru' }),
    form,
    name: form.getByRole('textbox', { name: 'Nama produk', exact: true }),
    async fill(p: NewProduct) {
      await this.name.fill(p.name);
      await form.getByRole('combobox', { name: 'Kategori', exact: true }).selectOption({ label: p.category });
      await form.getByRole('textbox', { name: 'Satuan jual', exact: true }).fill(p.unitOfSale);
      await form.getByRole('textbox', { name: 'Harga jual (Rp)', exact: true }).fill(p.price);
      await form.getByRole('textbox', { name: 'Harga pokok (Rp)', exact: true }).fill(p.cost);
      await form.getByRole('textbox', { name: 'Deskripsi', exact: true }).fill(p.description);
    },
    /** Saves and waits for the product page it opens; returns the product id from the address. */
    async submit(): Promise<string> {
      await form.getByRole('button', { name: 'Simpan produk' }).click();
      await page.waitForURL(/\/produk\/[0-9a-f-]{36}$/);
      return new URL(page.url()).pathname.split('/').pop() ?? '';
    },
  };
}

/** One product at /produk/$id: stage, checklist for the next stage, photos, permits and details. */
export function productPage(page: Page) {
  const main = page.getByRole('main');
  const checklist = main.getByRole('region', { name: /^Syarat menuju/ });
  const details = main.getByRole('form', { name: 'Data produk' });
  return {
    heading: (name: string) => main.getByRole('heading', { level: 1, name }),
    stageBadge: (stage: string) => main.locator('p').getByText(stage, { exact: true }),
    checklist,
    item: (label: string) => checklist.getByRole('listitem').filter({ hasText: label }),
    requestButton: checklist.getByRole('button', { name: 'Ajukan naik tahap' }),
    waiting: checklist.getByText(/menunggu keputusan Kanwil/),
    details,
    async setTrained(count: string) {
      await details.getByRole('textbox', { name: 'Warga binaan yang sudah dilatih', exact: true }).fill(count);
      await details.getByRole('button', { name: 'Simpan perubahan' }).click();
      await details.getByText('Perubahan disimpan.').waitFor();
    },
  };
}

/** The Kanwil's approval queue at /produk/persetujuan. */
export function approvalsPage(page: Page) {
  const main = page.getByRole('main');
  const cards = main.getByRole('list', { name: 'Persetujuan naik tahap' }).getByRole('listitem');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Persetujuan naik tahap' }),
    card: (name: string) => cards.filter({ hasText: name }),
    notice: (text: RegExp) => main.getByRole('status').filter({ hasText: text }),
  };
}
