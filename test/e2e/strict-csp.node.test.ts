// The built script-tag bundle on the "school website" page, under its strict Content-Security-Policy with Trusted
// Types enforced: the elements render real data from the mock APIs, verify it (in the worker), and the browser
// reports no policy violation and no uncaught error.
import { after, before, describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { createMockApi } from '../../demo/mock-api/handler.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The policy, plus img-src for the badge images the credentials embed as data: URIs (as documented).
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html credential-elements";
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
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

describe('the built bundle on a strict-CSP page', () => {
  let dist: string;
  let server: Server;
  let origin: string;
  let browser: Browser;

  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'credential-elements-dist-'));
    // The production build, as `npm run build` makes it (the test runner's NODE_ENV=test would select Lit's dev build).
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const mock = createMockApi();
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      if (url.pathname.startsWith('/mock-api/')) {
        req.url = url.pathname.slice('/mock-api'.length) + url.search;
        void mock.handle(req, res);
        return;
      }
      const file = url.pathname.startsWith('/dist/') ? normalize(join(dist, url.pathname.slice('/dist/'.length))) : normalize(join(root, 'demo', url.pathname));
      if (!(file.startsWith(dist) || file.startsWith(join(root, 'demo'))) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end();
        return;
      }
      // The policy is sent as a header too, as a school's server would.
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({
      executablePath: findChrome(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('renders and verifies with no violation and no uncaught error', async () => {
    const page = await browser.newPage();
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
    await page.goto(`${origin}/school.html`);
    // Polled with page.evaluate: puppeteer's waitForFunction injects code that this page's Trusted Types refuse.
    let result: Record<string, unknown> | undefined;
    for (let tries = 0; tries < 240 && !result; tries++) {
      result = (await page.evaluate(SETTLED)) as Record<string, unknown> | undefined;
      if (!result) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.ok(result, 'the elements did not finish verifying within a minute');
    const violations = await page.evaluate('window.violations ?? []');
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    assert.equal(result.badge, 'verified');
    assert.equal(result.transcript, 'verified');
    assert.match(String(result.badgeText), /Riverside/);
    assert.equal(result.verifyReady, true);
    // Nothing left the page's origin: contexts are bundled, did:key needs no lookup.
    assert.deepEqual(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')), []);
    // The verification ran in the worker, which the page's policy let start.
    const workers = page.workers().map((worker) => worker.url());
    assert.ok(workers.some((url) => /\/dist\/assets\/worker-.*\.js$/.test(url)), `workers: ${workers.join(', ')}`);
  });

  it('ships an engine with no Node built-ins and no code generation', () => {
    const engine = [join(dist, 'verify.js'), ...readdirSync(join(dist, 'assets')).filter((name) => /^worker-.*\.js$/.test(name)).map((name) => join(dist, 'assets', name))];
    assert.equal(engine.length, 2);
    for (const file of engine) {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /from\s*["']node:|require\(["'](?:node:)?(?:crypto|fs|http|https|path|zlib)["']\)/, file);
      // A strict CSP (no 'unsafe-eval') must be enough: no eval, no new Function.
      assert.doesNotMatch(code, /\beval\(|new Function\(/, file);
    }
  });

  it("matches the README's script tag: its Subresource Integrity hash is this build's", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const documented = /integrity="(sha384-[^"]+)"/.exec(readme)?.[1];
    const built = `sha384-${createHash('sha384').update(readFileSync(join(dist, 'credential-elements.js'))).digest('base64')}`;
    assert.equal(documented, built, 'README.md: update the script tag with `npm run build && npm run sri`');
  });
});
