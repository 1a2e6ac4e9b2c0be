import type { Page } from 'playwright-core';

/** The bell in the header and the inbox at /notifications. */
export function notificationsPage(page: Page) {
  const main = page.getByRole('main');
  return {
    badge: page.getByRole('link', { name: /^(Notifikasi|Notifications):/ }),
    unreadCount: page.getByTestId('unread-count'),
    heading: main.getByRole('heading', { level: 1, name: 'Notifikasi' }),
    items: main.getByRole('listitem'),
    unreadItems: main.locator('li[data-unread]'),
    async open() {
      await this.badge.click();
      await this.heading.waitFor();
      await main.getByRole('listitem').first().waitFor();
    },
    markRead(title: string) {
      return main.getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: 'Tandai sudah dibaca' }).click();
    },
    markAllRead() {
      return main.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
    },
  };
}
