// The benchmark's hostile-input section: each class of test/verify/helpers/hostile.ts at about 1 MB (the memory classes up to
// the text limit, the PNG at 2 MB), verified in Node in a child process of its own (time, and peak memory against a
// normal credential's) and in Chromium in the verifier's worker (time). Figures, not assertions.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { HOSTILE } from '../test/verify/helpers/hostile.js';

/** The size each class is measured at (in the class's own unit): about 1 MB of input, unless noted. */
export const HOSTILE_SIZES: Record<string, number> = {
  'png-inflate': 2 * 1024 * 1024 * 1024, // a 2 MB PNG that inflates to 2 GB
  'png-chunks': 25_000,
  'proof-value': 1_000_000,
  'did-key': 500_000,
  'key-fragment': 1_000_000,
  'svg-scan': 45_000,
  'blank-nodes': 95_000, // 0.3 MB: just under the bound on JSON objects and arrays, so that it gets past the format check
  values: 100_000,
  'merged-subject': 24_000,
  'inline-contexts': 20_000,
  'context-urls': 18_000,
  'scoped-contexts': 14_000,
  proofs: 2_800,
  'proofs-by-iri': 2_400,
  'status-entries': 5_000,
  'json-depth': 4_000_000, // 8 MB
  'json-width': 2_600_000, // 8 MB
  'jwt-header': 2_000_000, // 5 MB
  'did-jwk': 1_000_000,
};

export interface NodeRun {
  ms: number;
  peakBytes: number;
  status: string;
  check?: string;
  reason?: string;
}

export interface HostileRow {
  name: string;
  size: number;
  unit: string;
  inputBytes: number;
  node?: NodeRun;
  chromium?: { ms: number; status: string; check?: string; reason?: string; runtime?: string };
  error?: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes each class's input to bench/.data/hostile/ and returns one row per class, measured by nothing yet. */
export async function writeHostile(directory: URL): Promise<Array<HostileRow & { file: string }>> {
  mkdirSync(directory, { recursive: true });
  const rows = [];
  for (const hostile of HOSTILE) {
    const size = HOSTILE_SIZES[hostile.name];
    const input = await hostile.build(size);
    const file = `${hostile.name}.${typeof input === 'string' ? 'txt' : 'png'}`;
    writeFileSync(new URL(file, directory), input);
    rows.push({ name: hostile.name, size, unit: hostile.unit, inputBytes: statSync(new URL(file, directory)).size, file });
  }
  return rows;
}

/** Verifies `file` in a Node child process after a warm-up on `normal`; its time and the process's peak memory. */
export function measureNode(file: string, normal: string): NodeRun {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/hostile-child.ts', file, normal], { cwd: root, encoding: 'utf8', timeout: 180_000, maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as NodeRun;
}

/** Verifies bench/.data/hostile/`file` in the verifier's worker, in a fresh page, after a warm-up. */
export async function measureChromium(browser: Browser, origin: string, file: string): Promise<HostileRow['chromium']> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/bench/pages/hostile.html?file=${encodeURIComponent(file)}`);
    return (await page.waitForFunction(() => (window as any).hostileResult, { timeout: 180_000, polling: 100 }).then((handle) => handle.jsonValue())) as HostileRow['chromium'];
  } finally {
    await context.close();
  }
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const outcome = (run?: { status: string; check?: string; reason?: string }) => (run ? `${run.status}${run.check ? ` (${run.check}${run.reason ? `: ${run.reason}` : ''})` : ''}` : '—');

export function hostileTable(rows: HostileRow[], normal: NodeRun & { chromiumMs?: number }, references: HostileRow[] = []): string[] {
  const lines = [
    'Hostile input: each class in a Node process of its own and in the verifier worker in Chromium, after a warm-up on a',
    'normal badge; time to the report, and the Node process\'s peak RSS ("over normal": above the normal badge\'s run)',
    `  ${'class'.padEnd(16)} ${'input'.padStart(9)} ${'Node'.padStart(9)} ${'peak RSS'.padStart(10)} ${'over normal'.padStart(12)} ${'Chromium'.padStart(9)}  outcome`,
    `  ${'normal badge'.padEnd(16)} ${'0.0 MB'.padStart(9)} ${ms(normal.ms).padStart(9)} ${mb(normal.peakBytes).padStart(10)} ${'—'.padStart(12)} ${(normal.chromiumMs === undefined ? '—' : ms(normal.chromiumMs)).padStart(9)}  ${outcome(normal)}`,
  ];
  for (const row of [...references, ...rows]) {
    const over = row.node ? mb(row.node.peakBytes - normal.peakBytes) : '—';
    lines.push(
      `  ${row.name.padEnd(16)} ${mb(row.inputBytes).padStart(9)} ${(row.node ? ms(row.node.ms) : '—').padStart(9)} ${(row.node ? mb(row.node.peakBytes) : '—').padStart(10)} ${over.padStart(12)} ${(row.chromium ? ms(row.chromium.ms) : '—').padStart(9)}  ${row.error ?? outcome(row.node ?? row.chromium)}`,
    );
  }
  return lines;
}
