import type { Page } from 'playwright-core';

type Status = 'Hadir' | 'Izin' | 'Sakit' | 'Alpa' | 'Lain';

/** The attendance page of a programme: session picker, the fast grid and its sticky save button. */
export function attendancePage(page: Page) {
  const rows = page.getByTestId('attendance-row');
  const row = (index: number) => rows.nth(index);
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Presensi' }),
    rows,
    sessions: page.getByRole('navigation', { name: /^Sesi / }),
    markAllPresent: page.getByRole('button', { name: 'Tandai semua hadir' }),
    saveButton: page.getByRole('button', { name: /^Simpan presensi/ }),
    savedNotice: page.getByText('Presensi tersimpan.'),
    offlineNotice: page.getByText(/^Belum tersimpan: koneksi terputus/),
    draftNotice: page.getByText('Tanda yang belum tersimpan dipulihkan dari perangkat ini.'),
    async waitUntilLoaded(count: number) {
      await this.heading.waitFor();
      await rows.nth(count - 1).waitFor();
    },
    /** The pseudonym shown on a row (the first word of its legend). */
    async pseudonymOf(index: number): Promise<string> {
      return ((await row(index).locator('legend span').first().textContent()) ?? '').trim();
    },
    rowOf: (pseudonym: string) => rows.filter({ hasText: pseudonym }),
    async setStatus(pseudonym: string, status: Status, reason?: string) {
      const target = rows.filter({ hasText: pseudonym });
      await target.locator('label', { hasText: status }).click();
      if (reason) await target.getByRole('combobox').selectOption({ label: reason });
    },
    checkedStatus: (pseudonym: string) => rows.filter({ hasText: pseudonym }).locator('input[type=radio]:checked'),
    reasonOf: (pseudonym: string) => rows.filter({ hasText: pseudonym }).getByRole('combobox'),
    checkedCount: (value: string) => page.locator(`[data-testid=attendance-row] input[type=radio][value=${value}]:checked`).count(),
  };
}
