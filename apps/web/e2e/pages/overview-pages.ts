import type { Page } from 'playwright-core';

/** The leadership dashboard at /dashboard. */
export function dashboardPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Dasbor pimpinan' }),
    tiles: main.getByRole('definition'),
    /** The value shown under a tile's label, e.g. "Terlambat". */
    tileValue(label: string) {
      return main.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]/span[1]');
    },
    ranking: main.getByRole('list', { name: 'Kepatuhan per Kanwil' }),
    overdueTable: main.getByRole('table', { name: 'Tugas tindak lanjut paling terlambat' }),
    legend: main.getByRole('list', { name: 'Keterangan warna' }),
    markers: main.locator('path.overview-marker'),
    markersOf(colour: 'green' | 'yellow' | 'red' | 'grey') {
      return main.locator(`path.overview-marker-${colour}`);
    },
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await this.ranking.waitFor();
      await this.markers.first().waitFor();
    },
  };
}
