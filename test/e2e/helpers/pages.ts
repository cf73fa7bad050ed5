// Shared by the end-to-end tests: the script-tag build, a static server, Chromium, and waiting for the school page's
// elements to settle (polled with page.evaluate: puppeteer's waitForFunction injects code that a page enforcing
// Trusted Types refuses).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createMockApi } from '../../../demo/mock-api/handler.js';
import { findChrome } from '../../../scripts/find-chrome.mjs';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

export const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/** The script-tag build into `outDir`, in production mode whatever the test runner's NODE_ENV (Lit's dev build otherwise). */
export function buildScriptTag(outDir: string): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cdn.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** Sends the file under `dir` that `path` names (never outside it); false when there is none. */
export function sendFile(res: ServerResponse, dir: string, path: string, headers: Record<string, string> = {}): boolean {
  const file = normalize(join(dir, decodeURIComponent(path)));
  if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep) || !existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
  createReadStream(file).pipe(res);
  return true;
}

export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void, host = '127.0.0.1'): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, origin: `http://${host}:${(server.address() as AddressInfo).port}` };
}

/**
 * A school's site for the script-tag build: every answer carries the page's policy as a header, as a school's
 * server would send it; `/mock-api/` is the mock APIs, `/cdn/` the build in `dist`, and `route` answers the rest
 * (returning false for a 404).
 */
export function serveSchoolSite(dist: string, csp: string, route: (url: URL, res: ServerResponse, headers: Record<string, string>) => boolean): Promise<{ server: Server; origin: string }> {
  const mock = createMockApi();
  return listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = { 'content-security-policy': csp };
    if (url.pathname.startsWith('/mock-api/')) {
      req.url = url.pathname.slice('/mock-api'.length) + url.search;
      void mock.handle(req, res);
      return;
    }
    const served = url.pathname.startsWith('/cdn/') ? sendFile(res, dist, url.pathname.slice('/cdn/'.length), headers) : route(url, res, headers);
    if (!served) res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
  });
}

export function close(server: Server | undefined): void {
  server?.closeAllConnections();
  server?.close();
}

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Records the page's policy violations, uncaught errors, console errors and requests. */
export async function watch(page: Page): Promise<{ problems: string[]; requested: string[]; violations: () => Promise<string[]> }> {
  const problems: string[] = [];
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => problems.push(`uncaught: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(`document.addEventListener('securitypolicyviolation', (event) => {
    (window.violations ??= []).push(event.violatedDirective + ' ' + event.blockedURI);
  });`);
  return { problems, requested, violations: async () => (await page.evaluate('window.violations ?? []')) as string[] };
}

// Page-side code as a string: the test runner's TypeScript transform would add helpers the page doesn't have.
const SETTLED = `(() => {
  const badge = document.querySelector('credential-badge');
  const transcript = document.querySelector('clr-transcript');
  const settled = (el) => !!el && ['verified', 'warning', 'failed'].includes(el.getAttribute('verification') ?? '');
  if (!settled(badge) || !settled(transcript)) return undefined;
  return {
    badge: badge.getAttribute('verification'),
    transcript: transcript.getAttribute('verification'),
    badgeText: badge.shadowRoot.textContent,
    verifyReady: !!document.querySelector('credential-verify')?.shadowRoot?.childElementCount,
  };
})()`;

/** The school page's badge and transcript once both have a verification outcome (undefined after a minute). */
export async function settledSchoolPage(page: Page): Promise<Record<string, unknown> | undefined> {
  let result: Record<string, unknown> | undefined;
  for (let tries = 0; tries < 240 && !result; tries++) {
    result = (await page.evaluate(SETTLED)) as Record<string, unknown> | undefined;
    if (!result) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return result;
}
