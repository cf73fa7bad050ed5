// `npm test`: the Node suites (with the consumer builds of the packed package), then the Chromium suites; prints one
// `N passed, N failed` line of the totals. Without ../shared/fixtures, one line first names the suites left out.
import { spawn } from 'node:child_process';
import { findChrome, installHint } from './find-chrome.mjs';
import { fixturesNotice, haveSharedFixtures, NOTICE_PRINTED, suitesNeedingFixtures, testFiles } from './shared-fixtures.mjs';

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, [NOTICE_PRINTED]: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

// Strip ANSI colour codes before reading the runners' summaries.
const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

function nodeCounts(output) {
  const text = plain(output);
  const pass = Number(/^ℹ pass (\d+)/m.exec(text)?.[1] ?? 0);
  const fail = Number(/^ℹ fail (\d+)/m.exec(text)?.[1] ?? 0);
  return { pass, fail };
}

function browserCounts(output) {
  const text = plain(output);
  // The progress bar repeats its counts; the last one is the total.
  const last = [...text.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return { pass: Number(last?.[1] ?? 0), fail: Number(last?.[2] ?? 0) };
}

if (!findChrome()) {
  console.error(installHint);
  process.exit(1);
}

if (!haveSharedFixtures()) console.log(fixturesNotice(suitesNeedingFixtures(testFiles(/\.(spec|node\.test|browser\.test)\.ts$/))));

const started = Date.now();
const node = await run(process.execPath, ['scripts/run-node-tests.mjs']);
const browser = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js']);
const n = nodeCounts(node.output);
const b = browserCounts(browser.output);
const failedRun = node.code !== 0 || browser.code !== 0;
const failed = n.fail + b.fail + (failedRun && n.fail + b.fail === 0 ? 1 : 0);
console.log(`\nnode: ${n.pass} passed, ${n.fail} failed; chromium: ${b.pass} passed, ${b.fail} failed; ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${n.pass + b.pass} passed, ${failed} failed`);
process.exit(failedRun ? 1 : 0);
