import type { Page } from 'playwright-core';

/** The user list at /users. */
export function usersPage(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Pengguna' }),
    table: page.getByRole('table', { name: 'Daftar pengguna' }),
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await this.table.waitFor();
    },
  };
}

/** The audit trail at /audit. */
export function auditPage(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Jejak Audit' }),
    table: page.getByRole('table', { name: 'Peristiwa audit' }),
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await this.table.waitFor();
    },
  };
}
