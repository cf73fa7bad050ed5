// Keep and share under a school's strict policy: the script-tag build on a page with the school page's
// Content-Security-Policy (style-src 'self', img-src 'self' data:, Trusted Types), a built-in certificate and an
// ibl.ai template (remote-images="false", as that policy asks). Download PNG saves a PNG of the certificate's size
// drawn in the browser; Save as PDF prints one page of the certificate's proportions (Chromium's page.pdf); Share
// hands the credential's page to navigator.share. No policy violation, no uncaught error, nothing leaves the origin.
import { after, before, describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { MOCK_SECRETS } from '../../demo/mock-api/tokens.js';
import { selfHostedSnippet } from '../../scripts/snippets.mjs';
import { buildScriptTag, close, launchChromium, serveSchoolSite, watch } from './helpers/pages.js';

const MODERN = 'Fh8sW0bXyN3eUa5RkD7tQe';

const page = (csp: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Your certificates</title>
<script type="module" src="/cdn/credential-elements.js"></script>
<script type="module" src="/tokens.js"></script>
</head>
<body>
<main>
<h1>Your certificates</h1>
<credential-badge id="builtin" src="/mock-api/public/badges/2.json" layout="certificate"></credential-badge>
<credential-badge id="template" provider="ibl" api-base="/mock-api/ibl" org="riverside" user-id="maya.chen" credential-id="${MODERN}"
  layout="certificate" recipient-name="Maya Chen" remote-images="false"></credential-badge>
</main>
</body>
</html>`;

// Page-side code as strings: the page enforces Trusted Types, and the test runner's transform would add helpers.
const SHOWN = `(() => ['builtin', 'template'].every((id) => {
  const el = document.getElementById(id);
  const frame = el?.shadowRoot?.querySelector('.fit');
  return el?.state === 'ready' && el.verification !== 'pending' && !!frame?.style.getPropertyValue('--_sheet-height');
}))()`;

const size = (id: string) => `(() => {
  const frame = document.getElementById('${id}').shadowRoot.querySelector('.fit');
  return { width: parseFloat(frame.style.getPropertyValue('--_sheet-width')), height: parseFloat(frame.style.getPropertyValue('--_sheet-height')) };
})()`;

/** Draws the certificate of `id` in the page and reads its pixels there: its size and how varied it is. */
const drawn = (id: string) => `document.getElementById('${id}').certificatePng().then(async (blob) => {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  context.drawImage(bitmap, 0, 0);
  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const colours = new Set();
  for (let i = 0; i < data.length; i += 16) colours.add((data[i] >> 4) * 4096 + (data[i + 1] >> 4) * 256 + (data[i + 2] >> 4) * 16 + (data[i + 3] >> 4));
  return { type: blob.type, width: bitmap.width, height: bitmap.height, colours: colours.size };
})`;

async function until<T>(page: Page, expression: string, what: string): Promise<T> {
  for (let tries = 0; tries < 240; tries++) {
    const value = (await page.evaluate(expression)) as T;
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} within a minute`);
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('keep and share a certificate, under the school page’s policy', () => {
  let dist: string;
  let downloads: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  let csp: string;

  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'credential-elements-cdn-'));
    downloads = mkdtempSync(join(tmpdir(), 'credential-elements-downloads-'));
    buildScriptTag(dist);
    csp = selfHostedSnippet({ dir: dist, version: '0' }).csp;
    ({ server, origin } = await serveSchoolSite(dist, csp, (url, res, headers) => {
      if (url.pathname === '/certificates.html') res.writeHead(200, { 'content-type': 'text/html', ...headers }).end(page(csp));
      // Demo only: a real site points api-base at a proxy that adds the key.
      else if (url.pathname === '/tokens.js') res.writeHead(200, { 'content-type': 'text/javascript', ...headers }).end(`for (const el of document.querySelectorAll('credential-badge[provider]')) el.token = ${JSON.stringify(MOCK_SECRETS.iblKey)};`);
      else return false;
      return true;
    }));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    close(server);
    rmSync(dist, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  });

  it('downloads PNGs, prints one-page PDFs and shares, with no violation and nothing leaving the origin', async () => {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 375, height: 800 });
    const watched = await watch(tab);
    const cdp = await tab.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
    await tab.goto(`${origin}/certificates.html`);
    await until(tab, SHOWN, 'the certificates were not shown');

    // Download PNG: the button saves a file; the drawing is twice the certificate's own size, and not blank.
    for (const id of ['builtin', 'template']) {
      const own = (await tab.evaluate(size(id))) as { width: number; height: number };
      const picture = (await tab.evaluate(drawn(id))) as { type: string; width: number; height: number; colours: number };
      assert.deepEqual({ type: picture.type, width: picture.width, height: picture.height }, { type: 'image/png', width: own.width * 2, height: own.height * 2 }, id);
      assert.ok(picture.colours > 12, `${id}: ${picture.colours} colours`);
    }
    await tab.evaluate(`document.getElementById('builtin').shadowRoot.querySelector('button[data-action="png"]').click()`);
    let file: string | undefined;
    for (let tries = 0; tries < 120 && !file; tries++) {
      file = readdirSync(downloads).find((name) => name.endsWith('.png'));
      if (!file) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.ok(file, 'no PNG was downloaded');
    const own = (await tab.evaluate(size('builtin'))) as { width: number; height: number };
    assert.deepEqual(pngSize(readFileSync(join(downloads, file))), { width: own.width * 2, height: own.height * 2 });

    // Save as PDF: the certificate alone, on one page of its proportions.
    for (const id of ['builtin', 'template']) {
      const { width, height } = (await tab.evaluate(size(id))) as { width: number; height: number };
      assert.equal(await tab.evaluate(`window.print = () => undefined; document.getElementById('${id}').printCertificate()`), true);
      const pdf = Buffer.from(await tab.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      await tab.evaluate(`window.dispatchEvent(new Event('afterprint'))`);
      assert.equal(pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length, 1, `${id}: one page`);
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
      assert.ok(box, `${id}: a page size`);
      assert.ok(Math.abs(Number(box[1]) / Number(box[2]) - width / height) < 0.01, `${id}: page ${box[1]}×${box[2]} pt, certificate ${width}×${height} px`);
      assert.ok(Math.abs(Number(box[1]) - width * 0.75) < 1, `${id}: the page is the certificate's width`);
    }

    // Share: the credential's page and name go to the share sheet.
    const shared = await tab.evaluate(`(async () => {
      const calls = [];
      Object.defineProperty(navigator, 'share', { configurable: true, value: async (data) => void calls.push(data) });
      const el = document.getElementById('builtin');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      el.shadowRoot.querySelector('button[data-action="share"]').click();
      for (let i = 0; i < 100 && !calls.length; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      return { calls, url: el.pageUrl };
    })()`) as { calls: Array<{ url: string; title: string }>; url: string };
    assert.equal(shared.calls.length, 1);
    assert.equal(shared.calls[0]!.url, shared.url);
    assert.match(shared.calls[0]!.title, /\S/);

    assert.deepEqual(await watched.violations(), []);
    assert.deepEqual(watched.problems, []);
    assert.deepEqual(watched.requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')), []);
  });
});
