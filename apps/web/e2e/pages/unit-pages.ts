import type { Page } from 'playwright-core';

/** The unit directory at /units. */
export function unitsPage(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Unit Kerja' }),
    table: page.getByRole('table', { name: 'Daftar unit kerja' }),
    unitLink(name: string) {
      return this.table.getByRole('link', { name, exact: true });
    },
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await this.table.waitFor();
    },
  };
}

/** One unit at /units/$unitId. */
export function unitPage(page: Page) {
  return {
    async open(baseUrl: string, unitId: string) {
      await page.goto(`${baseUrl}/units/${unitId}`);
    },
    heading(name: string) {
      return page.getByRole('heading', { level: 1, name });
    },
    mapMarker: page.locator('.leaflet-marker-icon'),
    notFoundHeading: page.getByRole('heading', { level: 1, name: 'Unit tidak ditemukan' }),
  };
}
