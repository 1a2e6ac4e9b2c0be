import type { Page } from 'playwright-core';

/** The meeting list at /meetings. */
export function meetingsPage(page: Page) {
  const main = page.getByRole('main');
  const table = main.getByRole('table', { name: 'Daftar rapat' });
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Rapat' }),
    table,
    createLink: main.getByRole('link', { name: 'Jadwalkan rapat' }),
    meetingLink(title: string) {
      return table.getByRole('link', { name: title, exact: true });
    },
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await table.waitFor();
    },
  };
}

export type NewMeeting = { title: string; startLocal: string; link: string; chair: RegExp; kanwil: string };

/** The form at /meetings/new. */
export function newMeetingPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Rapat baru' }),
    title: main.getByLabel('Judul rapat'),
    async fill(meeting: NewMeeting) {
      await this.title.fill(meeting.title);
      await main.getByLabel('Mulai').fill(meeting.startLocal);
      await main.getByRole('combobox', { name: 'Zona waktu' }).selectOption('Asia/Jakarta');
      await main.getByLabel('Durasi (menit)').fill('120');
      await main.getByRole('combobox', { name: 'Bentuk rapat' }).selectOption('virtual');
      await main.getByLabel('Tautan rapat').fill(meeting.link);
      await main.getByRole('combobox', { name: 'Pimpinan rapat' }).selectOption({ label: await this.chairLabel(meeting.chair) });
      await main.getByRole('radio', { name: 'UPT dari Kanwil tertentu' }).check();
      await main.getByRole('checkbox', { name: meeting.kanwil, exact: true }).check();
    },
    async chairLabel(chair: RegExp) {
      const select = main.getByRole('combobox', { name: 'Pimpinan rapat' });
      await select.locator('option', { hasText: chair }).first().waitFor({ state: 'attached' });
      return (await select.locator('option', { hasText: chair }).first().textContent()) ?? '';
    },
    async save() {
      await main.getByRole('button', { name: 'Simpan rapat' }).click();
    },
  };
}

/** One meeting at /meetings/$meetingId. */
export function meetingPage(page: Page) {
  const main = page.getByRole('main');
  const rates = main.getByRole('table', { name: 'Kehadiran per Kanwil' });
  return {
    heading(title: string) {
      return main.getByRole('heading', { level: 1, name: title });
    },
    joinLink: main.getByRole('link', { name: /^https:\/\// }),
    rates,
    async checkIn(staff: number) {
      await main.getByLabel('Jumlah petugas yang hadir').fill(String(staff));
      await main.getByRole('button', { name: 'Hadir', exact: true }).click();
    },
    checkedInNotice(unit: string, staff: number) {
      return main.getByText(`${unit} tercatat hadir dengan ${staff} petugas.`);
    },
    /** The cells of one Kanwil's row: name, invited, present, staff, rate. */
    async kanwilRow(kanwil: string) {
      const row = rates.getByRole('row').filter({ hasText: kanwil });
      return row.getByRole('cell').allTextContents();
    },
    async addDecision(title: string, body: string) {
      await main.getByRole('button', { name: 'Tambah keputusan' }).click();
      await main.getByLabel('Judul keputusan 1').fill(title);
      await main.getByLabel('Isi keputusan 1').fill(body);
    },
    async saveMinutes() {
      await main.getByRole('button', { name: 'Simpan notula' }).click();
      await main.getByText('Notula tersimpan.').waitFor();
    },
    async makeDirective() {
      await main.getByRole('button', { name: 'Jadikan arahan' }).click();
    },
  };
}
