import type { Page } from 'playwright-core';

/** Details that follow the first report; counts by their label, e.g. { 'Warga binaan terlibat': '2' }. */
export type DetailsEntry = { involved?: Record<string, string>; location?: string };

export type AgencyEntry = { agency: string; name: string; contact?: string; personnel?: string; notes?: string };

/** One incident at /insiden/$incidentId. */
export function incidentPage(page: Page) {
  const main = page.getByRole('main');
  const section = (name: string) => main.getByRole('region', { name, exact: true });
  const figures = section('Angka terkini');
  const alerts = section('Peringatan');
  const update = main.getByRole('form', { name: 'Tambah perkembangan' });
  const sop = section('Langkah SOP');
  const agencies = section('Koordinasi APH');
  const agencyForm = agencies.getByRole('form', { name: 'Koordinasi APH baru' });
  const persons = section('Orang yang terlibat');
  const details = section('Rincian kejadian');
  const detailsForm = details.getByRole('form', { name: 'Rincian kejadian' });
  const review = main.getByRole('form', { name: 'Kajian pascainsiden' });
  const timeline = main.getByRole('list', { name: 'Kronologi' });
  return {
    heading: main.getByRole('heading', { level: 1 }),
    figures,
    alerts,
    sop,
    agencies,
    persons,
    details,
    timeline,
    /** "KAMTIB-2026-000123", shown above the heading. */
    async number(): Promise<string> {
      return ((await main.locator('header').getByText(/^KAMTIB-\d{4}-\d{6}$/).textContent()) ?? '').trim();
    },
    async open(incidentId: string) {
      await page.goto(`/insiden/${incidentId}`);
      await this.heading.waitFor();
    },
    /** The big number under a counter's label ("Masih buron" → "7"). */
    async figure(label: string): Promise<string> {
      const term = figures.getByRole('term').filter({ hasText: label }).first();
      return (await term.locator('xpath=following-sibling::dd[1]').textContent())?.trim() ?? '';
    },
    /** A count of the people involved under "Orang terlibat" ("Warga binaan" → "2"); null when the list is not shown. */
    async involvedCount(label: string): Promise<string | null> {
      const list = figures.getByRole('group', { name: 'Orang terlibat' });
      if ((await list.count()) === 0) return null;
      const term = list.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) });
      return (await term.locator('xpath=following-sibling::dd[1]').textContent())?.trim() ?? '';
    },
    /** Opens "Rincian kejadian" when folded, fills what is given and saves. */
    async saveDetails(entry: DetailsEntry) {
      if (!(await detailsForm.isVisible())) await details.locator('summary').click();
      for (const [label, value] of Object.entries(entry.involved ?? {})) {
        await detailsForm.getByRole('textbox', { name: label, exact: true }).fill(value);
      }
      if (entry.location !== undefined) {
        await detailsForm.getByRole('textbox', { name: 'Tempat kejadian', exact: true }).fill(entry.location);
      }
      await detailsForm.getByRole('button', { name: 'Simpan rincian' }).click();
      await detailsForm.getByText('Rincian tersimpan.').waitFor();
    },
    /** The place as the header shows it. */
    async location(): Promise<string> {
      const term = main.locator('header').getByRole('term').filter({ hasText: /^Tempat$/ });
      return (await term.locator('xpath=following-sibling::dd[1]').textContent())?.trim() ?? '';
    },
    status(name: string) {
      return main.locator('header').getByText(name, { exact: true });
    },
    /** The alert card for a unit (its level badge, unit name, sent and acknowledged lines). */
    alertFor(unitName: string) {
      return alerts.getByRole('listitem').filter({ hasText: unitName });
    },
    async acknowledgeAlert(unitName: string) {
      const alert = this.alertFor(unitName);
      await alert.getByRole('button', { name: 'Terima peringatan' }).click();
      await alert.getByText(/^Diterima oleh /).waitFor();
    },
    /** Adds a running update; `counters` by label, e.g. { 'Tertangkap kembali': '5' }. */
    async addUpdate(entry: { note?: string; counters?: Record<string, string> }) {
      for (const [label, value] of Object.entries(entry.counters ?? {})) {
        await update.getByRole('textbox', { name: label, exact: true }).fill(value);
      }
      if (entry.note) await update.getByLabel('Catatan perkembangan').fill(entry.note);
      await update.getByRole('button', { name: 'Simpan perkembangan' }).click();
      await update.getByText('Perkembangan tersimpan.').waitFor();
    },
    /** "Tandai ditangani", "Tandai terkendali", "Tandai pulih". */
    async changeStatus(button: string, note?: string) {
      const card = section('Ubah status');
      if (note) await card.getByLabel('Catatan perubahan status (opsional)').fill(note);
      await card.getByRole('button', { name: button }).click();
    },
    async tickSopStep(text: string) {
      const box = sop.getByRole('checkbox', { name: text });
      await box.check();
      await sop
        .getByText(/^Dicentang oleh /)
        .first()
        .waitFor();
    },
    async logAgency(entry: AgencyEntry) {
      await agencyForm.getByRole('combobox', { name: 'Instansi' }).selectOption({ label: entry.agency });
      await agencyForm.getByLabel('Nama satuan').fill(entry.name);
      if (entry.contact) await agencyForm.getByLabel('Kontak').fill(entry.contact);
      if (entry.personnel) await agencyForm.getByLabel('Jumlah personel').fill(entry.personnel);
      if (entry.notes) await agencyForm.getByRole('textbox', { name: 'Catatan', exact: true }).fill(entry.notes);
      await agencyForm.getByRole('button', { name: 'Catat koordinasi APH' }).click();
      await this.agencyEntry(entry.name).waitFor();
    },
    agencyEntry(name: string) {
      return agencies.getByRole('listitem', { name, exact: true });
    },
    async markArrivedNow(name: string) {
      const entry = this.agencyEntry(name);
      await entry.getByRole('button', { name: 'Tiba sekarang' }).click();
      await entry.getByText(/^Tiba /).waitFor();
    },
    /** Shows the names (an audited read) and returns the names table. */
    async showNames() {
      await persons.getByRole('button', { name: 'Tampilkan nama' }).click();
      const table = persons.getByRole('table', { name: 'Nama orang yang terlibat' });
      await table.waitFor();
      return table;
    },
    async addPerson(person: { role: string; name: string; status?: string }) {
      const form = persons.getByRole('form', { name: 'Tambah orang yang terlibat' });
      await form.getByRole('combobox', { name: 'Peran' }).selectOption({ label: person.role });
      await form.getByRole('textbox', { name: 'Nama', exact: true }).fill(person.name);
      if (person.status) await form.getByLabel('Keadaan').fill(person.status);
      await form.getByRole('button', { name: 'Tambah orang' }).click();
      await form.getByText('Orang yang terlibat tercatat.').waitFor();
    },
    async saveReview(entry: { cause: string; actionsTaken: string; lessons: string; followUps?: string[] }) {
      await review.getByLabel('Penyebab').fill(entry.cause);
      await review.getByLabel('Tindakan yang diambil').fill(entry.actionsTaken);
      await review.getByLabel('Pelajaran').fill(entry.lessons);
      for (const [index, title] of (entry.followUps ?? []).entries()) {
        await review.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
        await review.getByRole('textbox', { name: `Tindak lanjut ${index + 1}`, exact: true }).fill(title);
      }
      await review.getByRole('button', { name: 'Simpan kajian' }).click();
      await review.getByText('Kajian tersimpan.').waitFor();
    },
    async close(options: { note?: string; issueFollowUps?: boolean } = {}) {
      const panel = main.getByRole('region', { name: 'Tutup insiden' });
      if (options.note) await panel.getByLabel('Catatan penutupan (opsional)').fill(options.note);
      if (options.issueFollowUps)
        await panel.getByRole('checkbox', { name: 'Terbitkan tindak lanjut sebagai arahan' }).check();
      await panel.getByRole('button', { name: 'Tutup insiden' }).click();
      await this.status('Ditutup').waitFor();
    },
    timelineEntry(text: string | RegExp) {
      return timeline.getByRole('listitem').filter({ hasText: text });
    },
  };
}
