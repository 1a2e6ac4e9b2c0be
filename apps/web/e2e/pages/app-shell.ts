import type { Page } from 'playwright-core';

/** The signed-in frame: header, navigation, language switch. */
export function appShell(page: Page) {
  const nav = page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ });
  return {
    nav,
    navLink(name: string) {
      return nav.getByRole('link', { name, exact: true });
    },
    async openSection(name: string) {
      const menu = page.getByRole('button', { name: /^(Menu|Tutup|Close)$/ });
      if (await menu.isVisible()) await menu.click();
      await this.navLink(name).click();
    },
    async switchLanguage(language: 'Bahasa Indonesia' | 'English') {
      await page
        .getByRole('group', { name: /Bahasa|Language/ })
        .getByRole('button', { name: language })
        .click();
    },
    mainHeading() {
      return page.getByRole('main').getByRole('heading', { level: 1 });
    },
  };
}
