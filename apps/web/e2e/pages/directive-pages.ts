import type { Page } from 'playwright-core';

/** The directive list at /directives. */
export function directivesPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Arahan' }),
    table: main.getByRole('table', { name: 'Daftar arahan' }),
    createLink: main.getByRole('link', { name: 'Buat arahan' }),
    directiveLink(title: string) {
      return this.table.getByRole('link', { name: title, exact: true });
    },
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await this.table.waitFor();
    },
  };
}

export type NewDirective = {
  reference: string;
  title: string;
  body: string;
  kanwil: string;
  dueDate: string;
  dueTime: string;
  metric: { name: string; unit: string; target: string };
};

/** The create form at /directives/new. */
export function newDirectivePage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Arahan baru' }),
    kanwilChoice(name: string) {
      return main.getByRole('checkbox', { name, exact: true });
    },
    async fill(directive: NewDirective) {
      await main.getByRole('combobox', { name: 'Sumber', exact: true }).selectOption({ label: 'Rapat' });
      await main.getByRole('textbox', { name: 'Nomor surat atau rapat' }).fill(directive.reference);
      await main.getByRole('textbox', { name: 'Judul', exact: true }).fill(directive.title);
      await main.getByRole('textbox', { name: 'Uraian arahan' }).fill(directive.body);
      await main.getByRole('combobox', { name: 'Prioritas' }).selectOption({ label: 'Penting' });
      await main.getByRole('textbox', { name: 'Label program' }).fill('Program Akselerasi, Ketahanan Pangan');
      await this.kanwilChoice(directive.kanwil).check();
      const due = main.getByRole('group', { name: 'Batas waktu laporan' });
      await due.getByLabel('Tanggal').fill(directive.dueDate);
      await due.getByLabel('Jam').fill(directive.dueTime);
      await due.getByRole('combobox', { name: 'Menurut waktu' }).selectOption('unit');
      await main.getByRole('button', { name: 'Tambah metrik' }).click();
      const metric = main.getByRole('group', { name: 'Metrik 1' });
      await metric.getByRole('textbox', { name: 'Nama', exact: true }).fill(directive.metric.name);
      await metric.getByRole('textbox', { name: 'Satuan' }).fill(directive.metric.unit);
      await metric.getByRole('combobox', { name: 'Jenis isian' }).selectOption('integer');
      await metric.getByRole('textbox', { name: 'Target per unit' }).fill(directive.metric.target);
      await metric.getByRole('combobox', { name: 'Cara merekap' }).selectOption('sum');
    },
    async save() {
      await main.getByRole('button', { name: 'Simpan draf' }).click();
    },
  };
}

/** One directive at /directives/$directiveId, with its roll-up once issued. */
export function directivePage(page: Page) {
  const main = page.getByRole('main');
  const rollupTable = main.getByRole('table', { name: 'Kemajuan per Kanwil' });
  return {
    heading(title: string) {
      return main.getByRole('heading', { level: 1, name: title });
    },
    issuedBadge: main.getByText('Diterbitkan', { exact: true }).first(),
    rollupTable,
    async issue() {
      await main.getByRole('button', { name: 'Terbitkan', exact: true }).click();
      await main.getByRole('button', { name: 'Ya, terbitkan' }).click();
    },
    /** The reported and verified cells of one Kanwil's row, as text ("1 dari 8 unit · 12,5%"). */
    async kanwilProgress(kanwil: string) {
      const row = rollupTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: kanwil }) });
      await row.waitFor();
      const cells = row.getByRole('cell');
      return { reported: await cells.nth(1).innerText(), verified: await cells.nth(2).innerText() };
    },
  };
}

/** The follow-up list at /assignments. */
export function assignmentsPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Tindak lanjut' }),
    list: main.getByRole('list', { name: 'Tugas tindak lanjut' }),
    async openPreset(name: string) {
      await main.getByRole('navigation', { name: 'Tampilan cepat' }).getByRole('link', { name }).click();
    },
    assignmentLink(title: string, unit: string) {
      return this.list.getByRole('link').filter({ hasText: title }).filter({ hasText: unit });
    },
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await this.list.waitFor();
    },
  };
}

/** One assignment at /assignments/$assignmentId: the report form, history and verification. */
export function assignmentPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading(title: string) {
      return main.getByRole('heading', { level: 1, name: title });
    },
    status(name: string) {
      return main.getByText(name, { exact: true }).first();
    },
    metricInput(label: string) {
      return main.getByRole('textbox', { name: label, exact: true });
    },
    narrative: main.getByRole('textbox', { name: 'Uraian pelaksanaan' }),
    sentNotice: main.getByText('Laporan terkirim dan menunggu verifikasi.'),
    history: main.getByRole('region', { name: 'Riwayat laporan' }),
    async send() {
      await main.getByRole('button', { name: 'Kirim laporan' }).click();
    },
    /** Picks a photo as the phone's camera or gallery would hand it over; it uploads at once. */
    async attachPhoto(file: string) {
      await main.getByLabel('Ambil atau pilih foto').setInputFiles(file);
    },
    /** An attached file in the report form, or (within `history`) in a sent report. */
    attachment(name: string, within = main) {
      return within.getByRole('list', { name: 'Lampiran laporan' }).getByRole('listitem').filter({ hasText: name });
    },
    /** Resolves once the thumbnail image of an attachment has really loaded from the server. */
    async thumbnailLoaded(name: string, within = main) {
      const img = this.attachment(name, within).getByRole('img', { name });
      await img.waitFor();
      await img.evaluate((el) =>
        (el as HTMLImageElement).complete ? undefined : new Promise((resolve) => el.addEventListener('load', resolve, { once: true })),
      );
      return img.evaluate((el) => (el as HTMLImageElement).naturalWidth);
    },
    async verify() {
      await main.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    },
  };
}
