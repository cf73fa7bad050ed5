/**
 * The cache store on a Redis or Valkey server, shared by several proxy instances (Node only: a TCP client). The
 * client, ioredis, is an optional peer dependency loaded only when this store is asked for.
 *
 * Keys are a SHA-256 of the request key (the upstream URL may hold an e-mail address); values are the redacted
 * answers as JSON. A slow or absent server never fails a request: commands time out fast, and a failed get or set is
 * a cache miss. Bound the server's memory with its own `maxmemory` and `maxmemory-policy allkeys-lru`.
 */
import { ProxyConfigError } from './config.js';
import type { LogSink } from './log.js';
import type { CachedAnswer, CacheStore } from './store.js';

export interface RedisStoreOptions {
  /** redis://[user:password@]host:port[/db] or rediss:// for TLS. */
  url: string;
  keyPrefix?: string;
  /** Per command, in milliseconds. Default 500. */
  commandTimeoutMs?: number;
  /** Where a line goes when the server cannot be reached at start. */
  log?: LogSink;
}

/** How long start-up waits for the server before going on without it (it is retried in the background). */
const READY_WAIT_MS = 3000;

export async function createRedisStore(options: RedisStoreOptions): Promise<CacheStore> {
  let Redis: typeof import('ioredis').Redis;
  try {
    ({ Redis } = await import('ioredis'));
  } catch {
    throw new ProxyConfigError('store: the Redis store needs the ioredis package (npm install ioredis)');
  }
  const prefix = options.keyPrefix ?? 'credential-proxy:';
  const timeout = options.commandTimeoutMs ?? 500;
  const client = new Redis(options.url, {
    // Fail fast while disconnected instead of queueing requests behind a dead server.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: timeout,
    connectTimeout: READY_WAIT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5000),
  });
  // Errors reach each command as a rejection (a cache miss); the event would otherwise crash the process.
  client.on('error', () => undefined);
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), READY_WAIT_MS);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!ready) options.log?.(JSON.stringify({ time: new Date().toISOString(), msg: 'the Redis store is not reachable yet; serving without a shared cache until it is' }));

  const keyFor = async (key: string) => {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
    return prefix + Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  };

  return {
    async get(key) {
      const value = await client.get(await keyFor(key));
      return value === null ? undefined : parseAnswer(value);
    },
    async set(key, answer, ttlSeconds) {
      const seconds = Math.ceil(ttlSeconds);
      if (seconds > 0) await client.set(await keyFor(key), JSON.stringify(answer), 'EX', seconds);
    },
    async delete(key) {
      await client.del(await keyFor(key));
    },
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** A stored value read back: anything not shaped like an answer (another writer, a corrupted value) is a miss. */
function parseAnswer(value: string): CachedAnswer | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const answer = parsed as Partial<CachedAnswer> | null;
  if (!answer || typeof answer !== 'object') return undefined;
  if (typeof answer.status !== 'number' || typeof answer.body !== 'string' || typeof answer.storedAt !== 'number') return undefined;
  if (!answer.headers || typeof answer.headers !== 'object' || Object.values(answer.headers).some((header) => typeof header !== 'string')) return undefined;
  return { status: answer.status, headers: { ...answer.headers }, body: answer.body, storedAt: answer.storedAt };
}
