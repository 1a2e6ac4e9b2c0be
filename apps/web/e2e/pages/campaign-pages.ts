import type { Page } from 'playwright-core';

/** The campaign list at /campaigns. */
export function campaignsPage(page: Page) {
  const main = page.getByRole('main');
  const table = main.getByRole('table', { name: 'Daftar gerakan serentak' });
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Gerakan Serentak' }),
    table,
    campaignLink(title: RegExp) {
      return table.getByRole('link', { name: title }).first();
    },
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await table.waitFor();
    },
  };
}

export type NewSite = { name: string; landType: string; areaHa: string; planned: string; coordinates: string };

/** One campaign at /campaigns/$campaignId with its sections. */
export function campaignPage(page: Page) {
  const main = page.getByRole('main');
  const tabs = main.getByRole('navigation', { name: 'Bagian gerakan' });
  return {
    async openTab(name: string) {
      await tabs.getByRole('link', { name, exact: true }).click();
      await tabs.locator('a[aria-current="page"]', { hasText: name }).waitFor();
    },
    async registerSite(site: NewSite) {
      const form = main.getByRole('form', { name: 'Pendaftaran lokasi' });
      await form.getByLabel('Nama lokasi').fill(site.name);
      await form.getByRole('combobox', { name: 'Jenis lahan' }).selectOption({ label: site.landType });
      await form.getByLabel('Luas (ha)').fill(site.areaHa);
      await form.getByLabel('Rencana jumlah').fill(site.planned);
      await form.getByLabel('Koordinat (lintang, bujur)').fill(site.coordinates);
      await form.getByLabel('Koordinat (lintang, bujur)').press('Tab');
      await form.getByRole('button', { name: 'Simpan lokasi' }).click();
      await main.getByText('Lokasi tersimpan.').waitFor();
    },
    /** A Kanwil picks the UPT it works for in the Lokasi and Kesiapan sections. */
    async chooseUnitOnBehalf(unit: string) {
      await main.getByRole('combobox', { name: 'UPT yang dikerjakan' }).selectOption({ label: unit });
      await main.getByText(`Anda mencatat atas nama unit ${unit}`, { exact: false }).waitFor();
    },
    /** Opens "Ubah" on a site, checks the form starts from the saved name, and saves a new one. */
    async renameSite(name: string, newName: string): Promise<string> {
      const card = this.siteCard(name);
      await card.getByRole('button', { name: `Ubah lokasi ${name}` }).click();
      const form = card.getByRole('form', { name: `Perubahan lokasi ${name}` });
      const field = form.getByLabel('Nama lokasi');
      const before = await field.inputValue();
      await field.fill(newName);
      await form.getByRole('button', { name: 'Simpan perubahan' }).click();
      await this.siteCard(newName).getByText('Perubahan lokasi tersimpan.').waitFor();
      return before;
    },
    siteCard(name: string) {
      return main.getByRole('region', { name, exact: true });
    },
    /** Fills every number of the results form: whole numbers for counts, a decimal for areas. */
    async enterResults(siteName: string, count: string, decimal: string) {
      const card = this.siteCard(siteName);
      const group = card.getByRole('group', { name: 'Hasil di lokasi ini' });
      for (const input of await group.locator('input[inputmode="numeric"]').all()) await input.fill(count);
      for (const input of await group.locator('input[inputmode="decimal"]').all()) await input.fill(decimal);
      for (const select of await group.getByRole('combobox').all()) await select.selectOption({ index: 1 });
      await card.getByRole('button', { name: 'Simpan hasil' }).click();
      await card.getByText('Hasil tersimpan.').waitFor();
    },
    async uploadPhoto(siteName: string, file: { name: string; mimeType: string; buffer: Buffer }) {
      const card = this.siteCard(siteName);
      await card.getByLabel('Tambah foto').setInputFiles(file);
      await card
        .getByRole('img', { name: `Foto lokasi ${siteName}` })
        .first()
        .waitFor();
    },
    async submitReport(narrative: string) {
      await main.getByLabel('Uraian singkat pelaksanaan').fill(narrative);
      await main.getByRole('button', { name: 'Kirim laporan' }).click();
      await main.getByText('Laporan terkirim ke verifikator.').waitFor();
    },
    /** "Dilaporkan · 3 lokasi" in the map legend → 3. */
    async legendCount(status: string): Promise<number> {
      const item = main
        .getByRole('list', { name: 'Keterangan warna' })
        .getByRole('listitem')
        .filter({ hasText: status });
      const text = (await item.textContent()) ?? '';
      return Number(/·\s*([\d.]+)/.exec(text)?.[1]?.replace(/\./g, '') ?? Number.NaN);
    },
    legendItem(text: string) {
      return main.getByRole('list', { name: 'Keterangan warna' }).getByText(text, { exact: true });
    },
    mapMarkers() {
      return main.locator('.site-marker, .site-cluster');
    },
    queueItem(unit: string) {
      return main
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3, name: unit, exact: true }) });
    },
  };
}

export type NewCampaign = { title: string; body: string; kanwil: string; eventDate: string; nationalTarget: string };

/** The form at /campaigns/new. */
export function newCampaignPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Gerakan serentak baru' }),
    title: main.getByLabel('Judul gerakan'),
    async fill(campaign: NewCampaign) {
      await this.title.fill(campaign.title);
      await main.getByLabel('Uraian dan petunjuk pelaksanaan').fill(campaign.body);
      await main.getByRole('checkbox', { name: campaign.kanwil, exact: true }).check();
      await main.getByLabel('Tanggal pelaksanaan').fill(campaign.eventDate);
      await main.getByLabel('Target nasional').fill(campaign.nationalTarget);
      await main.getByRole('checkbox', { name: 'Tampilkan halaman dampak publik' }).check();
    },
    async save() {
      await main.getByRole('button', { name: 'Simpan dan terbitkan' }).click();
    },
  };
}
