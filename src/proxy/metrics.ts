/**
 * The proxy's counters in Prometheus text format (version 0.0.4). Labels hold only provider names, status codes
 * and fixed words: never a path, a query, an origin or anything from a credential.
 */
type Labels = Record<string, string | number>;

const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

interface Family {
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  samples: Map<string, number>;
}

export type CacheResult = 'hit' | 'miss' | 'stale';

export class ProxyMetrics {
  readonly #families = new Map<string, Family>();
  readonly #histograms = new Map<string, { labels: Labels; buckets: number[]; sum: number; count: number }>();

  request(provider: string, status: number): void {
    this.#add('credential_proxy_requests_total', 'Requests answered, by provider and status.', { provider, status });
  }

  upstream(provider: string, status: number | 'error', seconds: number): void {
    this.#add('credential_proxy_upstream_calls_total', 'Calls made to a provider, by status ("error": no answer).', { provider, status });
    this.#observe({ provider }, seconds);
  }

  cache(provider: string, result: CacheResult): void {
    this.#add('credential_proxy_cache_total', 'Cache look-ups: hit (fresh), miss, stale (served while refreshing or on error).', { provider, result });
  }

  coalesced(provider: string): void {
    this.#add('credential_proxy_coalesced_total', 'Requests that shared another request\'s upstream call.', { provider });
  }

  rateLimited(provider: string): void {
    this.#add('credential_proxy_rate_limited_total', 'Requests not sent upstream because the provider asked for a pause or the budget was exhausted.', { provider });
  }

  storeError(): void {
    this.#add('credential_proxy_store_errors_total', 'Cache store operations that failed (served as misses).', {});
  }

  /** The text /metrics serves; `gauges` are read at that moment. */
  render(gauges: Record<string, { help: string; value: number }> = {}): string {
    const lines: string[] = [];
    for (const [name, family] of this.#families) {
      lines.push(`# HELP ${name} ${family.help}`, `# TYPE ${name} ${family.type}`);
      for (const [labels, value] of family.samples) lines.push(`${name}${labels} ${value}`);
    }
    const histogram = 'credential_proxy_upstream_duration_seconds';
    if (this.#histograms.size) lines.push(`# HELP ${histogram} Time to a provider's full answer.`, `# TYPE ${histogram} histogram`);
    for (const { labels, buckets, sum, count } of this.#histograms.values()) {
      LATENCY_BUCKETS.forEach((bound, index) => lines.push(`${histogram}_bucket${format({ ...labels, le: bound })} ${buckets[index]}`));
      lines.push(`${histogram}_bucket${format({ ...labels, le: '+Inf' })} ${count}`, `${histogram}_sum${format(labels)} ${sum}`, `${histogram}_count${format(labels)} ${count}`);
    }
    for (const [name, { help, value }] of Object.entries(gauges)) lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`);
    return `${lines.join('\n')}\n`;
  }

  #add(name: string, help: string, labels: Labels): void {
    let family = this.#families.get(name);
    if (!family) this.#families.set(name, (family = { help, type: 'counter', samples: new Map() }));
    const key = format(labels);
    family.samples.set(key, (family.samples.get(key) ?? 0) + 1);
  }

  #observe(labels: Labels, seconds: number): void {
    const key = format(labels);
    let histogram = this.#histograms.get(key);
    if (!histogram) this.#histograms.set(key, (histogram = { labels, buckets: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 }));
    LATENCY_BUCKETS.forEach((bound, index) => {
      if (seconds <= bound) histogram.buckets[index]!++;
    });
    histogram.sum += seconds;
    histogram.count++;
  }
}

function format(labels: Labels): string {
  const entries = Object.entries(labels);
  if (!entries.length) return '';
  return `{${entries.map(([name, value]) => `${name}="${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join(',')}}`;
}
