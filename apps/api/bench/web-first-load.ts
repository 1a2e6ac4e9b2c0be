// The web app's first load: how much JavaScript and CSS the shell needs before anything shows, and how long a
// phone on an emulated slow 3G link waits for a usable sign-in page and a usable assignment list.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';

/** Chrome DevTools' "Slow 3G" preset: 2 s round trips, about 400 kbit/s each way. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

type Asset = { file: string; bytes: number; gzip: number; brotli: number };
type Usable = { ms: number; transferred: number };

/** The scripts, module preloads and stylesheets index.html asks for before the first screen. */
export function shellAssets(distDir: string): Asset[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return [...new Set(refs)].map((ref) => {
    const bytes = readFileSync(path.join(distDir, ref));
    return { file: ref, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
  });
}

/** Chromium sends its usual Accept-Encoding, so the server's pre-compressed files count as they would on a phone. */
async function timeToUsable(page: Page, url: string, usable: (page: Page) => Promise<unknown>): Promise<Usable> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  let transferred = 0;
  cdp.on('Network.loadingFinished', (event) => {
    transferred += event.encodedDataLength;
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 300_000 });
  await usable(page);
  return { ms: performance.now() - started, transferred };
}

export async function benchWebFirstLoad(opts: { url: string; cookie: string; distDir: string }): Promise<string> {
  const assets = shellAssets(opts.distDir);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const sum = (pick: (a: Asset) => number, ext: string) => assets.filter((a) => a.file.endsWith(ext)).reduce((s, a) => s + pick(a), 0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const phone = { viewport: { width: 360, height: 740 }, locale: 'id-ID' };
    const signInPage = await (await browser.newContext(phone)).newPage();
    const signIn = await timeToUsable(signInPage, `${opts.url}/login`, (p) => p.getByRole('button', { name: 'Masuk' }).waitFor({ timeout: 300_000 }));
    const signedIn = await browser.newContext(phone);
    const [name = '', value = ''] = opts.cookie.split('=');
    await signedIn.addCookies([{ name, value, url: opts.url }]);
    const listPage = await signedIn.newPage();
    const list = await timeToUsable(listPage, `${opts.url}/assignments`, (p) =>
      p.getByRole('main').getByRole('heading', { level: 1 }).waitFor({ timeout: 300_000 }),
    );
    return [
      `Web app first load (index.html's ${assets.length} scripts and stylesheets; aim ≤ 200 KB gzip):`,
      `  JavaScript ${kb(sum((a) => a.bytes, '.js'))} raw, ${kb(sum((a) => a.gzip, '.js'))} gzip; CSS ${kb(sum((a) => a.bytes, '.css'))} raw, ${kb(sum((a) => a.gzip, '.css'))} gzip`,
      `  total ${kb(sum((a) => a.gzip, '.js') + sum((a) => a.gzip, '.css'))} gzip, ${kb(sum((a) => a.brotli, '.js') + sum((a) => a.brotli, '.css'))} brotli (the server sends the build's pre-compressed files)`,
      `Emulated slow 3G (2 s round trips, 400 kbit/s), cold cache, Debian's chromium at 360 px:`,
      `  usable sign-in page ${(signIn.ms / 1000).toFixed(1)} s (${kb(signIn.transferred)} transferred); usable assignment list (signed in) ${(list.ms / 1000).toFixed(1)} s (${kb(list.transferred)} transferred)`,
    ].join('\n');
  } finally {
    await browser.close();
  }
}
