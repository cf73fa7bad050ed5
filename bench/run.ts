/**
 * `npm run bench`: builds the project and the plain-stack baseline, then measures both in headless Chromium in one
 * run — bundle bytes, verification time cold and warm, main-thread blocking, and a page of 100 badges — and prints a
 * table with the ratios; then each class of hostile input, in Node (time, peak memory) and in the worker (time).
 * Writes bench/results.json. Figures, not assertions: nothing here fails on a number. BENCH_DOCS=ob,clr-10,badges,gallery,hostile
 * picks sections.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChrome, installHint } from '../scripts/find-chrome.mjs';
import { writeDocuments } from './documents.js';
import { hostileTable, measureChromium, measureNode, writeHostile, type HostileRow, type NodeRun } from './hostile.js';
import { proxyBench } from './proxy.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function step(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

// ---- build -------------------------------------------------------------------------------------------------
function build() {
  step('building the project and the baseline');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/baseline/vite.config.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

// ---- sizes -------------------------------------------------------------------------------------------------
interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizeOf(files: string[]): Size {
  const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

/** A built file and every chunk it imports statically (what loads before any lazy import()). */
function staticClosure(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'](\.\.?\/[^"']+)["']/g)].map((match) => match[1]);
  return [file, ...imports.flatMap((specifier) => staticClosure(normalize(join(file, '..', specifier)), seen))];
}

function sizes() {
  const dist = join(root, 'cdn'); // the script-tag build: what a school's page loads
  const entry = (name: string) => join(dist, name);
  const worker = readdirSync(join(dist, 'assets')).find((name) => /^worker-.*\.js$/.test(name));
  const table: Record<string, Size> = {};
  const add = (label: string, files: string[]) => {
    if (files.every((file) => existsSync(file))) table[label] = sizeOf(files);
  };
  add('script-tag bundle (credential-elements.js, before lazy chunks)', staticClosure(entry('credential-elements.js')));
  add('render-only <credential-badge> (credential-badge.js)', existsSync(entry('credential-badge.js')) ? staticClosure(entry('credential-badge.js')) : [entry('credential-badge.js')]);
  if (worker) add('everything to verify (worker: JSON-LD, JWT, contexts, schemas)', staticClosure(join(dist, 'assets', worker)));
  add('engine alone (verify.js)', staticClosure(entry('verify.js')));
  add('baseline: plain stack (baseline.js)', staticClosure(join(root, 'bench/dist-baseline/baseline.js')));
  return table;
}

// ---- server ------------------------------------------------------------------------------------------------
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css' };

async function startServer() {
  let mock: ((req: IncomingMessage, res: ServerResponse) => unknown) | undefined;
  try {
    const { createMockApi } = await import('../demo/mock-api/handler.js');
    const { mockData } = await import('../demo/mock-api/data/index.js');
    await mockData();
    const api = createMockApi();
    mock = (req, res) => {
      req.url = (req.url ?? '/').slice('/mock-api'.length) || '/';
      return api.handle(req, res);
    };
  } catch (error) {
    step(`mock APIs unavailable (${(error as Error).message}); the 100-badge page is skipped`);
  }
  const inFlight = { now: 0, max: 0 };
  const track = (res: ServerResponse) => {
    inFlight.now++;
    inFlight.max = Math.max(inFlight.max, inFlight.now);
    res.on('close', () => inFlight.now--);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The badge page's credentials, served as a credential host would (counted with the mock APIs' requests).
    const badge = /^\/mock-api\/badges\/(\d+)\.json$/.exec(url.pathname);
    if (badge) {
      track(res);
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      createReadStream(join(root, 'bench/.data/badges', `${badge[1]}.json`)).pipe(res);
      return;
    }
    if (url.pathname.startsWith('/mock-api/') && mock) {
      track(res);
      void mock(req, res);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile() || file.includes(`${sep}node_modules${sep}`)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, inFlight };
}

// ---- measurements --------------------------------------------------------------------------------------------
interface Run {
  ms: number;
  firstResultMs: number;
  longestTaskMs: number;
  totalBlockingMs: number;
  verified: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function medianRun(runs: Run[]): Run {
  return {
    ms: median(runs.map((run) => run.ms)),
    firstResultMs: median(runs.map((run) => run.firstResultMs)),
    longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs)),
    totalBlockingMs: median(runs.map((run) => run.totalBlockingMs)),
    verified: runs.every((run) => run.verified),
  };
}

async function measurePage(browser: Browser, url: string): Promise<{ cold: Run; warm: Run }> {
  const colds: Run[] = [];
  const warms: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // A fresh browser context per round: nothing cached, so "cold" includes loading every chunk.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(url);
    colds.push((await page.waitForFunction(() => (window as any).benchCold, { timeout: 120_000 }).then((handle) => handle.jsonValue())) as Run);
    for (let warm = 1; warm <= 2; warm++) warms.push((await page.evaluate((n) => (window as any).benchWarm(n), warm)) as Run);
    await context.close();
  }
  return { cold: medianRun(colds), warm: medianRun(warms.filter((_, index) => index % 2 === 1)) };
}

async function measureBadges(browser: Browser, origin: string, inFlight: { max: number }) {
  const page = await (await browser.createBrowserContext()).newPage();
  inFlight.max = 0;
  await page.goto(`${origin}/bench/pages/badges.html`);
  const result = (await page.waitForFunction(() => (window as any).badgesDone, { timeout: 60_000 }).then((handle) => handle.jsonValue())) as Record<string, number>;
  return { ...result, maxInFlight: inFlight.max };
}

/**
 * The 100-badge page as one <credential-gallery>, against the 100 separate badges, each in fresh contexts, ROUNDS
 * times (medians); and a thousand credentials in one gallery, scrolled to the end, for its longest main-thread task.
 */
async function measureGallery(browser: Browser, origin: string, inFlight: { max: number }) {
  const run = async (path: string, done: string): Promise<Record<string, number>> => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    inFlight.max = 0;
    await page.goto(`${origin}${path}`);
    const result = (await page.waitForFunction((name) => (window as any)[name], { timeout: 120_000 }, done).then((handle) => handle.jsonValue())) as Record<string, number>;
    await context.close();
    return { ...result, maxInFlight: inFlight.max };
  };
  const badges: Array<Record<string, number>> = [];
  const galleries: Array<Record<string, number>> = [];
  for (let round = 0; round < ROUNDS; round++) {
    badges.push(await run('/bench/pages/badges.html', 'badgesDone'));
    galleries.push(await run('/bench/pages/gallery.html', 'galleryDone'));
  }
  const middle = (runs: Array<Record<string, number>>, key: string) => median(runs.map((entry) => entry[key]!))!;
  const thousand = await run('/bench/pages/gallery.html?count=1000', 'galleryDone');
  return {
    badges: { verifiedMs: middle(badges, 'verifiedMs'), longestTaskMs: Math.max(...badges.map((entry) => entry['longestTaskMs']!)), maxInFlight: Math.max(...badges.map((entry) => entry['maxInFlight']!)) },
    gallery: {
      visibleMs: middle(galleries, 'visibleMs'),
      verifiedMs: middle(galleries, 'verifiedMs'),
      verifiedCount: Math.min(...galleries.map((entry) => entry['verifiedCount']!)),
      longestTaskMs: Math.max(...galleries.map((entry) => entry['longestTaskMs']!)),
      maxInFlight: Math.max(...galleries.map((entry) => entry['maxInFlight']!)),
    },
    thousand: { tiles: thousand['tiles']!, longestTaskMs: thousand['longestTaskMs']!, totalBlockingMs: thousand['totalBlockingMs']! },
  };
}

function galleryLines(result: Awaited<ReturnType<typeof measureGallery>>): string[] {
  const { badges, gallery, thousand } = result;
  return [
    '',
    `The 100-badge page as one <credential-gallery>, median of ${ROUNDS} fresh pages each:`,
    `  100 <credential-badge> elements: all verified ${ms(badges.verifiedMs)}; longest task ${ms(badges.longestTaskMs)}; at most ${badges.maxInFlight} requests in flight`,
    `  one <credential-gallery>:        tiles on screen verified ${ms(gallery.visibleMs)}, all 100 verified ${ms(gallery.verifiedMs)} (${gallery.verifiedCount} verified; ${ratio(badges.verifiedMs, gallery.verifiedMs)} the badges); longest task ${ms(gallery.longestTaskMs)}; at most ${gallery.maxInFlight} requests in flight`,
    `  1,000 credentials in one gallery, scrolled to the end: ${thousand.tiles} tiles in the DOM; longest task ${ms(thousand.longestTaskMs)}, TBT ${ms(thousand.totalBlockingMs)}`,
  ];
}

async function measureHostile(browser: Browser, origin: string) {
  step('writing the hostile inputs');
  const rows = await writeHostile(new URL('./.data/hostile/', import.meta.url));
  const normalFile = 'bench/.data/ob.json';
  const normal = { ...measureNode(normalFile, normalFile), chromiumMs: (await measureChromium(browser, origin, '../ob.json'))?.ms };
  // A genuine CLR of 200 signed badges, for scale: the work a real credential of this size takes.
  const clr = 'bench/.data/clr-200.json';
  const references: HostileRow[] = [
    { name: 'clr-200 (real)', size: 200, unit: 'nested badges', inputBytes: statSync(join(root, clr)).size, node: measureNode(clr, normalFile), chromium: await measureChromium(browser, origin, '../clr-200.json') },
  ];
  for (const row of rows) {
    step(`hostile input: ${row.name} (${(row.inputBytes / 1048576).toFixed(1)} MB)`);
    try {
      row.node = measureNode(`bench/.data/hostile/${row.file}`, normalFile);
      row.chromium = await measureChromium(browser, origin, row.file);
    } catch (error) {
      row.error = `error: ${(error as Error).message.split('\n')[0]}`;
    }
  }
  return { rows: rows.map(({ file: _file, ...row }) => row), normal, references };
}

// ---- report ----------------------------------------------------------------------------------------------------
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const ratio = (baseline: number, project: number) => (project > 0 ? `${(baseline / project).toFixed(1)}×` : '—');

async function main() {
  const chrome = findChrome();
  if (!chrome) throw new Error(installHint);
  if (!process.argv.includes('--no-build')) build();
  step('signing the benchmark documents');
  const only = process.env.BENCH_DOCS?.split(',');
  const documents = (await writeDocuments(new URL('./.data/', import.meta.url))).filter((doc) => !only || only.includes(doc));
  const bundle = sizes();
  const { server, origin, inFlight } = await startServer();
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const browserVersion = await browser.version();
  const verification: Record<string, { project: { cold: Run; warm: Run }; baseline: { cold: Run; warm: Run } }> = {};
  let badges: Record<string, number> | undefined;
  let gallery: Awaited<ReturnType<typeof measureGallery>> | undefined;
  let hostile: { rows: HostileRow[]; normal: NodeRun & { chromiumMs?: number }; references: HostileRow[] } | undefined;
  try {
    for (const doc of documents) {
      step(`verifying ${doc}`);
      verification[doc] = {
        project: await measurePage(browser, `${origin}/bench/pages/project.html?doc=${doc}`),
        baseline: await measurePage(browser, `${origin}/bench/pages/baseline.html?doc=${doc}`),
      };
    }
    if (!only?.length || only.includes('badges')) {
      step('a page of 100 badges');
      badges = await measureBadges(browser, origin, inFlight).catch((error) => {
        step(`100-badge page failed: ${(error as Error).message}`);
        return undefined;
      });
    }
    if (!only?.length || only.includes('gallery')) {
      step('the 100-badge page as one gallery, and a thousand credentials');
      gallery = await measureGallery(browser, origin, inFlight).catch((error) => {
        step(`gallery page failed: ${(error as Error).message}`);
        return undefined;
      });
    }
    if (!only?.length || only.includes('hostile')) hostile = await measureHostile(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }

  const lines: string[] = [];
  lines.push('Bundle sizes (gzip; raw and brotli in results.json)');
  for (const [label, size] of Object.entries(bundle)) lines.push(`  ${label.padEnd(68)} ${kb(size.gzip).padStart(9)}  (raw ${kb(size.raw)}, br ${kb(size.brotli)})`);
  lines.push('');
  lines.push(`Verification in headless Chromium, median of ${ROUNDS} fresh pages (project: worker; baseline: plain stack on the main thread)`);
  lines.push(`  ${'document'.padEnd(9)} ${'cold project'.padStart(13)} ${'cold plain'.padStart(11)} ${'ratio'.padStart(6)} ${'warm project'.padStart(13)} ${'warm plain'.padStart(11)} ${'ratio'.padStart(6)} ${'longest task p/b'.padStart(17)} ${'TBT p/b'.padStart(14)} ${'first result'.padStart(13)}`);
  for (const [doc, { project, baseline }] of Object.entries(verification)) {
    lines.push(
      `  ${doc.padEnd(9)} ${ms(project.cold.ms).padStart(13)} ${ms(baseline.cold.ms).padStart(11)} ${ratio(baseline.cold.ms, project.cold.ms).padStart(6)} ${ms(project.warm.ms).padStart(13)} ${ms(baseline.warm.ms).padStart(11)} ${ratio(baseline.warm.ms, project.warm.ms).padStart(6)} ${`${ms(project.cold.longestTaskMs)} / ${ms(baseline.cold.longestTaskMs)}`.padStart(17)} ${`${ms(project.cold.totalBlockingMs)} / ${ms(baseline.cold.totalBlockingMs)}`.padStart(14)} ${ms(project.cold.firstResultMs).padStart(13)}`,
    );
    if (!project.cold.verified || !baseline.cold.verified) lines.push(`    (!) ${doc}: project verified=${project.cold.verified}, baseline verified=${baseline.cold.verified}`);
  }
  if (badges) {
    lines.push('');
    lines.push(`100 <credential-badge> elements: all shown ${ms(badges.shownMs)}, all verified ${ms(badges.verifiedMs)} after navigation start (${badges.verifiedCount} verified); at most ${badges.maxInFlight} requests in flight; longest task ${ms(badges.longestTaskMs)}, TBT ${ms(badges.totalBlockingMs)}`);
  }
  if (gallery) lines.push(...galleryLines(gallery));
  if (hostile) lines.push('', ...hostileTable(hostile.rows, hostile.normal, hostile.references));
  step('the secrets proxy');
  const proxy = await proxyBench();
  lines.push('', ...proxy.lines);
  const text = lines.join('\n');
  console.log(text);
  writeFileSync(join(root, 'bench/results.json'), JSON.stringify({ date: new Date().toISOString(), chromium: browserVersion, rounds: ROUNDS, bundle, verification, badges, gallery, hostile, proxy: proxy.results }, null, 2) + '\n');
  step('wrote bench/results.json');
}

/** `npm run bench -- proxy`: the proxy section alone; its figures replace the `proxy` entry of results.json. */
async function proxyOnly() {
  const proxy = await proxyBench();
  console.log(proxy.lines.join('\n'));
  const file = join(root, 'bench/results.json');
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, JSON.stringify({ ...previous, proxy: { date: new Date().toISOString(), ...proxy.results } }, null, 2) + '\n');
  step('wrote the proxy figures to bench/results.json');
}

await (process.argv.slice(2).includes('proxy') ? proxyOnly() : main());
