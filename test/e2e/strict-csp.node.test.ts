// The script-tag build (cdn/), self-hosted on the "school website" page under its strict Content-Security-Policy
// with Trusted Types enforced: the elements render real data from the mock APIs, verify it (in the worker), and
// the browser reports no policy violation and no uncaught error.
import { after, before, describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { selfHostedSnippet } from '../../scripts/snippets.mjs';
import { buildScriptTag, close, launchChromium, root, sendFile, serveSchoolSite, settledSchoolPage, watch } from './helpers/pages.js';

describe('the script-tag build, self-hosted on a strict-CSP page', () => {
  let dist: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let csp: string;

  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'credential-elements-cdn-'));
    buildScriptTag(dist);
    // The documented policy for this snippet (it adds img-src data: for the badge images credentials embed).
    csp = selfHostedSnippet({ dir: dist, version: '0' }).csp;
    ({ server, origin } = await serveSchoolSite(dist, csp, (url, res, headers) => sendFile(res, join(root, 'demo'), url.pathname, headers)));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    close(server);
    rmSync(dist, { recursive: true, force: true });
  });

  it('renders and verifies with no violation and no uncaught error', async () => {
    const page = await browser.newPage();
    const watched = await watch(page);
    await page.goto(`${origin}/school.html`);
    const result = await settledSchoolPage(page);
    assert.ok(result, 'the elements did not finish verifying within a minute');
    assert.deepEqual(await watched.violations(), []);
    assert.deepEqual(watched.problems, []);
    assert.equal(result.badge, 'verified');
    assert.equal(result.transcript, 'verified');
    assert.match(String(result.badgeText), /Riverside/);
    assert.equal(result.verifyReady, true);
    // Nothing left the page's origin: contexts are bundled, did:key needs no lookup.
    assert.deepEqual(watched.requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')), []);
    // The verification ran in the worker, started from its own same-origin file, which the page's policy allows.
    const workers = page.workers().map((worker) => worker.url());
    assert.ok(workers.some((url) => /\/cdn\/assets\/worker-.*\.js$/.test(url)), `workers: ${workers.join(', ')}`);
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

  it('ships the worker as one file: nothing it would load relative to itself, which a blob: copy of it could not', () => {
    const [worker] = readdirSync(join(dist, 'assets')).filter((name) => /^worker-.*\.js$/.test(name));
    assert.deepEqual(readdirSync(join(dist, 'assets')), [worker]);
    assert.doesNotMatch(readFileSync(join(dist, 'assets', worker!), 'utf8'), /\bimport\s*\(|\bimport\s*["'{*]|\bimportScripts\(/);
  });

  it('loads on a server without a DOM (SSR frameworks import it in Node): each entry defines nothing and starts nothing', async () => {
    const realFetch = globalThis.fetch;
    let fetched = 0;
    globalThis.fetch = (...args) => (fetched++, realFetch(...args));
    try {
      for (const entry of ['credential-elements.js', 'credential-badge.js', 'clr-transcript.js', 'credential-verify.js', 'credential-gallery.js']) {
        const module = (await import(pathToFileURL(join(dist, entry)).href)) as { loadElements?: () => Promise<void> };
        assert.equal(typeof module.loadElements, 'function', entry);
      }
    } finally {
      globalThis.fetch = realFetch;
    }
    assert.equal(fetched, 0);
    assert.equal(typeof (globalThis as { customElements?: unknown }).customElements, 'undefined');
  });

  it("matches the README's script tag: its Subresource Integrity hash is this build's", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const documented = /<script type="module" src="\/credential-elements\/credential-elements\.js"\s+integrity="(sha384-[^"]+)"/.exec(readme)?.[1];
    assert.equal(documented, /integrity="(sha384-[^"]+)"/.exec(selfHostedSnippet({ dir: dist, version: '0' }).html)?.[1], 'README.md: update the script tag with `npm run build && npm run sri`');
  });
});
