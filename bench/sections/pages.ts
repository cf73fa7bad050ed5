/**
 * What a visitor waits for (issue 12): whole pages, from navigation start until every credential on them is verified,
 * each in a fresh browser context, three ways side by side on the same freshly signed credentials:
 * - floor: the page fetches the credentials and writes their names, and verifies nothing (the wait no verifier removes);
 * - plain: the page bundles the plain library stack into one script and verifies on the main thread;
 * - project: the script tag (cdn/credential-elements.js) and the elements in the markup.
 * Pages: one <credential-badge src>, 100 <credential-badge src> with different credentials, <clr-transcript src> with
 * 50 nested credentials; and with 500 nested, the project alone (and its floor), for its longest main-thread task.
 * After the timed rounds, one more visit of each page (plain and project) under a trace reads its longest task's
 * thread time beside its wall time: on a loaded machine a task's wall time includes the wait for a core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFresh } from '../lib/browser.js';
import { machineLine, median, ms, ratio, root, ROUNDS, step } from '../lib/env.js';
import type { Section } from '../lib/section.js';
import { traceVisit, type TracedTasks } from '../lib/trace.js';

export type Variant = 'floor' | 'plain' | 'project';

interface Scenario {
  label: string;
  /** The credentials' URLs, one element each. */
  sources: string[];
  element: 'credential-badge' | 'clr-transcript';
  variants: Variant[];
}

export const SCENARIOS: Record<string, Scenario> = {
  badge: { label: 'one <credential-badge src>', sources: ['/bench-data/badges/0.json'], element: 'credential-badge', variants: ['floor', 'plain', 'project'] },
  badges: {
    label: '100 <credential-badge src>, different credentials',
    sources: Array.from({ length: 100 }, (_, index) => `/bench-data/badges/${index}.json`),
    element: 'credential-badge',
    variants: ['floor', 'plain', 'project'],
  },
  'transcript-50': { label: '<clr-transcript src>, 50 nested', sources: ['/bench-data/clr-50.json'], element: 'clr-transcript', variants: ['floor', 'plain', 'project'] },
  'transcript-500': { label: '<clr-transcript src>, 500 nested', sources: ['/bench-data/clr-500.json'], element: 'clr-transcript', variants: ['floor', 'project'] },
};

const SCRIPTS: Record<Variant, string> = {
  floor: '/bench/pages/floor.js',
  plain: '/bench/dist-baseline/plain-page.js',
  project: '/cdn/credential-elements.js',
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page for a scenario and a variant: the probe inlined first, then the variant's one script, then the markup. */
export function visitPage(name: string, variant: Variant): string {
  const scenario = SCENARIOS[name]!;
  const probe = readFileSync(join(root, 'bench/pages/visit-probe.js'), 'utf8');
  const markup = scenario.sources
    .map((src) => (variant === 'project' ? `<${scenario.element} src="${escape(src)}"></${scenario.element}>` : `<div class="credential" data-src="${escape(src)}"></div>`))
    .join('\n');
  return `<!doctype html>
<html lang="en" data-expected="${scenario.sources.length}">
<meta charset="utf-8">
<title>bench: ${escape(scenario.label)} (${variant})</title>
<style>body { font: 14px system-ui; display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px; }</style>
<script>${probe}</script>
<script type="module" src="${SCRIPTS[variant]}"></script>
<body>
${markup}
`;
}

interface Visit {
  ms: number;
  firstMs: number;
  count: number;
  verified: number;
  longestTaskMs: number;
  totalBlockingMs: number;
  requestMs?: number;
  workerMs?: number;
  scriptsMs: number;
}

interface Figures {
  ms: number;
  requestMs: number | undefined;
  workerMs: number | undefined;
  longestTaskMs: number;
  totalBlockingMs: number;
  verified: number;
  count: number;
  runs: number[];
  /** From one more visit under a trace (not timed): the longest task's wall and thread time. */
  traced?: TracedTasks;
}

function summarize(visits: Visit[]): Figures {
  const defined = (values: Array<number | undefined>) => values.filter((value): value is number => value !== undefined);
  const requests = defined(visits.map((visit) => visit.requestMs));
  const workers = defined(visits.map((visit) => visit.workerMs));
  return {
    ms: median(visits.map((visit) => visit.ms)),
    requestMs: requests.length ? median(requests) : undefined,
    workerMs: workers.length ? median(workers) : undefined,
    longestTaskMs: Math.max(...visits.map((visit) => visit.longestTaskMs)),
    totalBlockingMs: median(visits.map((visit) => visit.totalBlockingMs)),
    verified: Math.min(...visits.map((visit) => visit.verified)),
    count: Math.min(...visits.map((visit) => visit.count)),
    runs: visits.map((visit) => Math.round(visit.ms)),
  };
}

/** `BENCH_PAGES=badge,transcript-50` picks scenarios. */
function scenarioNames(): string[] {
  const only = process.env['BENCH_PAGES']?.split(',');
  return Object.keys(SCENARIOS).filter((name) => !only || only.includes(name));
}

export const pages: Section = {
  name: 'pages',
  description: 'what a visitor waits for: one badge, 100 badges, a 50- and a 500-nested transcript; floor, plain stack, project',
  async run(context) {
    await context.documents();
    const browser = await context.browser();
    const server = await context.server();
    server.route('/bench/visit/', (_req, res, url) => {
      const match = /^\/bench\/visit\/(floor|plain|project)\/([\w-]+)\.html$/.exec(url.pathname);
      if (!match || !SCENARIOS[match[2]!]) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(visitPage(match[2]!, match[1] as Variant));
    });
    const names = scenarioNames();
    const visits: Record<string, Partial<Record<Variant, Visit[]>>> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of names) {
        const scenario = SCENARIOS[name]!;
        // The order of the variants turns each round, so that no variant always runs first (or last) on a loaded machine.
        const order = scenario.variants.map((_, index) => scenario.variants[(index + round) % scenario.variants.length]!);
        for (const variant of order) {
          step(`pages: ${name}, ${variant} (round ${round + 1} of ${ROUNDS})`);
          const visit = await runFresh<Visit>(browser, `${server.origin}/bench/visit/${variant}/${name}.html`, 'benchDone', { timeoutMs: 300_000 });
          ((visits[name] ??= {})[variant] ??= []).push(visit);
        }
      }
    }
    const traced: Record<string, Partial<Record<Variant, TracedTasks>>> = {};
    for (const name of names) {
      for (const variant of SCENARIOS[name]!.variants.filter((variant) => variant !== 'floor')) {
        step(`pages: ${name}, ${variant} (traced, for its tasks' thread time)`);
        (traced[name] ??= {})[variant] = await traceVisit(browser, `${server.origin}/bench/visit/${variant}/${name}.html`, 'benchDone');
      }
    }
    const results: Record<string, Partial<Record<Variant, Figures>> & { addedPlainMs?: number; addedProjectMs?: number }> = {};
    for (const name of names) {
      const entry: (typeof results)[string] = {};
      for (const [variant, runs] of Object.entries(visits[name] ?? {})) entry[variant as Variant] = { ...summarize(runs), traced: traced[name]?.[variant as Variant] };
      if (entry.floor && entry.plain) entry.addedPlainMs = entry.plain.ms - entry.floor.ms;
      if (entry.floor && entry.project) entry.addedProjectMs = entry.project.ms - entry.floor.ms;
      results[name] = entry;
    }
    return { lines: pageLines(results), results };
  },
};

function pageLines(results: Record<string, Partial<Record<Variant, Figures>> & { addedPlainMs?: number; addedProjectMs?: number }>): string[] {
  const lines = [
    `What a visitor waits for: from navigation start until every credential is verified, median of ${ROUNDS} fresh pages ${machineLine()}`,
    '  floor: fetch and write names, no verification; plain: the plain stack bundled, main thread; project: the script tag',
    `  ${'page'.padEnd(50)} ${'floor'.padStart(8)} ${'plain'.padStart(8)} ${'project'.padStart(8)}  ${'added over the floor: plain / project'.padEnd(40)} ${'longest task p/project'.padStart(22)}`,
  ];
  for (const [name, entry] of Object.entries(results)) {
    const { floor, plain, project } = entry;
    const added =
      entry.addedPlainMs !== undefined && entry.addedProjectMs !== undefined
        ? `+${ms(entry.addedPlainMs)} / +${ms(entry.addedProjectMs)} (${ratio(entry.addedPlainMs, entry.addedProjectMs)})`
        : entry.addedProjectMs !== undefined
          ? `project +${ms(entry.addedProjectMs)}`
          : '';
    lines.push(
      `  ${SCENARIOS[name]!.label.padEnd(50)} ${ms(floor?.ms).padStart(8)} ${ms(plain?.ms).padStart(8)} ${ms(project?.ms).padStart(8)}  ${added.padEnd(40)} ${`${plain ? ms(plain.longestTaskMs) : '—'} / ${ms(project?.longestTaskMs)}`.padStart(22)}`,
    );
    const notes: string[] = [];
    for (const [variant, figures] of Object.entries({ floor, plain, project })) {
      if (figures && figures.verified < figures.count) notes.push(`(!) ${variant}: ${figures.verified} of ${figures.count} verified`);
    }
    const timeline = (figures: Figures | undefined, label: string) =>
      figures ? `${label}: request leaves ${ms(figures.requestMs)}${figures.workerMs !== undefined ? `, worker asked for ${ms(figures.workerMs)}` : ''}, runs ${figures.runs.join(' / ')} ms` : undefined;
    notes.push(...[timeline(floor, 'floor'), timeline(plain, 'plain'), timeline(project, 'project')].filter((note): note is string => !!note));
    const tasks = (figures: Figures | undefined, label: string) =>
      figures?.traced
        ? `${label} ${ms(figures.traced.longestWallMs)} wall (${ms(figures.traced.longestWallCpuMs)} thread), longest thread time ${ms(figures.traced.longestCpuMs)}`
        : undefined;
    const traced = [tasks(plain, 'plain'), tasks(project, 'project')].filter((note): note is string => !!note);
    if (traced.length) notes.push(`longest task, traced visit: ${traced.join('; ')}`);
    lines.push(...notes.map((note) => `      ${note}`));
  }
  return lines;
}
