/** A least-recently-used cache on a Map (insertion order is recency order): just what jsonld's caches need. */
export class LRU<K = unknown, V = unknown> {
  readonly max: number;
  readonly #map = new Map<K, V>();

  constructor(options?: number | { max?: number }) {
    this.max = (typeof options === 'number' ? options : options?.max) || Infinity;
  }

  get(key: K): V | undefined {
    if (!this.#map.has(key)) return undefined;
    const value = this.#map.get(key)!;
    this.#map.delete(key);
    this.#map.set(key, value);
    return value;
  }

  set(key: K, value: V): boolean {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.max) this.#map.delete(this.#map.keys().next().value as K);
    return true;
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }
}
