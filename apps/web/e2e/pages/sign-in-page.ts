import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/api';

/** The sign-in page at /login. */
export function signInPage(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Masuk ke Selaras' }),
    async waitUntilShown() {
      await page.waitForURL(/\/login/);
      await this.heading.waitFor();
    },
    async signIn(username: string, password = DEMO_PASSWORD) {
      await page.getByLabel('Nama pengguna').fill(username);
      await page.getByLabel('Kata sandi').fill(password);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    },
  };
}
