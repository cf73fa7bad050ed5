/**
 * Where the proxy keeps answers: an interface any shared store can implement (Redis/Valkey, a platform's KV), and
 * the default, a least-recently-used map in this process's memory with a byte bound.
 */
import { systemClock, type Clock } from './clock.js';

/** One upstream answer as the proxy passes it on: redacted, paging links rewritten, no CORS headers. */
export interface CachedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** When it was received, in milliseconds since the epoch: freshness is judged from it. */
  storedAt: number;
}

export interface CacheStore {
  get(key: string): Promise<CachedAnswer | undefined>;
  /** Keep `answer` for at most `ttlSeconds` (the store may drop it sooner). */
  set(key: string, answer: CachedAnswer, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Bytes held, where the store knows (for /metrics). */
  bytes?(): number;
  close?(): Promise<void>;
}

interface Slot {
  answer: CachedAnswer;
  expiresAt: number;
  size: number;
}

/** Per-entry bookkeeping (Map slot, objects) counted on top of the strings. */
const ENTRY_OVERHEAD = 512;

/** What an answer costs in memory: JS strings take up to two bytes a character. */
export function answerSize(key: string, answer: CachedAnswer): number {
  let chars = key.length + answer.body.length;
  for (const [name, value] of Object.entries(answer.headers)) chars += name.length + value.length;
  return chars * 2 + ENTRY_OVERHEAD;
}

export interface MemoryStoreOptions {
  /** Upper bound of the bytes held; the least recently used answers go first. */
  maxBytes: number;
  clock?: Clock;
}

export function createMemoryStore({ maxBytes, clock = systemClock }: MemoryStoreOptions): CacheStore {
  const slots = new Map<string, Slot>();
  let total = 0;
  const remove = (key: string) => {
    const slot = slots.get(key);
    if (!slot) return;
    slots.delete(key);
    total -= slot.size;
  };
  return {
    async get(key) {
      const slot = slots.get(key);
      if (!slot) return undefined;
      remove(key);
      if (slot.expiresAt <= clock.now()) return undefined;
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      slots.set(key, slot);
      total += slot.size;
      return slot.answer;
    },
    async set(key, answer, ttlSeconds) {
      remove(key);
      const size = answerSize(key, answer);
      if (size > maxBytes || ttlSeconds <= 0) return;
      while (total + size > maxBytes) remove(slots.keys().next().value as string);
      slots.set(key, { answer, expiresAt: clock.now() + ttlSeconds * 1000, size });
      total += size;
    },
    async delete(key) {
      remove(key);
    },
    bytes: () => total,
  };
}
