/**
 * Reading a JSON-LD credential's meaning for verifyCredential, and what to report when it can't be read: the
 * `context` check fails for terms no bundled context defines, the `format` check for a meaning that is malformed,
 * ambiguous or too complex; either way the signature is not checked.
 */
import type { JsonObject } from '../../shape/json.js';
import type { VerifyContext } from '../options.js';
import { limitReason } from '../limits.js';
import type { Check, ReasonCode } from '../types.js';
import { isMeaningError, readMeaning, type Meaning } from './read.js';

export interface MeaningOutcome {
  meaning?: Meaning;
  /** Replaces the `context` check when the meaning failed on vocabulary. */
  context?: Check;
  /** A `format` failure when the meaning is malformed, ambiguous or too complex. */
  format?: Check;
  /** The `proof` failure when the meaning can't be read. */
  proof?: Check;
}

/** Whether a CredentialError with `code` is behind a jsonld error (jsonld wraps what the document loader throws). */
function causedBy(error: unknown, code: string): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    if ((cause as { code?: string }).code === code) return true;
    const next = cause as { cause?: unknown; details?: { cause?: unknown } };
    cause = next.details?.cause ?? next.cause;
  }
  return false;
}

/** The term jsonld's safe mode stopped at, from its error. */
function undefinedTerm(error: unknown): string | undefined {
  const details = (error as { details?: { event?: { details?: { property?: string; term?: string } } } }).details?.event?.details;
  return details?.property ?? details?.term;
}

/** The proof check when the meaning can't be read (`details.problem` is `meaning`: the signature was not checked). */
const notChecked = (reason: ReasonCode, why: string): Check => ({ id: 'proof', status: 'failure', reason, message: `The signature was not checked, because ${why}.`, details: { problem: 'meaning' } });

export async function readCredentialMeaning(raw: JsonObject, contexts: Check, context: VerifyContext): Promise<MeaningOutcome> {
  if (contexts.status === 'failure') return { proof: notChecked(contexts.reason ?? 'context-not-bundled', 'the credential uses a context that is not bundled') };
  try {
    return { meaning: await readMeaning(raw, context.documentLoader) };
  } catch (error) {
    if (isMeaningError(error)) {
      return { format: { id: 'format', status: 'failure', reason: error.reason, message: error.message, details: { problem: 'meaning' } }, proof: notChecked(error.reason, "the credential's meaning can't be read") };
    }
    const limit = limitReason(error); // a work bound (work-bounds.ts) stopped the reading
    if (limit) {
      return { format: { id: 'format', status: 'failure', reason: limit, message: `The credential can't be read: ${(error as Error).message}.`, details: { problem: 'meaning' } }, proof: notChecked(limit, "the credential's meaning can't be read") };
    }
    const name = (error as { name?: string }).name;
    if (causedBy(error, 'CONTEXT_NOT_BUNDLED')) {
      const message = 'The credential refers to a JSON-LD context this verifier does not bundle (contexts are never fetched), so it can\'t be checked.';
      return { context: { id: 'context', status: 'failure', reason: 'context-not-bundled', message }, proof: notChecked('context-not-bundled', 'the credential uses a context that is not bundled') };
    }
    const term = undefinedTerm(error);
    const why = name === 'jsonld.ValidationError'
      ? `the credential uses terms its @context does not define${term ? ` ("${term}")` : ''}, so what it says can't be read safely`
      : `the credential is not valid JSON-LD (${(error as Error)?.message ?? String(error)})`;
    return {
      context: {
        id: 'context',
        status: 'failure',
        reason: name === 'jsonld.ValidationError' ? 'undefined-term' : 'malformed',
        message: `${why[0]!.toUpperCase()}${why.slice(1)}.`,
        details: name === 'jsonld.ValidationError' ? { ...(term && { term: term.slice(0, 200) }) } : { problem: 'json-ld' },
      },
      proof: notChecked(name === 'jsonld.ValidationError' ? 'undefined-term' : 'malformed', why),
    };
  }
}
