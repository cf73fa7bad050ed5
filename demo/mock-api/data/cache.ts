/**
 * A disk cache of the generated data in node_modules/.cache (ignored by git, like other tools' caches), keyed by a
 * hash of the generator's own source and the CLR context module: change either and the data is made again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = new URL('./', import.meta.url);
const cacheDir = new URL('../../../node_modules/.cache/credential-mock-api/', import.meta.url);
const inputs = [new URL('../../../src/verify/contexts/clr.ts', import.meta.url)];

export function cacheKey(): string {
  const hash = createHash('sha256');
  const sources = readdirSync(here)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => new URL(name, here));
  for (const file of [...sources, ...inputs]) {
    hash.update(file.pathname);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('absent');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export function readCache<T>(key: string): T | undefined {
  try {
    return JSON.parse(readFileSync(fileURLToPath(new URL(`${key}.json`, cacheDir)), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function writeCache(key: string, data: unknown): void {
  try {
    mkdirSync(fileURLToPath(cacheDir), { recursive: true });
    writeFileSync(fileURLToPath(new URL(`${key}.json`, cacheDir)), JSON.stringify(data));
  } catch {
    // A read-only checkout only loses the cache.
  }
}
