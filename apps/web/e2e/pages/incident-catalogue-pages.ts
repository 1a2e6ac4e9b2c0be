import type { Page } from 'playwright-core';

/** The Kamtib catalogue admin page at /admin/kamtib. */
export function incidentCataloguePage(page: Page) {
  const main = page.getByRole('main');
  const categoryForm = main.getByRole('region', { name: /^(Kategori baru|Ubah kategori)/ });
  const sop = main.getByRole('region', { name: /^SOP: / });
  const rules = main.getByRole('region', { name: 'Aturan eskalasi', exact: true });
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Katalog Kamtib' }),
    categories: main.getByRole('region', { name: 'Kategori insiden', exact: true }).getByRole('table'),
    categoryForm,
    sop,
    rules,
    async open(baseUrl: string) {
      await page.goto(`${baseUrl}/admin/kamtib`);
    },
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await this.categories.waitFor();
    },
    categoryRow(name: string) {
      return this.categories.getByRole('row').filter({ hasText: name });
    },
    async startNewCategory() {
      await main.getByRole('button', { name: 'Tambah kategori' }).click();
      await categoryForm.waitFor();
    },
    async fillCategory(values: { code: string; name: string; nameEn: string; serious?: boolean }) {
      await categoryForm.getByRole('textbox', { name: 'Kode', exact: true }).fill(values.code);
      await categoryForm.getByRole('textbox', { name: 'Nama', exact: true }).fill(values.name);
      await categoryForm.getByRole('textbox', { name: 'Nama (bahasa Inggris)', exact: true }).fill(values.nameEn);
      if (values.serious) await categoryForm.getByRole('checkbox', { name: 'Kejadian tertentu (serius)' }).check();
    },
    async addCounter(index: number, values: { key: string; label: string; labelEn: string }) {
      await categoryForm.getByRole('button', { name: 'Tambah penghitung' }).click();
      const row = categoryForm.getByRole('group', { name: `Penghitung ${index}`, exact: true });
      await row.getByRole('textbox', { name: 'Kunci', exact: true }).fill(values.key);
      await row.getByRole('textbox', { name: 'Label', exact: true }).fill(values.label);
      await row.getByRole('textbox', { name: 'Label (bahasa Inggris)', exact: true }).fill(values.labelEn);
      return row;
    },
    async saveNewCategory() {
      await categoryForm.getByRole('button', { name: 'Simpan kategori baru' }).click();
    },
    async openSop(categoryName: string) {
      await main.getByRole('button', { name: `SOP kategori ${categoryName}` }).click();
      await sop.waitFor();
    },
    async addSopVersion(steps: string[], note: string) {
      await sop.getByRole('textbox', { name: 'Langkah-langkah', exact: true }).fill(steps.join('\n'));
      await sop.getByRole('textbox', { name: 'Catatan perubahan', exact: true }).fill(note);
      await sop.getByRole('button', { name: 'Simpan versi baru' }).click();
    },
    ruleRow(number: number) {
      return rules.getByRole('group', { name: `Aturan ${number}`, exact: true });
    },
    ruleMinSeverity(number: number) {
      return this.ruleRow(number).getByRole('combobox', { name: 'Mulai keparahan', exact: true });
    },
    categoryCode() {
      return categoryForm.getByRole('textbox', { name: 'Kode', exact: true });
    },
  };
}
