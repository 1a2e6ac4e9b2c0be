import type { Page } from 'playwright-core';

/** The public catalogue at /katalog and a product's page at /katalog/$id. */
export function cataloguePage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Katalog produk unggulan' }),
    cards: main.getByRole('article'),
    cardTitles: main.getByRole('article').getByRole('heading', { level: 2 }),
    category: main.getByLabel('Kategori'),
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await this.cards.first().waitFor();
    },
    async names(): Promise<string[]> {
      return (await this.cardTitles.allTextContents()).map((s) => s.trim()).sort();
    },
    open(name: string) {
      return main.getByRole('link', { name, exact: true }).click();
    },
  };
}

export function catalogueItemPage(page: Page) {
  const main = page.getByRole('main');
  const form = main.getByRole('form', { name: /^Permintaan pesanan/ });
  return {
    heading: (name: string) => main.getByRole('heading', { level: 1, name }),
    buyerName: form.getByLabel('Nama Anda atau usaha Anda'),
    contact: form.getByLabel('Nomor WhatsApp/telepon atau e-mail'),
    quantity: form.getByLabel(/^Jumlah/),
    message: form.getByLabel('Pesan (tidak wajib)'),
    submit: form.getByRole('button', { name: 'Kirim permintaan' }),
    thanks: main.getByRole('status').filter({ hasText: 'sudah kami terima' }),
    contactError: form.getByText('isi nomor telepon/WhatsApp atau alamat e-mail yang benar'),
  };
}

/** The cooperative's inbox of order requests at /koperasi/pesanan. */
export function ordersPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Pesanan koperasi' }),
    card: (product: string, buyer: string) => main.getByRole('article', { name: `Pesanan ${product} dari ${buyer}` }),
    moved: main.getByRole('status').filter({ hasText: 'status menjadi' }),
  };
}
