// The proxy under benchmark, in a process of its own so that its memory is measured alone. Started by
// bench/proxy.ts with the configuration in BENCH_PROXY_CONFIG; answers 'memory' messages with its RSS figures.
import { readProxyConfig, startProxy } from '../src/proxy/node.js';

const config = readProxyConfig(JSON.parse(process.env['BENCH_PROXY_CONFIG'] ?? '{}'));
// Log lines are written as in production (to stdout, which the bench discards), so their cost is measured too.
const proxy = await startProxy(config);
let peak = process.memoryUsage.rss();
setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10).unref();

process.on('message', (message) => {
  if (message !== 'memory') return;
  const rss = process.memoryUsage.rss();
  peak = Math.max(peak, rss);
  // What is still alive once the garbage is gone (the bench starts this process with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  process.send!({ rss, peak, liveHeap: process.memoryUsage().heapUsed });
});
process.on('disconnect', () => void proxy.close().finally(() => process.exit(0)));
process.send!({ url: proxy.url });
