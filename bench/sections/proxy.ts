/** The secrets proxy under load, in its own process (bench/proxy.ts): no browser, no build. */
import { proxyBench } from '../proxy.js';
import type { Section } from '../lib/section.js';

export const proxy: Section = {
  name: 'proxy',
  description: 'the secrets proxy in its own process: coalescing, the upstream budget, Retry-After, memory',
  async run() {
    const { lines, results } = await proxyBench();
    return { lines, results };
  },
};
