/**
 * The proxy's configuration (proxy.json), read and checked once at start. Secrets may be written as "env:NAME" so
 * they stay out of the file. Every key is known: a misspelt one is an error that names it, never a silent default.
 */
import { PROVIDER_NAMES, type ProviderName } from '../sources/providers.js';
import { ProxyConfigError, flag, httpUrl, integer, join, list, object, optionalText, origin, positive, secret, type Env } from './config-fields.js';

export { ProxyConfigError };
export type { ProviderName };

export interface OAuthClientConfig {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
}

/** How hard the proxy may call one provider: together, these keep a busy page under the provider's rate limit. */
export interface BudgetConfig {
  /** Upstream calls in flight at once. Default 4. */
  concurrency: number;
  /** Token-bucket refill rate, calls per second. Default 5. */
  ratePerSecond: number;
  /** Calls that may start at once after a quiet spell (the bucket's size). Default 10. */
  burst: number;
}

export interface ProviderConfig {
  /** The provider's API root, e.g. https://api.accredible.com. */
  upstream: string;
  /** A static secret: the CLR bearer token, the Accredible or ibl.ai API key. */
  apiKey?: string;
  /** CLR only: get bearer tokens with the OAuth 2.0 client-credentials grant instead of a static one. */
  oauth?: OAuthClientConfig;
  /** ibl.ai only: the organisations that may be read (all when absent). */
  orgs?: string[];
  /** Answers may be kept by shared caches (CDNs): anyone can then read them there, whatever their Origin. */
  public: boolean;
  budget: BudgetConfig;
}

/** Where answers are cached: this process's memory (the default) or a Redis/Valkey server shared by instances. */
export type StoreConfig = { type: 'memory'; maxBytes: number } | { type: 'redis'; url: string; keyPrefix: string };

/** The `lookup` route for the verifier's look-ups at badge hosts without CORS (see lookup.ts): off unless configured. */
export interface LookupConfig {
  /** Hosts that may be fetched, matched exactly; `*.example.edu` admits its subdomains. */
  hosts: string[];
  maxBytes: number;
  timeoutMs: number;
}

export interface ProxyConfig {
  port: number;
  host: string;
  /** Origins (scheme://host[:port]) allowed to call the proxy from a browser. */
  allowedOrigins: string[];
  /** Whether requests without an Origin header (curl, servers) are served. Default false. */
  allowNoOrigin: boolean;
  /** How long a successful answer is fresh, in seconds. Default 300. */
  cacheSeconds: number;
  /** After that, how long a stale copy is served while one refresh runs. Default 60. */
  staleWhileRevalidateSeconds: number;
  /** After that, how long a stale copy is served when the provider fails or rate-limits. Default 86 400. */
  staleIfErrorSeconds: number;
  /** Timeout of each upstream request, and of the wait for the provider's budget, in milliseconds. Default 15 000. */
  timeoutMs: number;
  /** Largest upstream body passed on, in bytes. Default 10 MiB. */
  maxBodyBytes: number;
  /** The proxy's own public address (scheme://host[/path]): paging links point there; without it they are dropped. */
  publicBaseUrl?: string;
  /** Serves /metrics to requests that send it as a Bearer token; no /metrics without it. */
  metricsToken?: string;
  store: StoreConfig;
  providers: Partial<Record<ProviderName, ProviderConfig>>;
  lookup?: LookupConfig;
}

const PROVIDERS: readonly ProviderName[] = PROVIDER_NAMES;
const ROOT_KEYS = [
  'port', 'host', 'allowedOrigins', 'allowNoOrigin', 'cacheSeconds', 'staleWhileRevalidateSeconds', 'staleIfErrorSeconds',
  'timeoutMs', 'maxBodyBytes', 'publicBaseUrl', 'metricsToken', 'store', 'providers', 'lookup',
] as const;
const PROVIDER_KEYS = ['upstream', 'apiKey', 'oauth', 'orgs', 'public', 'budget'] as const;
const OAUTH_KEYS = ['tokenUrl', 'clientId', 'clientSecret', 'scope'] as const;
const BUDGET_KEYS = ['concurrency', 'ratePerSecond', 'burst'] as const;
const LOOKUP_KEYS = ['hosts', 'maxBytes', 'timeoutMs'] as const;

export const DEFAULT_BUDGET: Readonly<BudgetConfig> = { concurrency: 4, ratePerSecond: 5, burst: 10 };
const MEMORY_STORE_BYTES = 64 * 1024 * 1024;
const DAY = 86_400;

export function readProxyConfig(input: unknown, env: Env = {}): ProxyConfig {
  const root = object(input, 'the configuration', ROOT_KEYS);
  // A proxy for the verifier's look-ups alone needs no provider.
  const providersInput = root['providers'] === undefined && root['lookup'] !== undefined ? {} : object(root['providers'], 'providers', PROVIDERS);
  const providers: ProxyConfig['providers'] = {};
  for (const [name, value] of Object.entries(providersInput)) providers[name as ProviderName] = readProvider(name as ProviderName, value, env);
  if (!Object.keys(providers).length && root['lookup'] === undefined) throw new ProxyConfigError(`providers: configure at least one of ${PROVIDERS.join(', ')} (or the lookup route)`);
  if (root['allowedOrigins'] === undefined) throw new ProxyConfigError('allowedOrigins: a list of origins is required');
  const config: ProxyConfig = {
    port: integer(root['port'], 'port', 8787, { max: 65_535 }),
    host: optionalText(root['host'], 'host') ?? '127.0.0.1',
    allowedOrigins: list(root['allowedOrigins'], 'allowedOrigins').map((value, index) => origin(value, `allowedOrigins[${index}]`)),
    allowNoOrigin: flag(root['allowNoOrigin'], 'allowNoOrigin', false),
    cacheSeconds: integer(root['cacheSeconds'], 'cacheSeconds', 300, { max: 30 * DAY }),
    staleWhileRevalidateSeconds: integer(root['staleWhileRevalidateSeconds'], 'staleWhileRevalidateSeconds', 60, { max: 30 * DAY }),
    staleIfErrorSeconds: integer(root['staleIfErrorSeconds'], 'staleIfErrorSeconds', DAY, { max: 30 * DAY }),
    timeoutMs: integer(root['timeoutMs'], 'timeoutMs', 15_000, { min: 1, max: 300_000 }),
    maxBodyBytes: integer(root['maxBodyBytes'], 'maxBodyBytes', 10 * 1024 * 1024, { min: 1024, max: 256 * 1024 * 1024 }),
    store: readStore(root['store'], env),
    providers,
  };
  if (root['publicBaseUrl'] !== undefined) config.publicBaseUrl = httpUrl(root['publicBaseUrl'], 'publicBaseUrl');
  if (root['metricsToken'] !== undefined) {
    config.metricsToken = secret(root['metricsToken'], 'metricsToken', env);
    if (config.metricsToken.length < 16) throw new ProxyConfigError('metricsToken: use at least 16 characters');
  }
  if (root['lookup'] !== undefined) config.lookup = readLookup(root['lookup'], config.timeoutMs);
  return config;
}

function readProvider(name: ProviderName, value: unknown, env: Env): ProviderConfig {
  const field = `providers.${name}`;
  const input = object(value, field, PROVIDER_KEYS);
  const provider: ProviderConfig = {
    upstream: httpUrl(input['upstream'], join(field, 'upstream')),
    public: flag(input['public'], join(field, 'public'), false),
    budget: readBudget(input['budget'], join(field, 'budget')),
  };
  if (input['apiKey'] !== undefined) provider.apiKey = secret(input['apiKey'], join(field, 'apiKey'), env);
  if (input['oauth'] !== undefined) {
    if (name !== 'clr') throw new ProxyConfigError(`${field}.oauth: only the CLR provider uses OAuth`);
    const oauth = object(input['oauth'], `${field}.oauth`, OAUTH_KEYS);
    provider.oauth = {
      tokenUrl: httpUrl(oauth['tokenUrl'], `${field}.oauth.tokenUrl`),
      clientId: secret(oauth['clientId'], `${field}.oauth.clientId`, env),
      clientSecret: secret(oauth['clientSecret'], `${field}.oauth.clientSecret`, env),
    };
    const scope = optionalText(oauth['scope'], `${field}.oauth.scope`);
    if (scope) provider.oauth.scope = scope;
  }
  if (provider.apiKey && provider.oauth) throw new ProxyConfigError(`${field}: give either apiKey or oauth, not both`);
  if (!provider.apiKey && !provider.oauth) throw new ProxyConfigError(`${field}: an apiKey or oauth is required`);
  if (input['orgs'] !== undefined) {
    if (name !== 'ibl') throw new ProxyConfigError(`${field}.orgs: only the ibl provider has organisations`);
    provider.orgs = list(input['orgs'], `${field}.orgs`);
  }
  return provider;
}

function readBudget(value: unknown, field: string): BudgetConfig {
  if (value === undefined) return { ...DEFAULT_BUDGET };
  const input = object(value, field, BUDGET_KEYS);
  return {
    concurrency: integer(input['concurrency'], `${field}.concurrency`, DEFAULT_BUDGET.concurrency, { min: 1, max: 1000 }),
    ratePerSecond: positive(input['ratePerSecond'], `${field}.ratePerSecond`, DEFAULT_BUDGET.ratePerSecond),
    burst: integer(input['burst'], `${field}.burst`, DEFAULT_BUDGET.burst, { min: 1, max: 100_000 }),
  };
}

function readStore(value: unknown, env: Env): StoreConfig {
  if (value === undefined) return { type: 'memory', maxBytes: MEMORY_STORE_BYTES };
  const type = (value as { type?: unknown } | null)?.type;
  if (type === 'redis') {
    const input = object(value, 'store', ['type', 'url', 'keyPrefix']);
    const url = secret(input['url'], 'store.url', env);
    if (!/^rediss?:\/\//.test(url)) throw new ProxyConfigError('store.url: a redis:// or rediss:// URL is required');
    try {
      new URL(url);
    } catch {
      throw new ProxyConfigError('store.url: not a URL');
    }
    return { type: 'redis', url, keyPrefix: optionalText(input['keyPrefix'], 'store.keyPrefix') ?? 'credential-proxy:' };
  }
  if (type !== 'memory') throw new ProxyConfigError('store.type: "memory" or "redis" is required');
  const input = object(value, 'store', ['type', 'maxBytes']);
  return { type: 'memory', maxBytes: integer(input['maxBytes'], 'store.maxBytes', MEMORY_STORE_BYTES, { min: 1024 }) };
}

function readLookup(value: unknown, timeoutMs: number): LookupConfig {
  const input = object(value, 'lookup', LOOKUP_KEYS);
  const hosts = list(input['hosts'], 'lookup.hosts').map((host, index) => {
    const name = host.toLowerCase();
    // A DNS name, or "*." before one; no scheme, port or path: those are fixed (https, 443) by the route.
    if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(name)) throw new ProxyConfigError(`lookup.hosts[${index}]: a host name (or *.host name) is required`);
    return name;
  });
  if (!hosts.length) throw new ProxyConfigError('lookup.hosts: list at least one host');
  return {
    hosts,
    maxBytes: integer(input['maxBytes'], 'lookup.maxBytes', 2 * 1024 * 1024, { min: 1024, max: 64 * 1024 * 1024 }),
    timeoutMs: integer(input['timeoutMs'], 'lookup.timeoutMs', timeoutMs, { min: 1, max: 300_000 }),
  };
}

/** Every secret in the configuration: what redaction removes from answers, logs and errors. */
export function configuredSecrets(config: ProxyConfig): string[] {
  const secrets = Object.values(config.providers).flatMap((provider) => [provider?.apiKey, provider?.oauth?.clientSecret, provider?.oauth?.clientId]);
  return [...secrets, config.metricsToken].filter((value): value is string => !!value);
}
