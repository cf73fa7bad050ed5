/**
 * A check in a sentence of the element's language, built from its reason code and details (never from the engine's
 * English `message`, which stays for programs and the command line). A check the elements have no sentence for
 * (a reason a newer engine added, say) shows the engine's sentence, marked as English in the element's language.
 */
import { msg, str } from '@lit/localize';
import type { Check, VerificationReport } from '../../../verify/types.js';
import { activeLocale } from '../localize.js';
import { badgeLookupMessage, copyDiffersMessage, idMismatchMessage, keyNotListedMessage, outOfScopeMessage } from './badge2.js';
import { outcomeMessage } from './outcomes.js';
import { number, numberDetail, sceneOf, type Scene } from './params.js';
import { issuerUntrustedMessage, nestedMessage, recipientMismatchMessage } from './parties.js';
import {
  ambiguousMessage,
  contextMessage,
  internalErrorMessage,
  malformedMessage,
  schemaMessage,
  tooComplexMessage,
  tooLargeMessage,
  undefinedTermMessage,
  unsupportedMessage,
} from './reading.js';
import {
  challengeMessage,
  claimsMismatchMessage,
  domainMessage,
  invalidDidMessage,
  keyNotFoundMessage,
  keyUnprovenMessage,
  keyUnreachableMessage,
  legacySuiteMessage,
  noHolderMessage,
  noIssuerMessage,
  noProofMessage,
  notCheckedMessage,
  notTheirsMessage,
  proofExpiredMessage,
  signatureInvalidMessage,
  unsupportedSuiteMessage,
  wrongPurposeMessage,
} from './signature.js';
import { expiredMessage, invalidDatesMessage, noDatesMessage, notYetValidMessage, statusMessage } from './validity.js';

export type { Scene };
export { sceneOf };

/** What a check says: a sentence in the element's language, or (`english`) the engine's, after a `prefix` that says so. */
export type CheckSentence = { text: string } | { prefix: string; english: string };

/** The sentence for a reason code; undefined for a reason the elements do not know. */
function reasonMessage(check: Check, scene: Scene): string | undefined {
  // The signature was not checked because the credential's meaning could not be read: the reason is the meaning's.
  if (check.id === 'proof' && check.details?.['problem'] === 'meaning') return notCheckedMessage(check);
  switch (check.reason) {
    case 'malformed':
      return malformedMessage(check, scene);
    case 'unsupported-format':
      return unsupportedMessage(check, scene);
    case 'too-large':
      return tooLargeMessage(check);
    case 'too-complex':
      return tooComplexMessage(check);
    case 'context-not-bundled':
      return check.id === 'proof' ? notCheckedMessage(check) : contextMessage(check, scene);
    case 'undefined-term':
      return check.id === 'proof' ? notCheckedMessage(check) : undefinedTermMessage(check);
    case 'ambiguous-value':
      return ambiguousMessage(check);
    case 'schema-invalid':
    case 'schema-legacy':
    case 'schema-deviation':
      return schemaMessage(check);
    case 'no-proof':
      return noProofMessage(check, scene);
    case 'unsupported-suite':
      return unsupportedSuiteMessage(check, scene);
    case 'legacy-suite':
      return legacySuiteMessage(check);
    case 'wrong-purpose':
      return wrongPurposeMessage(check);
    case 'signature-invalid':
      return signatureInvalidMessage(check, scene);
    case 'proof-expired':
      return proofExpiredMessage(check);
    case 'claims-mismatch':
      return claimsMismatchMessage(check, scene);
    case 'challenge-mismatch':
      return challengeMessage(check);
    case 'domain-mismatch':
      return domainMessage(check);
    case 'key-not-found':
      return keyNotFoundMessage(check);
    case 'key-unreachable':
    case 'did-unreachable':
      return keyUnreachableMessage(check);
    case 'invalid-did':
      return invalidDidMessage(check);
    case 'key-not-issuers':
    case 'key-not-holders':
      return notTheirsMessage(check);
    case 'key-unproven':
      return keyUnprovenMessage(check);
    case 'no-issuer':
      return noIssuerMessage(check, scene);
    case 'no-holder':
      return noHolderMessage(check);
    case 'expired':
      return expiredMessage(check);
    case 'not-yet-valid':
      return notYetValidMessage(check, scene);
    case 'invalid-dates':
      return invalidDatesMessage(check);
    case 'no-dates':
      return noDatesMessage(scene);
    case 'revoked':
    case 'suspended':
    case 'status-set':
    case 'status-unchecked':
    case 'status-unreachable':
    case 'status-list-untrusted':
    case 'status-unsupported':
      return statusMessage(check);
    case 'assertion-unreachable':
    case 'assertion-not-found':
    case 'badge-unreachable':
    case 'badge-not-found':
    case 'issuer-unreachable':
    case 'issuer-not-found':
      return badgeLookupMessage(check);
    case 'id-mismatch':
      return idMismatchMessage(check);
    case 'out-of-scope':
      return outOfScopeMessage(check);
    case 'copy-differs':
      return copyDiffersMessage(check);
    case 'key-not-listed':
      return keyNotListedMessage(check);
    case 'issuer-untrusted':
      return issuerUntrustedMessage(check);
    case 'recipient-mismatch':
      return recipientMismatchMessage(check);
    case 'nested-failed':
    case 'nested-too-deep':
    case 'nested-too-many':
    case 'nested-cancelled':
    case 'nested-unverifiable':
    case 'nested-unreadable':
    case 'nested-warnings':
      return nestedMessage(check);
    case 'internal-error':
      return internalErrorMessage();
    default:
      return undefined;
  }
}

/** "Proof 2 of 3: …" when a credential carries several proofs. */
function withPosition(check: Check, sentence: string): string {
  const index = numberDetail(check, 'proofIndex');
  const count = numberDetail(check, 'proofCount');
  if (index === undefined || count === undefined) return sentence;
  return msg(str`Proof ${number(index)} of ${number(count)}: ${sentence}`, { id: 'check.proof-position' });
}

/** A check's sentence in the element's language (call inside its render: msg() and Intl follow its locale). */
export function checkMessage(check: Check, report: Pick<VerificationReport, 'kind' | 'summary'>): CheckSentence {
  const scene = sceneOf(report);
  const sentence = check.reason ? reasonMessage(check, scene) : outcomeMessage(check, scene);
  if (sentence !== undefined) return { text: withPosition(check, sentence) };
  if (activeLocale() === 'en') return { text: check.message };
  return { prefix: msg('In English:', { id: 'check.untranslated' }), english: check.message };
}
