import type { Page } from 'playwright-core';

/** The recurrence editor of the create form. */
export function recurrenceFields(page: Page) {
  const group = page.getByRole('main').getByRole('group', { name: 'Pengulangan laporan' });
  return {
    kind: group.getByRole('combobox', { name: 'Jenis pengulangan' }),
    weekday: group.getByRole('combobox', { name: 'Hari' }),
    count: group.getByRole('spinbutton', { name: 'Jumlah laporan' }),
    async weekly(weekday: string, count: number) {
      await this.kind.selectOption('weekly');
      await this.weekday.selectOption({ label: weekday });
      await this.count.fill(String(count));
    },
  };
}

/** The window switcher of an issued directive's roll-up. */
export function rollupWindows(page: Page) {
  const main = page.getByRole('main');
  return {
    switcher: main.getByRole('combobox', { name: 'Jendela pelaporan' }),
    showing(no: number, count: number) {
      return main.getByText(`Menampilkan jendela ${no} dari ${count}`);
    },
  };
}

/** The amendment form and the change history on a directive's page. */
export function amendPanel(page: Page) {
  const main = page.getByRole('main');
  const form = main.getByRole('form', { name: 'Ubah arahan' });
  return {
    async open() {
      await main.getByText('Ubah isi, tenggat, atau target arahan').click();
      await form.waitFor();
    },
    title: form.getByRole('textbox', { name: 'Judul', exact: true }),
    reason: form.getByRole('textbox', { name: 'Alasan perubahan' }),
    saved: main.getByText('Perubahan disimpan sebagai versi baru.'),
    async submit() {
      await form.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    },
    history: main.getByRole('region', { name: 'Riwayat perubahan' }),
  };
}
