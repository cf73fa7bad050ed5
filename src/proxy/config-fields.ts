/**
 * Readers for the fields of proxy.json. Each names the field it read when the value is wrong, and never repeats
 * a value that may be secret: the error may be printed to a terminal or a log.
 */
export class ProxyConfigError extends Error {
  override readonly name = 'ProxyConfigError';
}

export type Env = Record<string, string | undefined>;

/** An object with only the listed keys: a misspelt key is an error, not a setting silently ignored. */
export function object(value: unknown, field: string, keys: readonly string[]): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ProxyConfigError(`${field}: an object is required`);
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw new ProxyConfigError(`${join(field, key)}: unknown key (known: ${keys.join(', ')})`);
  }
  return value as Record<string, unknown>;
}

export function join(field: string, key: string): string {
  return field ? `${field}.${key}` : key;
}

export function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new ProxyConfigError(`${field}: a non-empty string is required`);
  return value.trim();
}

export function optionalText(value: unknown, field: string): string | undefined {
  return value === undefined ? undefined : text(value, field);
}

export function list(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || !item.trim())) throw new ProxyConfigError(`${field}: a list of strings is required`);
  return value.map((item: string) => item.trim());
}

export function flag(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new ProxyConfigError(`${field}: true or false is required`);
  return value;
}

export function integer(value: unknown, field: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ProxyConfigError(`${field}: a whole number from ${min} to ${max} is required`);
  }
  return value;
}

export function positive(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new ProxyConfigError(`${field}: a number above 0 is required`);
  return value;
}

/** A secret value, or "env:NAME" read from the environment. The error names the field and variable, not the value. */
export function secret(value: unknown, field: string, env: Env): string {
  const raw = text(value, field);
  if (!raw.startsWith('env:')) return raw;
  const name = raw.slice(4);
  const fromEnv = env[name];
  if (!fromEnv) throw new ProxyConfigError(`${field}: the environment variable ${name} is not set`);
  return fromEnv;
}

/** An absolute http(s) URL without query, fragment or user info, returned without a trailing slash. */
export function httpUrl(value: unknown, field: string): string {
  const raw = text(value, field);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ProxyConfigError(`${field}: not a URL (an absolute http or https URL is required)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ProxyConfigError(`${field}: an http or https URL is required`);
  if (url.username || url.password) throw new ProxyConfigError(`${field}: user name or password in the URL (use apiKey or oauth)`);
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) throw new ProxyConfigError(`${field}: a URL without query or fragment is required`);
  return url.href.replace(/\/+$/, '');
}

/** An origin (scheme://host[:port]); a path after it is dropped. */
export function origin(value: unknown, field: string): string {
  const raw = text(value, field);
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http');
    return url.origin;
  } catch {
    throw new ProxyConfigError(`${field}: "${raw.slice(0, 100)}" is not an http(s) origin`);
  }
}
