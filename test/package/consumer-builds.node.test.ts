// The package in every app, tried as a web developer would: `npm pack`, installed into a throwaway app
// (test/package/app), built for production by Vite, esbuild, Rollup and webpack, each build loaded in Chromium:
// the elements of each entry are defined and verify an inline credential this test signs. Also: every entry imports
// in Node (server rendering), React 19 and React 18 code type-checks against the declarations with
// `skipLibCheck: false` (and a wrong attribute value does not), the React 18 wrappers render, and the tarball ships
// what consumers need and nothing that runs at install. One temporary folder per run; see helpers/packed.ts.
import { after, before, describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { close, launchChromium, listen, sendFile, watch } from '../e2e/helpers/pages.js';
import { clrCredential, ed25519Issuer, openBadge, signEddsaRdfc2022 } from '../verify/helpers/signing.js';
import { ENTRIES } from './helpers/build-app.mjs';
import { buildAndPack, installApp, root } from './helpers/packed.js';
import { readmeExamples } from './helpers/readme.js';

const ALL = ['credential-badge', 'clr-transcript', 'credential-verify'];
/** The elements each page shows (and so defines): all three for the main entry, one for each element's entry. */
const SHOWN: Record<string, string[]> = { main: ALL, 'credential-badge': ['credential-badge'], 'clr-transcript': ['clr-transcript'], 'credential-verify': ['credential-verify'] };
/** Bundlers that turn `new URL('…', import.meta.url)` into a file of the build, so the worker ships with the app. */
const COPIES_WORKER = new Set(['vite', 'webpack']);
const tsc = join(root, 'node_modules/typescript/bin/tsc');

type Report = { defined: string[]; verification: Record<string, string | null>; litCopies: number; layout?: string; events?: string[] };

describe('the packed package in throwaway apps', { timeout: 900_000 }, () => {
  let work: string;
  let tarball: string;
  let app: string;
  let credentials: string;
  let browser: Browser;
  const timings: string[] = [];
  const timed = <T>(label: string, body: () => T): T => {
    const start = Date.now();
    try {
      return body();
    } finally {
      timings.push(`${label} ${((Date.now() - start) / 1000).toFixed(1)} s`);
    }
  };

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'credential-elements-consumers-'));
    tarball = timed('build and pack', () => buildAndPack(work));
    app = timed('install the app', () => installApp(work, tarball));
    const issuer = await ed25519Issuer();
    const badge = await signEddsaRdfc2022(openBadge(issuer), issuer);
    const clr = await signEddsaRdfc2022(clrCredential(issuer, [await signEddsaRdfc2022(openBadge(issuer), issuer)]), issuer);
    credentials = JSON.stringify({ badge, clr });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (timings.length) console.log(`consumer builds: ${timings.join(', ')}`);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Serves a build (and the signed credentials beside it), loads `page`, and waits for every shown element to verify. */
  async function load(out: string, page: string, shown: string[]) {
    const { server, origin } = await listen((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path.endsWith('/credentials.json')) res.writeHead(200, { 'content-type': 'application/json' }).end(credentials);
      else if (!sendFile(res, out, path.slice(1))) res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    });
    const tab = await browser.newPage();
    try {
      const watched = await watch(tab);
      await tab.goto(`${origin}/${page}.html`);
      let report: Report | undefined;
      for (let tries = 0; tries < 240; tries++) {
        report = (await tab.evaluate('window.report?.()')) as Report | undefined;
        if (report && shown.every((tag) => ['verified', 'warning', 'failed'].includes(report!.verification[tag] ?? ''))) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return { report: report!, problems: watched.problems, workers: tab.workers().map((worker) => worker.url()) };
    } finally {
      await tab.close();
      close(server as Server);
    }
  }

  for (const bundler of ['vite', 'esbuild', 'rollup', 'webpack']) {
    it(`${bundler}: a production build of each entry defines its elements, which verify an inline credential`, async () => {
      const out = join(work, `out-${bundler}`);
      timed(bundler, () =>
        execFileSync(process.execPath, [join(root, 'test/package/helpers/build-app.mjs'), bundler, app, out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } }),
      );
      for (const entry of ENTRIES) {
        const { report, problems, workers } = await load(out, entry, SHOWN[entry]!);
        assert.ok(report, `${bundler} ${entry}: the page did not run`);
        assert.deepEqual(report.defined, SHOWN[entry], `${bundler} ${entry}: defined elements`);
        for (const tag of SHOWN[entry]!) assert.equal(report.verification[tag], 'verified', `${bundler} ${entry}: <${tag}>`);
        // One Lit for the app and the elements (the main page defines an element of its own with Lit).
        assert.equal(report.litCopies, 1, `${bundler} ${entry}: copies of Lit`);
        if (COPIES_WORKER.has(bundler)) {
          assert.ok(workers.length > 0, `${bundler} ${entry}: no verifier worker`);
          assert.deepEqual(problems, [], `${bundler} ${entry}`);
        } else {
          // esbuild and Rollup leave the worker file behind: verification runs on the page (README: "Use it with a bundler").
          assert.deepEqual(problems.filter((problem) => !/Failed to load resource/.test(problem)), [], `${bundler} ${entry}`);
        }
      }
    });
  }

  it('React 18: the @lit/react wrappers set properties and deliver events', async () => {
    const { report, problems } = await load(join(work, 'out-vite'), 'react', ['credential-badge']);
    assert.deepEqual(problems, []);
    assert.deepEqual(report.defined, ALL);
    assert.equal(report.layout, 'card');
    assert.equal(report.verification['credential-badge'], 'verified');
    assert.deepEqual(report.events, ['verified']);
  });

  it('every entry imports in Node, as a server-rendered page (Next.js, Astro, SvelteKit, Nuxt) does', () => {
    const exports = JSON.parse(readFileSync(join(app, 'node_modules/credential-elements/package.json'), 'utf8')).exports as Record<string, unknown>;
    const entries = Object.entries(exports)
      .filter(([subpath, target]) => typeof target === 'object' && target !== null && 'default' in target && !subpath.includes('*'))
      .map(([subpath]) => `credential-elements${subpath.slice(1)}`);
    assert.ok(entries.length >= 7, entries.join(', '));
    for (const entry of entries) {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(entry)});`], { cwd: app, encoding: 'utf8' });
      assert.equal(result.status, 0, `${entry}: ${result.stderr}`);
    }
  });

  it("type-checks React 19 and 18, Preact, Solid, Vue and Svelte code and the README's examples with skipLibCheck: false; layout=\"poster\" fails in each", () => {
    const examples = readmeExamples(readFileSync(join(root, 'README.md'), 'utf8'));
    assert.ok(examples.length >= 3, 'README: one compiled example per section (Use it with a bundler, React / Vue / Svelte / Angular, Server-side rendering frameworks)');
    const files = ['types/react19.tsx', 'types/react18.tsx', 'types/entries.ts', 'types/preact.tsx', 'types/solid.tsx', 'types/vue.ts', 'types/svelte.ts'];
    examples.forEach((example, index) => {
      writeFileSync(join(app, 'types', `readme-${index}.${example.lang}`), example.code);
      files.push(`types/readme-${index}.${example.lang}`);
    });
    const check = (name: string, included: string[]) => {
      writeFileSync(
        join(app, name),
        JSON.stringify({
          compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', strict: true, skipLibCheck: false, noEmit: true, lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] },
          files: included,
        }),
      );
      return spawnSync(process.execPath, [tsc, '-p', name], { cwd: app, encoding: 'utf8' });
    };
    const good = timed('type-check', () => check('tsconfig.json', files));
    assert.equal(good.status, 0, good.stdout + good.stderr);
    const posters = ['types/poster.tsx', 'types/poster-preact.tsx', 'types/poster-solid.tsx', 'types/poster-vue.ts', 'types/poster-svelte.ts'];
    const poster = check('tsconfig.poster.json', posters);
    assert.notEqual(poster.status, 0);
    // One error per file, on the attribute: BadgeLayout is 'badge' | 'card' | 'certificate'.
    const errors = poster.stdout.trim().split('\n');
    assert.deepEqual(errors.map((line) => line.replace(/\(\d+,\d+\).*/, '')).sort(), [...posters].sort(), poster.stdout);
    for (const line of errors) assert.match(line, /: error TS2322: Type '"poster"' is not assignable to type 'BadgeLayout \| undefined'\.$/);
  });

  it('the tarball ships what consumers need, source maps of shipped code only, and nothing that runs at install', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((path) => path.replace(/^package\//, ''));
    const files = new Set(listing);
    for (const needed of ['package.json', 'README.md', 'custom-elements.json', 'dist/credential-elements.js', 'dist/types/index.d.ts', 'dist/react.js', 'dist/cli.js', 'cdn/credential-elements.js', 'cdn/snippet.html', 'frameworks/react.d.ts', 'editors/web-types.json', 'bin/credential-verify.mjs']) {
      assert.ok(files.has(needed), needed);
    }
    assert.deepEqual(listing.filter((path) => /^(src|scripts|test|demo|bench|patches|node_modules)\//.test(path)), []);
    for (const map of listing.filter((path) => path.endsWith('.map'))) assert.ok(files.has(map.slice(0, -'.map'.length)), `${map} maps no shipped file`);
    assert.deepEqual(listing.filter((path) => path.startsWith('cdn/') && path.endsWith('.map')), []);
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/credential-elements/package.json'), 'utf8'));
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish', 'preprepare', 'postprepare']) assert.equal(manifest.scripts?.[script], undefined, script);
  });
});
