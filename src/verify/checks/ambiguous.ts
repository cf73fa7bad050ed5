/** The failure every check gives when a single-valued term it reads holds two or more distinct values. */
import type { Check, CheckId } from '../types.js';

const quoted = (values: unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

export function ambiguous(id: CheckId, term: string, values: unknown[], what = 'the credential'): Check {
  return {
    id,
    status: 'failure',
    reason: 'ambiguous-value',
    message: `${what[0]!.toUpperCase()}${what.slice(1)} states ${values.length} different values for ${term} (${quoted(values)}), which takes one; it can't be read unambiguously.`,
    details: { term, values },
  };
}
