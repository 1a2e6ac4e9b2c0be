import assert from 'node:assert/strict';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** A fresh context (no cookies, no storage) per journey. CSP is bypassed only so axe can be injected. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, bypassCSP: true, locale: 'id-ID' });
  return context.newPage();
}

type Violation = { id: string; impact: string | null; help: string; targets: string[] };
type AxeWindow = {
  axe: {
    run: () => Promise<{
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }>;
  };
};

/** Runs axe on the page as it is now and fails on any serious or critical violation. */
export async function assertAccessible(page: Page, where: string): Promise<void> {
  await page.addScriptTag({ content: axe.source });
  const violations: Violation[] = await page.evaluate(async () => {
    const result = await (window as unknown as AxeWindow).axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(severe, [], `${where}: axe found serious violations:\n${JSON.stringify(severe, null, 2)}`);
}

/** Width of the page's content: more than the viewport means the whole page scrolls sideways. */
export function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

export async function screenshot(page: Page, path: string | undefined): Promise<void> {
  if (path) await page.screenshot({ path, fullPage: true });
}

/**
 * Fails when the whole page still scrolls sideways at the current viewport width once the layout has
 * settled (parts sized by script, such as maps, follow a resize a few frames later).
 */
export async function assertNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  const settled = await page
    .waitForFunction((w) => document.documentElement.scrollWidth <= w, width, { timeout: 3_000 })
    .then(() => true)
    .catch(() => false);
  assert.ok(settled, `${where} scrolls sideways at ${width} px (content ${await pageScrollWidth(page)} px wide)`);
}
