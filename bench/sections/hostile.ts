/**
 * Hostile input (bench/hostile.ts): each class in a Node process of its own (time, peak memory against a normal badge)
 * and in the verifier's worker in Chromium (time), with a genuine 200-nested CLR for scale.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { hostileTable, measureChromium, measureNode, writeHostile, type HostileRow } from '../hostile.js';
import { dataDir, root, step } from '../lib/env.js';
import type { Section } from '../lib/section.js';

export const hostile: Section = {
  name: 'hostile',
  description: 'each class of hostile input, in Node (time, peak memory) and in the worker (time)',
  async run(context) {
    await context.documents();
    const browser = await context.browser();
    const { origin } = await context.server();
    step('hostile: writing the inputs');
    const rows = await writeHostile(new URL('./hostile/', dataDir));
    const normalFile = 'bench/.data/ob.json';
    const normal = { ...measureNode(normalFile, normalFile), chromiumMs: (await measureChromium(browser, origin, '../ob.json'))?.ms };
    // A genuine CLR of 200 signed badges, for scale: the work a real credential of this size takes.
    const clr = 'bench/.data/clr-200.json';
    const references: HostileRow[] = [
      { name: 'clr-200 (real)', size: 200, unit: 'nested badges', inputBytes: statSync(join(root, clr)).size, node: measureNode(clr, normalFile), chromium: await measureChromium(browser, origin, '../clr-200.json') },
    ];
    for (const row of rows) {
      step(`hostile: ${row.name} (${(row.inputBytes / 1048576).toFixed(1)} MB)`);
      try {
        row.node = measureNode(`bench/.data/hostile/${row.file}`, normalFile);
        row.chromium = await measureChromium(browser, origin, row.file);
      } catch (error) {
        row.error = `error: ${(error as Error).message.split('\n')[0]}`;
      }
    }
    const results = { rows: rows.map(({ file: _file, ...row }) => row), normal, references };
    return { lines: hostileTable(results.rows, normal, references), results };
  },
};
