// The README's CDN snippet, tried without a network: the script-tag build served from a second local origin (the
// "CDN", with CORS as public npm CDNs send it), the school page on the first, under the policy the snippet documents.
// Every module is integrity-checked (the entry's attribute and the import map), the worker starts from a blob:
// copy of its integrity-checked bytes, and a file altered on the CDN is refused.
import { after, before, beforeEach, describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { createMockApi } from '../../demo/mock-api/handler.js';
import { cdnSnippet, pageModules } from '../../scripts/snippets.mjs';
import { buildScriptTag, close, launchChromium, listen, root, sendFile, settledSchoolPage, TYPES, watch } from './helpers/pages.js';

describe('the CDN snippet: the script-tag build from another origin', () => {
  let dist: string;
  let site: { server: Server; origin: string };
  let cdn: { server: Server; origin: string };
  let browser: Browser;
  let page: string;
  /** Files the "CDN" serves altered, as a compromised CDN would. */
  const tampered = new Map<string, string>();

  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'credential-elements-cdn-'));
    buildScriptTag(dist);
    cdn = await listen((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname.slice(1);
      const headers = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' };
      const altered = tampered.get(path);
      if (altered !== undefined) res.writeHead(200, { 'content-type': TYPES['.js']!, ...headers }).end(altered);
      else if (!sendFile(res, dist, path, headers)) res.writeHead(404, headers).end();
    });
    const snippet = cdnSnippet({ dir: dist, version: '0', base: `${cdn.origin}/` });
    // The school page, with the CDN snippet and its policy in place of the self-hosted ones.
    page = readFileSync(join(root, 'demo/school.html'), 'utf8')
      .replace(/content="default-src[^"]*"/, `content="${snippet.csp}"`)
      .replace(/<script type="module" src="\/cdn\/credential-elements\.js"><\/script>/, snippet.html);
    assert.ok(page.includes('type="importmap"') && page.includes(snippet.csp));
    const mock = createMockApi();
    site = await listen((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname.startsWith('/mock-api/')) {
        req.url = url.pathname.slice('/mock-api'.length) + url.search;
        void mock.handle(req, res);
      } else if (url.pathname === '/school.html') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': snippet.csp }).end(page);
      } else if (!sendFile(res, join(root, 'demo'), url.pathname, { 'content-security-policy': snippet.csp })) {
        res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
      }
    });
    assert.notEqual(new URL(site.origin).origin, new URL(cdn.origin).origin);
    browser = await launchChromium();
  });

  beforeEach(() => tampered.clear());

  after(async () => {
    await browser?.close();
    close(site?.server);
    close(cdn?.server);
    rmSync(dist, { recursive: true, force: true });
  });

  it('renders and verifies in a worker started from a blob: URL, every module integrity-checked, no violation', async () => {
    const tab = await browser.newPage();
    const watched = await watch(tab);
    await tab.goto(`${site.origin}/school.html`);
    const result = await settledSchoolPage(tab);
    assert.ok(result, 'the elements did not finish verifying within a minute');
    assert.deepEqual(await watched.violations(), []);
    assert.deepEqual(watched.problems, []);
    assert.equal(result.badge, 'verified');
    assert.equal(result.transcript, 'verified');
    assert.equal(result.verifyReady, true);
    const workers = tab.workers().map((worker) => worker.url());
    assert.ok(workers.length > 0 && workers.every((url) => url.startsWith(`blob:${site.origin}/`)), `workers: ${workers.join(', ')}`);
    // What came from the CDN: modules named in the import map, and the worker (fetched with its own hash).
    const listed = new Set(pageModules(dist).map((name) => `${cdn.origin}/${name}`));
    const fromCdn = watched.requested.filter((url) => url.startsWith(cdn.origin));
    assert.ok(fromCdn.length > 1);
    for (const url of fromCdn) assert.ok(listed.has(url) || /\/assets\/worker-[^/]+\.js$/.test(url), url);
    await tab.close();
  });

  it('refuses a module altered on the CDN: nothing runs', async () => {
    const chunk = readdirSync(dist).find((name) => /^credential-badge-.*\.js$/.test(name))!;
    tampered.set(chunk, `${readFileSync(join(dist, chunk), 'utf8')}\nglobalThis.pwned = true;`);
    const tab = await browser.newPage();
    const watched = await watch(tab);
    await tab.goto(`${site.origin}/school.html`, { waitUntil: 'networkidle0' });
    assert.equal(await tab.evaluate('globalThis.pwned === true'), false);
    assert.equal(await tab.evaluate("customElements.get('credential-badge') === undefined"), true);
    assert.ok(watched.problems.some((problem) => /integrity/i.test(problem)), watched.problems.join('\n'));
    await tab.close();
  });

  it('refuses a worker altered on the CDN, and verifies on the page instead', async () => {
    const worker = readdirSync(join(dist, 'assets')).find((name) => /^worker-.*\.js$/.test(name))!;
    tampered.set(`assets/${worker}`, `globalThis.pwned = true;\n${readFileSync(join(dist, 'assets', worker), 'utf8')}`);
    const tab = await browser.newPage();
    const watched = await watch(tab);
    await tab.goto(`${site.origin}/school.html`);
    const result = await settledSchoolPage(tab);
    assert.ok(result, 'the elements did not finish verifying within a minute');
    assert.equal(result.badge, 'verified');
    assert.equal(result.transcript, 'verified');
    assert.deepEqual(tab.workers(), []);
    assert.ok(watched.problems.some((problem) => /integrity/i.test(problem)), watched.problems.join('\n'));
    await tab.close();
  });
});
