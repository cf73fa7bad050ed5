/**
 * `npm run bench`: builds the project and the plain-stack baseline, then runs each section (bench/sections/) and
 * prints its figures: sizes, one document at a time, whole pages a visitor waits for, the gallery, hostile input, the
 * secrets proxy.
 * `npm run bench -- pages gallery` runs those sections alone; `--no-build` measures the builds as they are. Each
 * section's figures replace its entry in bench/results.json, with the machine they were taken on. Figures, not
 * assertions: nothing here fails on a number.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { writeDocuments } from './documents.js';
import { launch } from './lib/browser.js';
import { build } from './lib/build.js';
import { dataDir, machine, root, ROUNDS, step } from './lib/env.js';
import type { BenchContext, Section } from './lib/section.js';
import { startServer, type BenchServer } from './lib/server.js';
import { engine } from './sections/engine.js';
import { gallery } from './sections/gallery.js';
import { hostile } from './sections/hostile.js';
import { pages } from './sections/pages.js';
import { proxy } from './sections/proxy.js';
import { sizes } from './sections/sizes.js';

const SECTIONS: Section[] = [sizes, engine, pages, gallery, hostile, proxy];

function usage(): string {
  return [
    'npm run bench -- [section …] [--no-build]',
    ...SECTIONS.map((section) => `  ${section.name.padEnd(9)} ${section.description}`),
    'Environment: BENCH_ROUNDS (fresh pages per figure, default 3), BENCH_DOCS (engine documents), BENCH_PAGES (pages scenarios).',
  ].join('\n');
}

/** Resources made on first use, shared by the sections of one run. */
function benchContext(noBuild: boolean) {
  let built: Promise<void> | undefined;
  let documents: Promise<string[]> | undefined;
  let server: Promise<BenchServer> | undefined;
  let browser: Promise<Browser> | undefined;
  const context: BenchContext = {
    built: () => (built ??= Promise.resolve().then(() => (noBuild ? undefined : build()))),
    documents: () =>
      (documents ??= Promise.resolve().then(() => {
        step('signing the benchmark documents');
        return writeDocuments(dataDir);
      })),
    server: () => (server ??= context.built().then(() => startServer())),
    browser: () => (browser ??= context.built().then(() => launch())),
  };
  const close = async () => {
    await (await browser?.catch(() => undefined))?.close();
    (await server?.catch(() => undefined))?.close();
  };
  return { context, close, chromium: async () => (browser ? (await browser).version() : undefined) };
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) return console.log(usage());
  const names = args.filter((arg) => !arg.startsWith('--'));
  const unknown = names.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}\n${usage()}`);
  const chosen = names.length ? SECTIONS.filter((section) => names.includes(section.name)) : SECTIONS;

  const { context, close, chromium } = benchContext(args.includes('--no-build'));
  const file = join(root, 'bench/results.json');
  // The figures of the sections not run this time are kept; anything else in the file is from an older layout.
  const previous: Record<string, unknown> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const results = Object.fromEntries(Object.entries(previous).filter(([name]) => SECTIONS.some((section) => section.name === name)));
  try {
    for (const section of chosen) {
      const before = machine();
      const { lines, results: figures } = await section.run(context);
      console.log(`${lines.join('\n')}\n`);
      results[section.name] = { date: new Date().toISOString(), machine: { ...before, loadAverageAfter: machine().loadAverage }, chromium: await chromium(), rounds: ROUNDS, ...(figures as object) };
      writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    }
  } finally {
    await close();
  }
  step(`wrote ${chosen.map((section) => section.name).join(', ')} to bench/results.json`);
}

await main();
