import type { Page } from 'playwright-core';

export type CertificateEntry = { title: string; skill?: string; issuer: string; issuedOn: string; certified: boolean };
export type CommunityEntry = {
  date: string;
  kind: string;
  title: string;
  partner?: string;
  peopleReached: string;
  inmatesInvolved: string;
  hours: string;
  productsDelivered?: string;
};

/** One inmate's rehabilitation summary at /pembinaan/warga-binaan/$inmateId. */
export function outcomeInmatePage(page: Page) {
  const main = page.getByRole('main');
  const form = main.getByRole('form', { name: 'Catat sertifikat baru' });
  const identity = main.getByTestId('outcome-identity');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Ringkasan pembinaan warga binaan' }),
    identity,
    showName: main.getByRole('button', { name: 'Tampilkan nama' }),
    downloads: main.getByRole('group', { name: 'Unduh ringkasan' }),
    pdfLink: main.getByRole('link', { name: 'Unduh PDF (bahan TPP)' }),
    xlsxLink: main.getByRole('link', { name: 'Unduh XLSX (pseudonim)' }),
    programmes: main.getByRole('table', { name: 'Program, status, periode, jam dan sesi hadir' }),
    certificates: main.getByRole('table', { name: 'Sertifikat warga binaan, terbaru di atas' }),
    form,
    titleField: form.getByRole('textbox', { name: 'Judul sertifikat' }),
    saved: main.getByRole('status').filter({ hasText: 'Sertifikat tersimpan.' }),
    /** The value beside a label in the identity list or the totals ("Pseudonim", "Jam hadir"). */
    valueOf(label: string) {
      return main.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).first().locator('xpath=following-sibling::dd[1]');
    },
    async fillCertificate(entry: CertificateEntry) {
      await this.titleField.fill(entry.title);
      if (entry.skill) await form.getByRole('textbox', { name: 'Keterampilan' }).fill(entry.skill);
      await form.getByRole('textbox', { name: 'Penerbit' }).fill(entry.issuer);
      await form.getByLabel('Tanggal terbit').fill(entry.issuedOn);
      await form.getByRole('checkbox', { name: 'Tersertifikasi (oleh lembaga berwenang)' }).setChecked(entry.certified);
    },
    async submitCertificate() {
      await form.getByRole('button', { name: 'Catat sertifikat' }).click();
    },
  };
}

/** Community impact at /pembinaan/masyarakat. */
export function communityPage(page: Page) {
  const main = page.getByRole('main');
  const form = main.getByRole('form', { name: 'Catat kegiatan' });
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Dampak bagi masyarakat' }),
    list: main.getByRole('table', { name: 'Kegiatan bagi masyarakat, terbaru di atas' }),
    byKind: main.getByRole('table', { name: 'Menurut jenis' }),
    form,
    saved: main.getByRole('status').filter({ hasText: 'Kegiatan tersimpan.' }),
    tileValue(label: string) {
      return main.getByTestId('community-totals').getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
    },
    async fill(entry: CommunityEntry) {
      await form.getByLabel('Tanggal').fill(entry.date);
      await form.getByRole('combobox', { name: 'Jenis' }).selectOption({ label: entry.kind });
      await form.getByRole('textbox', { name: 'Nama kegiatan' }).fill(entry.title);
      if (entry.partner) await form.getByRole('textbox', { name: 'Mitra' }).fill(entry.partner);
      await form.getByRole('spinbutton', { name: 'Orang terjangkau' }).fill(entry.peopleReached);
      await form.getByRole('spinbutton', { name: 'Warga binaan terlibat' }).fill(entry.inmatesInvolved);
      await form.getByRole('textbox', { name: 'Lama (jam)' }).fill(entry.hours);
      if (entry.productsDelivered) await form.getByRole('spinbutton', { name: 'Produk diserahkan' }).fill(entry.productsDelivered);
    },
    async submit() {
      await form.getByRole('button', { name: 'Simpan kegiatan' }).click();
    },
  };
}
