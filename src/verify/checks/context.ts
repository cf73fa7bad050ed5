/** The `context` check: every @context entry is a bundled context (or an inline one); nothing is ever fetched. */
import { oneOrMany, type JsonObject } from '../../shape/json.js';
import { isBundledContext } from '../contexts/index.js';
import type { VerifyContext } from '../options.js';
import type { Check } from '../types.js';

/**
 * For a VC-JWT, a context that is not bundled is a warning: the JWT's signature covers its payload's bytes, which the
 * checks read directly, so the context only means its vocabulary was not checked.
 */
export function jwtContexts(check: Check): Check {
  if (check.status !== 'failure' || check.reason !== 'context-not-bundled') return check;
  const unknown = (check.details?.unknown as string[] | undefined) ?? [];
  return {
    ...check,
    status: 'warning',
    message: `The JWT lists ${unknown.length === 1 ? 'a context' : 'contexts'} this verifier does not bundle (${unknown.join(', ')}), such as a pre-final draft's; its signature covers its payload as written, which is what is checked, but its vocabulary was not.`,
  };
}

export function checkContexts(credential: JsonObject, context: VerifyContext): Check {
  const entries = oneOrMany(credential['@context']);
  if (!entries.length) return { id: 'context', status: 'failure', reason: 'malformed', message: 'The credential has no @context, so it is not JSON-LD.', details: { problem: 'no-context' } };
  const unknown = entries.filter((entry): entry is string => typeof entry === 'string' && !isBundledContext(entry, context.extraContexts));
  const invalid = entries.filter((entry) => typeof entry !== 'string' && (entry === null || typeof entry !== 'object'));
  if (invalid.length) return { id: 'context', status: 'failure', reason: 'malformed', message: 'An @context entry is neither a URL nor an object.', details: { problem: 'context-entry' } };
  if (unknown.length) {
    return {
      id: 'context',
      status: 'failure',
      reason: 'context-not-bundled',
      message: `The credential uses ${unknown.length === 1 ? 'a context' : 'contexts'} this verifier does not bundle (${unknown.join(', ')}); contexts are never fetched, so it can't be checked.`,
      details: { unknown },
    };
  }
  const inline = entries.length - entries.filter((entry) => typeof entry === 'string').length;
  return {
    id: 'context',
    status: 'success',
    message: `All ${entries.length} @context entries are known${inline ? ` (${inline} inline)` : ''}.`,
    details: { contexts: entries.filter((entry) => typeof entry === 'string') },
  };
}
