// `node demo/screenshots.mjs [page…]`: regenerates docs/screenshots/ from the demo pages, as a visitor sees them,
// at 1280 and 375 px wide, in the light and the dark colour scheme. Builds the script-tag bundle first (the school
// page loads it), serves the repository with Vite's dev server (the mock APIs included), drives Debian Chromium
// with puppeteer-core, waits until every element on a page has loaded and verified, and writes one PNG per page,
// width and scheme: docs/screenshots/<page>-<width>-<scheme>.png.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChrome, installHint } from '../scripts/find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const PAGES = ['index', 'credential-badge', 'certificate', 'clr-transcript', 'credential-verify', 'credential-gallery', 'gallery', 'school'];
const WIDTHS = [1280, 375];
const SCHEMES = ['light', 'dark'];

// In the page: every element has finished (loaded or failed, verified or not), apart from those shown loading on purpose.
const SETTLED = `(() => [...document.querySelectorAll('credential-badge, clr-transcript, credential-verify, credential-gallery')]
  .filter((el) => el.id !== 'never' && el.dataset.state !== 'loading')
  .every((el) => el.state !== 'loading' && el.verification !== 'pending'))()`;

const chrome = findChrome();
if (!chrome) throw new Error(installHint);
const pages = process.argv.slice(2).length ? process.argv.slice(2) : PAGES;

if (pages.includes('school')) {
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await createServer({ root, logLevel: 'warn', server: { port: 5190, strictPort: false, open: false, hmr: false } });
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars'],
});
mkdirSync(out, { recursive: true });

try {
  for (const name of pages) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(`${origin}/demo/${name}.html`, { waitUntil: 'load' });
        // Polled with evaluate: the school page's Trusted Types refuse puppeteer's injected waitForFunction.
        let settled = false;
        for (let tries = 0; tries < 240 && !settled; tries++) {
          settled = await page.evaluate(SETTLED);
          if (!settled) await new Promise((resolve) => setTimeout(resolve, 250));
        }
        // The whole page in the viewport: rows with content-visibility: auto are painted only on screen.
        const height = await page.evaluate('document.documentElement.scrollHeight');
        await page.setViewport({ width, height: Math.min(height, 16000), deviceScaleFactor: 1 });
        // Images and fonts, then one more frame.
        await page.evaluate('document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 250))))');
        const file = `${out}${name}-${width}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true, captureBeyondViewport: false });
        console.log(`${settled ? 'wrote' : 'wrote (not settled after a minute)'} ${file.slice(root.length)}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
