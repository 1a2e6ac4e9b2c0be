import type { Page } from 'playwright-core';

/** The "N belum terkirim" bar under the header, on every signed-in page. */
export function outboxBadge(page: Page) {
  return page.getByTestId('outbox-badge');
}

/** The outbox at /kotak-keluar. */
export function outboxPage(page: Page) {
  const main = page.getByRole('main');
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Kotak keluar' }),
    item(label: string) {
      return main.getByTestId('outbox-item').filter({ hasText: label });
    },
  };
}
