import type { Page } from 'playwright-core';

export type NewProgramme = {
  name: string;
  /** The category as shown in the list, e.g. "Keagamaan". */
  category: string;
  place: string;
  capacity: string;
  startDate: string;
  endDate: string;
  partner?: string;
  trainer?: string;
  /** Rows of weekday (as shown, e.g. "Senin"), start and end ("08:00"). */
  timetable: { weekday: string; start: string; end: string }[];
};

/** The programme list at /pembinaan: cards of the caller's scope. */
export function programmesPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Pembinaan' }),
    createLink: main.getByRole('link', { name: 'Program baru' }),
    cards: main.getByRole('list', { name: 'Program pembinaan' }).getByRole('listitem'),
    card(name: string) {
      return this.cards.filter({ has: page.getByRole('link', { name, exact: true }) });
    },
  };
}

/** The new-programme form at /pembinaan/baru, with its timetable editor. */
export function newProgrammePage(page: Page) {
  const main = page.getByRole('main');
  const form = main.getByRole('form', { name: 'Program pembinaan baru' });
  const slot = (n: number) => form.getByRole('listitem', { name: `Jadwal ke-${n}` });
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Program pembinaan baru' }),
    form,
    name: form.getByRole('textbox', { name: 'Nama program', exact: true }),
    slot,
    async fill(p: NewProgramme) {
      await this.name.fill(p.name);
      await form.getByRole('combobox', { name: 'Kategori', exact: true }).selectOption({ label: p.category });
      if (p.partner) await form.getByRole('textbox', { name: 'Mitra (misalnya BLK)', exact: true }).fill(p.partner);
      if (p.trainer) await form.getByRole('textbox', { name: 'Pelatih atau pembimbing', exact: true }).fill(p.trainer);
      await form.getByRole('textbox', { name: 'Tempat kegiatan', exact: true }).fill(p.place);
      await form.getByRole('textbox', { name: 'Kapasitas (orang)', exact: true }).fill(p.capacity);
      await form.getByLabel(/^Tanggal mulai/).fill(p.startDate);
      await form.getByLabel(/^Tanggal selesai/).fill(p.endDate);
      for (const [i, row] of p.timetable.entries()) {
        if (i > 0) await form.getByRole('button', { name: 'Tambah jadwal' }).click();
        const s = slot(i + 1);
        await s.getByRole('combobox', { name: 'Hari' }).selectOption({ label: row.weekday });
        await s.getByLabel(/^Jam mulai/).fill(row.start);
        await s.getByLabel(/^Jam selesai/).fill(row.end);
      }
    },
    /** Saves and waits for the programme page it opens; returns the programme id from the address. */
    async submit(): Promise<string> {
      await form.getByRole('button', { name: 'Simpan program' }).click();
      await page.waitForURL(/\/pembinaan\/program\/[0-9a-f-]{36}$/);
      return new URL(page.url()).pathname.split('/').pop() ?? '';
    },
  };
}

/** One programme at /pembinaan/program/$programmeId: details, the attendance link, participants. */
export function programmePage(page: Page) {
  const main = page.getByRole('main');
  const participants = main.getByRole('region', { name: 'Peserta' });
  return {
    heading: (name: string) => main.getByRole('heading', { level: 1, name }),
    details: main.getByRole('region', { name: 'Rincian program' }),
    attendanceLink: main.getByRole('region', { name: 'Presensi' }).getByRole('link', { name: 'Presensi' }),
    participants,
    participant: (pseudonym: string) => participants.getByRole('listitem').filter({ hasText: pseudonym }),
    async addParticipant(optionLabel: RegExp | string) {
      await participants.getByRole('button', { name: 'Tambah peserta' }).click();
      const form = participants.getByRole('form', { name: 'Tambah peserta' });
      const picker = form.getByRole('combobox', { name: 'Warga binaan aktif di unit ini' });
      await picker.locator('option').nth(1).waitFor({ state: 'attached' });
      const label = typeof optionLabel === 'string' ? optionLabel : ((await picker.locator('option', { hasText: optionLabel }).first().textContent()) ?? '');
      await picker.selectOption({ label });
      await form.getByRole('button', { name: 'Tambah peserta' }).click();
    },
    async changeStatus(pseudonym: string, action: 'Tangguhkan' | 'Akhiri', reason: string) {
      const row = this.participant(pseudonym);
      await row.getByRole('button', { name: action }).click();
      const form = row.getByRole('form');
      await form.getByRole('combobox', { name: 'Alasan' }).selectOption({ label: reason });
      await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    },
  };
}
