import type { Page } from 'playwright-core';

/** The inmate register at /pembinaan/warga-binaan: filters, the name toggle, the add/edit form and the import panel. */
export function inmatesPage(page: Page) {
  const main = page.getByRole('main');
  const filters = main.getByRole('search', { name: 'Saring register' });
  const form = main.getByRole('form').filter({ has: page.getByRole('button', { name: 'Simpan' }) });
  const importPanel = main.getByRole('region', { name: 'Impor register' });
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Register warga binaan' }),
    addButton: main.getByRole('button', { name: 'Tambah warga binaan' }),
    namesToggle: main.getByRole('checkbox', { name: 'Tampilkan nama' }),
    namesRecorded: main.getByText('pembacaan ini telah dicatat di log audit'),
    form,
    async open(baseUrl: string) {
      await page.goto(`${baseUrl}/pembinaan/warga-binaan`);
      await this.waitUntilLoaded();
    },
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await filters.waitFor();
      await main.locator('[aria-busy="false"]').first().waitFor();
    },
    /** The table row of a registration number (rows carry the pseudonym as data). */
    row(registrationNumber: string) {
      return main.locator('tr[data-pseudonym]').filter({ hasText: registrationNumber });
    },
    async search(q: string) {
      await filters.getByRole('searchbox').fill(q);
      await filters.getByRole('button', { name: 'Cari' }).click();
      await main.locator('[aria-busy="false"]').first().waitFor();
    },
    async fillForm(values: { registrationNumber?: string; name?: string; sex?: string; birthYear?: string; category?: string; status?: string; entryDate?: string; exitDate?: string }) {
      if (values.registrationNumber !== undefined) await form.getByLabel('No. registrasi').fill(values.registrationNumber);
      if (values.name !== undefined) await form.getByRole('textbox', { name: /^Nama/ }).fill(values.name);
      if (values.sex) await form.getByLabel('L/P').selectOption({ label: values.sex });
      if (values.birthYear !== undefined) await form.getByLabel('Tahun lahir').fill(values.birthYear);
      if (values.category) await form.getByLabel('Kategori').selectOption({ label: values.category });
      if (values.status) await form.getByLabel('Status').selectOption({ label: values.status });
      if (values.entryDate !== undefined) await form.getByLabel('Tanggal masuk').fill(values.entryDate);
      if (values.exitDate !== undefined) await form.getByLabel('Tanggal keluar').fill(values.exitDate);
    },
    async save() {
      await form.getByRole('button', { name: 'Simpan' }).click();
    },
    nameField: form.getByRole('textbox', { name: /^Nama/ }),
    importPanel,
    async chooseImportFile(name: string, content: string) {
      await importPanel.getByLabel('Berkas register').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
    },
    async preview() {
      await importPanel.getByRole('button', { name: 'Pratinjau' }).click();
      await importPanel.getByRole('status').first().waitFor();
    },
    applyButton: importPanel.getByRole('button', { name: 'Terapkan' }),
    importErrorRow(row: number) {
      return importPanel.locator(`tr[data-row="${row}"]`);
    },
  };
}
