import type { Page } from 'playwright-core';

/** The open serious incidents banner on the home page. */
export function openSeriousBanner(page: Page) {
  const region = page.getByRole('main').getByRole('region', { name: /insiden serius terbuka$/ });
  return {
    region,
    heading: region.getByRole('heading', { level: 2 }),
    items: region.getByRole('listitem'),
    incidentLinks: region.getByRole('link', { name: /^KAMTIB-/ }),
    statisticsLink: region.getByRole('link', { name: 'Lihat statistik insiden' }),
  };
}

/** The incident statistics at /insiden/statistik. */
export function incidentStatsPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Statistik insiden kamtib' }),
    tileValue(label: string) {
      return main.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
    },
    table(name: string) {
      return main.getByRole('table', { name });
    },
    legend: main.getByRole('list', { name: 'Keterangan warna peta' }),
    markersOf(colour: 'red' | 'amber' | 'grey') {
      return main.locator(`path.incident-marker-${colour}`);
    },
    downloads: main.getByRole('group', { name: 'Unduh daftar insiden' }),
    from: main.getByLabel('Dari tanggal'),
    to: main.getByLabel('Sampai tanggal'),
    apply: main.getByRole('button', { name: 'Terapkan' }),
  };
}
