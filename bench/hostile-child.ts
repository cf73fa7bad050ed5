// One input verified in a process of its own, so that the process's peak memory is this verification's: prints one
// JSON line. Run by bench/hostile.ts: `node --import tsx bench/hostile-child.ts <input file> <normal credential file>`.
import { readFileSync } from 'node:fs';
import { verifyCredential } from '../src/verify/index.js';

const [file, normalFile] = process.argv.slice(2);
const options = { network: false, now: new Date('2026-01-01T00:00:00Z') };
// Warm up on a normal credential first (modules loaded, contexts processed), as a page that has verified before.
await verifyCredential(readFileSync(normalFile, 'utf8'), { ...options, now: new Date('2026-01-02T00:00:00Z') });
const bytes = readFileSync(file);
const input = file.endsWith('.png') ? new Uint8Array(bytes) : bytes.toString('utf8');
const start = performance.now();
const report = await verifyCredential(input, options);
const ms = performance.now() - start;
// The check a bound stopped, else the first that failed.
const failure = report.checks.find((check) => check.reason === 'too-large' || check.reason === 'too-complex') ?? report.checks.find((check) => check.status === 'failure');
console.log(JSON.stringify({ ms, peakBytes: process.resourceUsage().maxRSS * 1024, status: report.status, check: failure?.id, reason: failure?.reason }));
