/**
 * The proxy section of `npm run bench` (alone: `npm run bench -- proxy`): the secrets proxy in its own process in
 * front of a local upstream that takes 50 ms per answer, under the loads of the production issue. Counts upstream
 * calls, latency percentiles and the proxy's memory. Figures, not assertions: nothing here fails on a number.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const UPSTREAM_MS = 50;
const ORIGIN = 'https://school.example';
const METRICS_TOKEN = 'bench-metrics-token-0123456789';
const MB = 1024 * 1024;

function step(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

// ---- the local upstream ----------------------------------------------------------------------------------------
/** An Accredible-like upstream: every answer after 50 ms; a credential of `bodyBytes`; 429s while `limited`. */
async function startUpstream() {
  const state = { calls: 0, limited: false, bodyBytes: 4096 };
  const server = createServer((req, res) => {
    state.calls++;
    setTimeout(() => {
      if (state.limited) {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '30' }).end('{"error":"rate limited"}');
        return;
      }
      const id = req.url?.split('/').pop() ?? '';
      const credential = { credential: { id, name: `Credential ${id}`, description: 'd'.repeat(state.bodyBytes) } };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(credential));
    }, UPSTREAM_MS);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { state, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => {
      server.closeAllConnections();
      server.close();
    } };
}

// ---- the proxy in its own process ----------------------------------------------------------------------------------
interface Memory {
  rss: number;
  peak: number;
  liveHeap: number;
}

async function startProxyProcess(config: Record<string, unknown>, nodeFlags: string[] = []) {
  const child: ChildProcess = fork(fileURLToPath(new URL('./proxy-server.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...nodeFlags],
    env: { ...process.env, BENCH_PROXY_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the proxy exited (${code})`)));
  });
  const memory = () =>
    new Promise<Memory>((resolve) => {
      child.once('message', (message) => resolve(message as Memory));
      child.send('memory');
    });
  const stop = () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.disconnect()));
  return { url, memory, stop };
}

const proxyConfig = (upstream: string, extra: Record<string, unknown> = {}, budget?: Record<string, number>) => ({
  port: 0,
  allowedOrigins: [ORIGIN],
  metricsToken: METRICS_TOKEN,
  providers: { accredible: { upstream, apiKey: 'bench-api-key', ...(budget ? { budget } : {}) } },
  ...extra,
});

// ---- load ------------------------------------------------------------------------------------------------------
/** Runs `total` requests, `concurrency` at a time; returns each one's latency in ms and the statuses seen. */
async function load(total: number, concurrency: number, url: (index: number) => string) {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < total; index = next++) {
      const started = performance.now();
      const response = await fetch(url(index), { headers: { origin: ORIGIN } });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, statuses };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;
const ms = (value: number) => `${Math.round(value)} ms`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const statusText = (statuses: Record<number, number>) => Object.entries(statuses).map(([status, count]) => `${count}× ${status}`).join(', ');

// ---- scenarios -----------------------------------------------------------------------------------------------------
async function oneCredential(upstream: Awaited<ReturnType<typeof startUpstream>>) {
  const proxy = await startProxyProcess(proxyConfig(upstream.url));
  try {
    upstream.state.calls = 0;
    const first = await load(500, 500, () => `${proxy.url}/accredible/v1/credentials/1001`);
    const firstCalls = upstream.state.calls;
    const again = await load(500, 500, () => `${proxy.url}/accredible/v1/credentials/1001`);
    return { requests: 500, upstreamCalls: firstCalls, againCalls: upstream.state.calls - firstCalls, statuses: first.statuses, againStatuses: again.statuses };
  } finally {
    await proxy.stop();
  }
}

async function fiftyCredentials(upstream: Awaited<ReturnType<typeof startUpstream>>, budget?: Record<string, number>) {
  const proxy = await startProxyProcess(proxyConfig(upstream.url, {}, budget));
  try {
    upstream.state.calls = 0;
    const run = await load(2000, 100, (index) => `${proxy.url}/accredible/v1/credentials/${2000 + (index % 50)}`);
    return { requests: 2000, upstreamCalls: upstream.state.calls, p50: percentile(run.latencies, 50), p95: percentile(run.latencies, 95), max: Math.max(...run.latencies), statuses: run.statuses };
  } finally {
    await proxy.stop();
  }
}

async function retryAfter(upstream: Awaited<ReturnType<typeof startUpstream>>) {
  const proxy = await startProxyProcess(proxyConfig(upstream.url));
  try {
    upstream.state.limited = true;
    upstream.state.calls = 0;
    const first = await fetch(`${proxy.url}/accredible/v1/credentials/3000`, { headers: { origin: ORIGIN } });
    await first.arrayBuffer();
    const before = upstream.state.calls;
    const started = performance.now();
    const next = await load(100, 100, (index) => `${proxy.url}/accredible/v1/credentials/${3001 + index}`);
    return { firstStatus: first.status, requests: 100, withinMs: performance.now() - started, upstreamCalls: upstream.state.calls - before, statuses: next.statuses };
  } finally {
    upstream.state.limited = false;
    await proxy.stop();
  }
}

/** The heap settings the README's recipes give Node: old space = the cache bound + 64 MB, small young space. */
const recipeFlags = (cacheBound: number) => [`--max-old-space-size=${Math.round(cacheBound / MB) + 64}`, '--max-semi-space-size=4'];

async function memory(upstream: Awaited<ReturnType<typeof startUpstream>>, nodeFlags: string[]) {
  const cacheBound = 16 * MB;
  // A working set (2,000 answers of ~16 KB) several times the bound: every request misses and the cache evicts.
  const config = proxyConfig(upstream.url, { store: { type: 'memory', maxBytes: cacheBound } }, { concurrency: 50, ratePerSecond: 10_000, burst: 10_000 });
  const proxy = await startProxyProcess(config, nodeFlags);
  try {
    upstream.state.bodyBytes = 16 * 1024;
    upstream.state.calls = 0;
    const idle = await proxy.memory();
    const run = await load(10_000, 50, (index) => `${proxy.url}/accredible/v1/credentials/${(index * 7919) % 2000}`);
    const metrics = await (await fetch(`${proxy.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const after = await proxy.memory();
    const cacheBytes = Number(/^credential_proxy_cache_bytes (\d+)$/m.exec(metrics)?.[1] ?? NaN);
    return { requests: 10_000, nodeFlags, cacheBound, idleRss: idle.rss, peakRss: after.peak, growth: after.peak - idle.rss, liveHeapAfter: after.liveHeap, cacheBytes, upstreamCalls: upstream.state.calls, statuses: run.statuses };
  } finally {
    upstream.state.bodyBytes = 4096;
    await proxy.stop();
  }
}

export async function proxyBench() {
  const upstream = await startUpstream();
  try {
    step('proxy: 500 concurrent requests for one credential');
    const one = await oneCredential(upstream);
    step('proxy: 2,000 requests over 50 credentials, default budget');
    const fifty = await fiftyCredentials(upstream);
    step('proxy: 2,000 requests over 50 credentials, budget raised');
    const fiftyOpen = await fiftyCredentials(upstream, { concurrency: 50, ratePerSecond: 1000, burst: 1000 });
    step('proxy: Retry-After');
    const paused = await retryAfter(upstream);
    step('proxy: memory under 10,000 requests, Node defaults');
    const held = await memory(upstream, []);
    step('proxy: memory under 10,000 requests, the recipes\' heap settings');
    const heldTuned = await memory(upstream, recipeFlags(held.cacheBound));
    const lines = [
      `Secrets proxy (its own process; local upstream answering in ${UPSTREAM_MS} ms; default budget: 4 in flight, 5/s, burst 10)`,
      `  500 concurrent requests, one credential      ${one.upstreamCalls} upstream call(s); again after they finished: ${one.againCalls} more (${statusText(one.statuses)})`,
      `  2,000 requests over 50 credentials, 100 at a time`,
      `    default budget                             ${fifty.upstreamCalls} upstream calls; p50 ${ms(fifty.p50)}, p95 ${ms(fifty.p95)}, max ${ms(fifty.max)} (${statusText(fifty.statuses)})`,
      `    budget raised (50 in flight, 1000/s)       ${fiftyOpen.upstreamCalls} upstream calls; p50 ${ms(fiftyOpen.p50)}, p95 ${ms(fiftyOpen.p95)}, max ${ms(fiftyOpen.max)}`,
      `  429 with Retry-After: 30, then 100 requests  ${paused.upstreamCalls} upstream calls in the next ${ms(paused.withinMs)} (${statusText(paused.statuses)})`,
      `  10,000 requests (all misses: 2,000 answers of 16 KB), cache bound ${mb(held.cacheBound)}; target: peak RSS at most bound + 50 MB = +${mb(held.cacheBound + 50 * MB)} over idle`,
      `    Node defaults                              peak RSS +${mb(held.growth)} over idle (${mb(held.idleRss)} → ${mb(held.peakRss)}); live heap after GC ${mb(held.liveHeapAfter)}; cache held ${mb(held.cacheBytes)}`,
      `    the recipes' heap settings                 peak RSS +${mb(heldTuned.growth)} over idle (${mb(heldTuned.idleRss)} → ${mb(heldTuned.peakRss)}); live heap after GC ${mb(heldTuned.liveHeapAfter)} (${heldTuned.nodeFlags.join(' ')})`,
    ];
    return { lines, results: { upstreamMs: UPSTREAM_MS, oneCredential: one, fiftyCredentials: fifty, fiftyCredentialsBudgetRaised: fiftyOpen, retryAfter: paused, memory: held, memoryRecipeFlags: heldTuned } };
  } finally {
    upstream.close();
  }
}
