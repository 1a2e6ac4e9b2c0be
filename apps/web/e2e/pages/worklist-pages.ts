import type { Page } from 'playwright-core';

/** The worklist tabs, the requests queue and the bulk decisions at /assignments. */
export function worklistPage(page: Page) {
  const main = page.getByRole('main');
  return {
    async openTab(name: 'Semua tugas' | 'Belum melapor' | 'Permohonan') {
      await main.getByRole('navigation', { name: 'Tampilan daftar tugas' }).getByRole('link', { name, exact: true }).click();
    },
    queue: main.getByRole('list', { name: 'Permohonan menunggu keputusan' }),
    queueEmpty: main.getByText('Tidak ada permohonan yang menunggu keputusan.'),
    pendingLink(title: string, unit: string) {
      return main.getByRole('list', { name: 'Tugas tindak lanjut' }).getByRole('link').filter({ hasText: title }).filter({ hasText: unit });
    },
    select(title: string, unit: string) {
      return main.getByRole('checkbox', { name: `Pilih ${title} — ${unit}` });
    },
    async verifySelected() {
      await main.getByRole('button', { name: 'Verifikasi terpilih' }).click();
    },
    result: main.getByRole('status').filter({ hasText: 'Hasil:' }),
  };
}

/** The request panel and the draft button of an assignment page. */
export function requestPanel(page: Page) {
  const main = page.getByRole('main');
  return {
    async saveDraft() {
      await main.getByRole('button', { name: 'Simpan draf' }).click();
    },
    draftSaved: main.getByText(/^Draf tersimpan di server/),
    async askExtension(reason: string, newDue: string, note: string) {
      await main.getByRole('button', { name: 'Ajukan perpanjangan' }).click();
      await main.getByRole('combobox', { name: 'Alasan' }).selectOption({ label: reason });
      await main.getByLabel(/^Batas waktu baru/).fill(newDue);
      await main.getByRole('textbox', { name: 'Keterangan' }).fill(note);
      await main.getByRole('button', { name: 'Kirim permohonan' }).click();
    },
    sent: main.getByText('Permohonan terkirim dan menunggu keputusan.'),
    async approve() {
      await main.getByRole('button', { name: 'Setujui' }).click();
    },
  };
}
