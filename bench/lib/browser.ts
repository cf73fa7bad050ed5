/** Headless Chromium for the benchmark, and a page in a fresh browser context: no HTTP cache, storage or worker from an earlier run. */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChrome, installHint } from '../../scripts/find-chrome.mjs';

export async function launch(): Promise<Browser> {
  const chrome = findChrome();
  if (!chrome) throw new Error(installHint);
  return puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Opens `url` in a fresh browser context, waits until the page sets `window[done]`, runs `after`
 * with the page, and returns the value. The context is closed afterwards, whatever happens.
 */
export async function runFresh<T>(browser: Browser, url: string, done: string, options: { timeoutMs?: number; before?: (page: Page) => Promise<void>; after?: (page: Page) => Promise<void> } = {}): Promise<T> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await options.before?.(page);
    await page.goto(url);
    const handle = await page.waitForFunction((name) => (window as unknown as Record<string, unknown>)[name], { timeout: options.timeoutMs ?? 120_000, polling: 50 }, done);
    const value = (await handle.jsonValue()) as T;
    await options.after?.(page);
    return value;
  } finally {
    await context.close();
  }
}
