import type { Page } from 'playwright-core';

/** The Kamtib board at /insiden: cards on a phone, a table on wider screens. */
export function incidentsBoardPage(page: Page) {
  const main = page.getByRole('main');
  const filters = main.getByRole('search', { name: 'Saring insiden' });
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Insiden Kamtib' }),
    reportLink: main.getByRole('link', { name: 'Laporkan insiden' }),
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await filters.waitFor();
      await main.locator('[aria-busy="false"]').first().waitFor();
    },
    /** The incident's number, linking to its page (only the visible layout is in the page's tree). */
    incidentLink(number: string) {
      return main.getByRole('link', { name: number, exact: true });
    },
    /** The card (phone) or table row (wider) that holds an incident. */
    incidentEntry(number: string) {
      return main.locator('li, tr').filter({ has: page.getByRole('link', { name: number, exact: true }) });
    },
    async filter(options: { status?: string; category?: string; serious?: 'Kejadian tertentu' | 'Kejadian biasa' }) {
      if (options.status)
        await filters.getByRole('combobox', { name: 'Status' }).selectOption({ label: options.status });
      if (options.category) {
        await filters.getByRole('combobox', { name: 'Jenis kejadian' }).selectOption({ label: options.category });
      }
      if (options.serious)
        await filters.getByRole('combobox', { name: 'Golongan' }).selectOption({ label: options.serious });
      await filters.getByRole('button', { name: 'Cari' }).click();
    },
    async openIncident(number: string) {
      await this.incidentLink(number).click();
      await main.getByRole('heading', { level: 1 }).waitFor();
    },
  };
}
