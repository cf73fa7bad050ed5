/** Bounds on what the engine accepts, so that no input can exhaust memory or time. */

/** Largest credential text or JSON accepted (a CLR with hundreds of achievements is well under this). */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;
/** Largest baked image accepted. */
export const MAX_IMAGE_BYTES = 16 * 1024 * 1024;
/** Deepest JSON nesting accepted (real credentials stay under 20). */
export const MAX_DEPTH = 64;
/** Most nested credentials verified in one report (CLR children, endorsements, at every level together). */
export const MAX_NESTED = 1000;
/** How deep credentials may nest inside credentials (CLR → badge → endorsement …). */
export const MAX_NESTING_LEVEL = 4;

/**
 * Checks a parsed JSON value's shape without recursion: depth, cycles (for objects handed in directly) and
 * `__proto__` keys, which could poison objects built from it. Returns a problem in words, or undefined.
 */
export function findStructuralProblem(root: unknown): string | undefined {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return `it nests deeper than ${MAX_DEPTH} levels`;
    if (seen.has(value)) return 'it refers to itself (a cycle)';
    seen.add(value);
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return "it contains a '__proto__' key";
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return undefined;
}
