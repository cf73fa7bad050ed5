/**
 * The proxy's configuration (proxy.json). Secrets may be written as "env:NAME" so they stay out of the file.
 * Read once at start; an invalid file is an error that names the field, never its value.
 */
import type { ProviderName } from '../sources/providers.js';

export type { ProviderName };

export interface OAuthClientConfig {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
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
}

export interface ProxyConfig {
  port: number;
  host: string;
  /** Origins (scheme://host[:port]) allowed to call the proxy from a browser. */
  allowedOrigins: string[];
  /** Whether requests without an Origin header (curl, servers) are served. Default false. */
  allowNoOrigin: boolean;
  /** max-age of successful answers, in seconds. Default 300. */
  cacheSeconds: number;
  /** Timeout of each upstream request, in milliseconds. Default 15 000. */
  timeoutMs: number;
  providers: Partial<Record<ProviderName, ProviderConfig>>;
}

const PROVIDERS: ProviderName[] = ['clr', 'accredible', 'ibl'];

export class ProxyConfigError extends Error {
  override readonly name = 'ProxyConfigError';
}

type Env = Record<string, string | undefined>;

export function readProxyConfig(input: unknown, env: Env = {}): ProxyConfig {
  const root = object(input, 'the configuration');
  const providersInput = object(root['providers'], 'providers');
  const providers: ProxyConfig['providers'] = {};
  for (const [name, value] of Object.entries(providersInput)) {
    if (!PROVIDERS.includes(name as ProviderName)) throw new ProxyConfigError(`providers.${name}: unknown provider (use ${PROVIDERS.join(', ')})`);
    providers[name as ProviderName] = readProvider(name as ProviderName, value, env);
  }
  if (!Object.keys(providers).length) throw new ProxyConfigError('providers: configure at least one provider');
  const origins = root['allowedOrigins'];
  if (!Array.isArray(origins) || origins.some((origin) => typeof origin !== 'string')) throw new ProxyConfigError('allowedOrigins: a list of origins is required');
  return {
    port: integer(root['port'], 'port', 8787),
    host: typeof root['host'] === 'string' ? root['host'] : '127.0.0.1',
    allowedOrigins: (origins as string[]).map((origin) => normalizeOrigin(origin)),
    allowNoOrigin: root['allowNoOrigin'] === true,
    cacheSeconds: integer(root['cacheSeconds'], 'cacheSeconds', 300),
    timeoutMs: integer(root['timeoutMs'], 'timeoutMs', 15_000),
    providers,
  };
}

function readProvider(name: ProviderName, value: unknown, env: Env): ProviderConfig {
  const input = object(value, `providers.${name}`);
  const upstream = text(input['upstream'], `providers.${name}.upstream`);
  if (!/^https?:\/\//.test(upstream)) throw new ProxyConfigError(`providers.${name}.upstream: an http(s) URL is required`);
  const provider: ProviderConfig = { upstream: upstream.replace(/\/+$/, '') };
  if (input['apiKey'] !== undefined) provider.apiKey = secret(input['apiKey'], `providers.${name}.apiKey`, env);
  if (input['oauth'] !== undefined) {
    if (name !== 'clr') throw new ProxyConfigError(`providers.${name}.oauth: only the CLR provider uses OAuth`);
    const oauth = object(input['oauth'], `providers.${name}.oauth`);
    provider.oauth = {
      tokenUrl: text(oauth['tokenUrl'], `providers.${name}.oauth.tokenUrl`),
      clientId: secret(oauth['clientId'], `providers.${name}.oauth.clientId`, env),
      clientSecret: secret(oauth['clientSecret'], `providers.${name}.oauth.clientSecret`, env),
    };
    if (typeof oauth['scope'] === 'string') provider.oauth.scope = oauth['scope'];
  }
  if (!provider.apiKey && !provider.oauth) throw new ProxyConfigError(`providers.${name}: an apiKey or oauth is required`);
  if (Array.isArray(input['orgs'])) provider.orgs = input['orgs'].filter((org): org is string => typeof org === 'string');
  return provider;
}

/** A secret value, or "env:NAME" read from the environment. The error names the field, not the value. */
function secret(value: unknown, field: string, env: Env): string {
  const raw = text(value, field);
  if (!raw.startsWith('env:')) return raw;
  const name = raw.slice(4);
  const fromEnv = env[name];
  if (!fromEnv) throw new ProxyConfigError(`${field}: the environment variable ${name} is not set`);
  return fromEnv;
}

function normalizeOrigin(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    throw new ProxyConfigError(`allowedOrigins: "${origin}" is not an origin`);
  }
}

function object(value: unknown, field: string): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ProxyConfigError(`${field}: an object is required`);
  return value as Record<string, unknown>;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new ProxyConfigError(`${field}: a string is required`);
  return value.trim();
}

function integer(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new ProxyConfigError(`${field}: a whole number is required`);
  return value;
}
