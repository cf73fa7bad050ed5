/**
 * Verification of one document at a time, cold (the first in a fresh page, loading every script included) and warm,
 * three ways side by side: the plain library stack on the main thread (the baseline), the engine alone on the main
 * thread (`credential-elements/verify`), and the verify client (the engine in its worker, as the elements use it).
 */
import type { Browser } from 'puppeteer-core';
import { machineLine, median, ms, ratio, ROUNDS, step } from '../lib/env.js';
import { runFresh } from '../lib/browser.js';
import type { Section } from '../lib/section.js';

interface Run {
  /** From the HTML's arrival (cold) or the re-run's start (warm) to the result. */
  ms: number;
  /** The verification call alone: from the call, with the scripts loaded and the document in hand, to its result. */
  callMs: number;
  firstResultMs: number;
  longestTaskMs: number;
  totalBlockingMs: number;
  verified: boolean;
}

interface Measured {
  cold: Run;
  warm: Run;
}

const WAYS = { plain: 'baseline.html', engine: 'engine.html', client: 'project.html' } as const;
type Way = keyof typeof WAYS;

function medianRun(runs: Run[]): Run {
  return {
    ms: median(runs.map((run) => run.ms)),
    callMs: median(runs.map((run) => run.callMs)),
    firstResultMs: median(runs.map((run) => run.firstResultMs)),
    longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs)),
    totalBlockingMs: median(runs.map((run) => run.totalBlockingMs)),
    verified: runs.every((run) => run.verified),
  };
}

async function measureOnce(browser: Browser, url: string): Promise<{ cold: Run; warm: Run }> {
  let warm: Run | undefined;
  const cold = await runFresh<Run>(browser, url, 'benchCold', {
    after: async (page) => {
      // Warm: the second re-run in the same page (the first may still meet a cold path of its own).
      for (let round = 1; round <= 2; round++) warm = (await page.evaluate((n) => (window as any).benchWarm(n), round)) as Run;
    },
  });
  return { cold, warm: warm! };
}

export async function measureDocument(browser: Browser, origin: string, doc: string): Promise<Record<Way, Measured>> {
  const runs: Record<Way, { cold: Run[]; warm: Run[] }> = { plain: { cold: [], warm: [] }, engine: { cold: [], warm: [] }, client: { cold: [], warm: [] } };
  for (let round = 0; round < ROUNDS; round++) {
    // The three ways take turns within each round, so a change in the machine's load falls on all of them alike.
    for (const way of Object.keys(WAYS) as Way[]) {
      const { cold, warm } = await measureOnce(browser, `${origin}/bench/pages/${WAYS[way]}?doc=${doc}`);
      runs[way].cold.push(cold);
      runs[way].warm.push(warm);
    }
  }
  const result = {} as Record<Way, Measured>;
  for (const way of Object.keys(WAYS) as Way[]) result[way] = { cold: medianRun(runs[way].cold), warm: medianRun(runs[way].warm) };
  return result;
}

export const engine: Section = {
  name: 'engine',
  description: 'one document at a time, cold and warm: the plain stack, the engine alone on the main thread, the verify client (worker)',
  async run(context) {
    const documents = await context.documents();
    // BENCH_DOCS=ob,clr-10 picks documents; by default every one but the 500-nested CLR (the pages section's).
    const only = process.env['BENCH_DOCS']?.split(',');
    const docs = documents.filter((doc) => (only ? only.includes(doc) : doc !== 'clr-500'));
    const browser = await context.browser();
    const { origin } = await context.server();
    const results: Record<string, Record<Way, Measured>> = {};
    for (const doc of docs) {
      step(`engine: verifying ${doc}`);
      results[doc] = await measureDocument(browser, origin, doc);
    }
    const lines = [
      `Verification of one document, median of ${ROUNDS} fresh pages ${machineLine()}`,
      '  plain: the plain stack on the main thread; engine: credential-elements/verify on the main thread; client: the verify client (worker)',
      '  cold call: the first verification in a fresh page (scripts loaded, document in hand); cold page: from the HTML\'s arrival, every',
      '  script loaded; warm: the same document again in the same page. Ratios: how many times faster than plain.',
      `  ${'document'.padEnd(9)} ${'cold call: plain'.padStart(16)} ${'engine'.padStart(8)} ${'×'.padStart(5)} ${'client'.padStart(8)} ${'×'.padStart(5)} │ ${'cold page: plain'.padStart(16)} ${'engine'.padStart(8)} ${'×'.padStart(5)} ${'client'.padStart(8)} ${'×'.padStart(5)} │ ${'warm: plain'.padStart(11)} ${'engine'.padStart(8)} ${'×'.padStart(5)} ${'client'.padStart(8)} ${'×'.padStart(5)} │ longest task p/e/c`,
    ];
    const cells = (plain: number, alone: number, client: number, width: number) =>
      `${ms(plain).padStart(width)} ${ms(alone).padStart(8)} ${ratio(plain, alone).padStart(5)} ${ms(client).padStart(8)} ${ratio(plain, client).padStart(5)}`;
    for (const [doc, { plain, engine: alone, client }] of Object.entries(results)) {
      lines.push(
        `  ${doc.padEnd(9)} ${cells(plain.cold.callMs, alone.cold.callMs, client.cold.callMs, 16)} │ ${cells(plain.cold.ms, alone.cold.ms, client.cold.ms, 16)} │ ${cells(plain.warm.ms, alone.warm.ms, client.warm.ms, 11)} │ ` +
          `${ms(plain.cold.longestTaskMs)} / ${ms(alone.cold.longestTaskMs)} / ${ms(client.cold.longestTaskMs)}`,
      );
      const failed = Object.entries({ plain, engine: alone, client }).filter(([, measured]) => !measured.cold.verified || !measured.warm.verified);
      if (failed.length) lines.push(`    (!) ${doc}: not verified by ${failed.map(([way]) => way).join(', ')}`);
    }
    return { lines, results };
  },
};
