/**
 * Sentences for the reasons a credential can't be read: its form (`malformed`, `unsupported-format`), its size
 * and shape (`too-large`, `too-complex`), its vocabulary (`context-not-bundled`, `undefined-term`), a value stated
 * twice (`ambiguous-value`), its schema, and an engine failure.
 */
import { msg, str } from '@lit/localize';
import type { Check } from '../../../verify/types.js';
import { countMessage, formatUnit } from '../intl.js';
import { namedFormatMessage } from '../messages.js';
import { detail, listDetail, number, numberDetail, sentences, UNKNOWN, type Scene } from './params.js';
import { documentName } from './documents.js';

/** `malformed`: by the case the check names in `details.problem`, else by the check. */
export function malformedMessage(check: Check, scene: Scene): string {
  switch (check.details?.['problem'] ?? check.details?.['limit']) {
    case 'empty':
      return msg('The input is empty.', { id: 'reason.malformed.empty' });
    case 'json':
      return msg('This is not valid JSON, so it can’t be read.', { id: 'reason.malformed.json' });
    case 'not-object':
      return msg('This is JSON, but not a credential: a credential is a JSON object.', { id: 'reason.malformed.not-object' });
    case 'jwt-parts':
      return msg('This looks like a JWT, but its parts can’t be decoded.', { id: 'reason.malformed.jwt-parts' });
    case 'cycle':
    case 'proto-key':
      return msg('Its structure can’t be read safely (it refers to itself, or uses a reserved key).', { id: 'reason.malformed.structure' });
    case 'png':
      return msg('This PNG image can’t be read.', { id: 'reason.malformed.png' });
    case 'options':
      return msg('The verification was asked for with options that are not valid.', { id: 'reason.malformed.options' });
    case 'meaning':
      return msg('What it says (its JSON-LD) can’t be read as one credential.', { id: 'reason.malformed.meaning' });
    case 'no-context':
      return msg('It has no @context, so it is not JSON-LD.', { id: 'reason.malformed.no-context' });
    case 'context-entry':
      return msg('One of its @context entries is neither an address nor an object.', { id: 'reason.malformed.context-entry' });
    case 'json-ld':
      return msg('It is not valid JSON-LD, so what it says can’t be read.', { id: 'reason.malformed.json-ld' });
    case 'jwt-header':
      return msg('The signature’s header can’t be read.', { id: 'reason.malformed.jwt-header' });
    case 'jwt-payload':
      return msg('The JWT’s content can’t be read.', { id: 'reason.malformed.jwt-payload' });
    case 'no-signature':
      return msg(str`The proof carries no signature (no “${detail(check, 'field') ?? 'proofValue'}”).`, { id: 'reason.malformed.no-signature' });
    case 'no-method':
      return msg('The proof does not name the key that signed it (its verificationMethod).', { id: 'reason.malformed.no-method' });
    case 'unreadable':
      return msg('The signature can’t be read, so it can’t be checked.', { id: 'reason.malformed.unreadable' });
    case 'no-verification':
      return msg('The badge does not say how it is verified (hosted or signed).', { id: 'reason.malformed.no-verification' });
    case 'hosted-id':
      return msg('A hosted badge’s id must be the web address its issuer hosts it at; this one’s is not.', { id: 'reason.malformed.hosted-id' });
    case 'no-key':
      return msg('The badge names no signing key that can be fetched, so its signature can’t be checked.', { id: 'reason.malformed.no-key' });
    case 'no-pem':
      return msg('The signing key holds no RSA public key that can be read.', { id: 'reason.malformed.no-pem' });
    case 'no-badge-class':
      return msg('The badge names no BadgeClass that can be fetched.', { id: 'reason.malformed.no-badge-class' });
    case 'document':
      return msg(str`A document the verification needed (${documentName(check)}, at ${detail(check, 'url') ?? UNKNOWN}) can’t be read.`, { id: 'reason.malformed.document' });
  }
  if (scene.badge2 || check.details?.['format'] === 'open-badges-2.0') {
    return msg('This is an Open Badges 2.0 document, but it can’t be read as a badge, so it can’t be verified.', { id: 'reason.malformed.badge' });
  }
  if (check.id === 'status') return msg('Its revocation status entry is malformed (it names no list or no position in it).', { id: 'reason.malformed.status' });
  return msg('This is not a well-formed credential, so it can’t be verified.', { id: 'reason.malformed' });
}

/** `unsupported-format`: a format named (the elements' own sentences), else what was found instead. */
export function unsupportedMessage(check: Check, scene: Scene): string {
  const named = namedFormatMessage(String(check.details?.['format'] ?? check.details?.['cryptosuite'] ?? ''));
  if (named) return named;
  switch (check.details?.['problem']) {
    case 'enveloped':
      return msg(str`It is enveloped as ${detail(check, 'mediaType') ?? UNKNOWN}, a form this verifier does not read.`, { id: 'reason.unsupported.enveloped' });
    case 'no-vc-claim':
      return msg('This is a JWT, but it carries no verifiable credential.', { id: 'reason.unsupported.no-vc-claim' });
    case 'no-baked':
      return scene.kind === 'baked-svg'
        ? msg('This SVG image has no credential baked into it.', { id: 'reason.unsupported.no-baked-svg' })
        : msg('This PNG image has no credential baked into it.', { id: 'reason.unsupported.no-baked-png' });
    case 'binary':
      return msg('This file is neither text nor a PNG badge.', { id: 'reason.unsupported.binary' });
    case 'nothing':
      return msg('There is nothing to verify.', { id: 'reason.unsupported.nothing' });
    default:
      return msg('This is not a credential this verifier reads: it reads JSON-LD, VC-JWTs, and PNG or SVG badges with a credential baked in.', { id: 'reason.unsupported' });
  }
}

export function tooLargeMessage(check: Check): string {
  const max = numberDetail(check, 'max');
  if (check.details?.['problem'] === 'address') {
    return msg(str`The address of a document the badge names is longer than ${number(max ?? 2048)} characters, which no badge’s is.`, { id: 'reason.too-large.address' });
  }
  if (check.details?.['document']) return msg(str`A document the verification needed (${documentName(check)}) is too large to be read.`, { id: 'reason.too-large.document' });
  if (max !== undefined) {
    return msg(str`The input is larger than ${formatUnit(Math.round(max / 1048576), 'megabyte')}, more than any credential, so it was not read.`, { id: 'reason.too-large.input' });
  }
  return msg('It is too large to be read.', { id: 'reason.too-large' });
}

export function tooComplexMessage(check: Check): string {
  const max = number(numberDetail(check, 'max') ?? 0);
  const count = number(numberDetail(check, 'count') ?? 0);
  switch (check.details?.['limit']) {
    case 'depth':
      return msg(str`It nests deeper than ${max} levels, which no credential does, so it was not read.`, { id: 'reason.too-complex.depth' });
    case 'containers':
      return msg(str`It holds more than ${max} objects and lists, so it was not read.`, { id: 'reason.too-complex.containers' });
    case 'proofs':
      return msg(str`It carries ${count} proofs; at most ${max} are checked.`, { id: 'reason.too-complex.proofs' });
    case 'status-entries':
      return msg(str`It carries ${count} status entries; at most ${max} are checked.`, { id: 'reason.too-complex.status-entries' });
    default:
      return msg('It is too complex to be read safely, so it was not read.', { id: 'reason.too-complex' });
  }
}

export function contextMessage(check: Check, scene: Scene): string {
  const urls = listDetail(check, 'unknown') ?? listDetail(check, 'contexts');
  if (check.status === 'warning' && check.details?.['terms'] !== undefined) {
    return msg(str`Some of what the badge’s documents say uses vocabularies this verifier does not include (${urls ?? UNKNOWN}), which are never fetched; the checks read the Open Badges 2.0 terms alone.`, {
      id: 'reason.context-not-bundled.badge',
    });
  }
  if (check.status === 'warning' || scene.kind === 'vc-jwt') {
    return msg(str`The JWT lists vocabularies (JSON-LD contexts) this verifier does not include (${urls ?? UNKNOWN}). Its signature covers its content as written, which is what was checked, but that vocabulary was not.`, {
      id: 'reason.context-not-bundled.jwt',
    });
  }
  return urls
    ? msg(str`It uses vocabularies (JSON-LD contexts) this verifier does not include (${urls}). They are never fetched, so it can’t be checked.`, { id: 'reason.context-not-bundled' })
    : msg('It uses a vocabulary (a JSON-LD context) this verifier does not include. Vocabularies are never fetched, so it can’t be checked.', { id: 'reason.context-not-bundled.unnamed' });
}

export function undefinedTermMessage(check: Check): string {
  const term = detail(check, 'term');
  return term
    ? msg(str`It uses a term its vocabulary does not define (“${term}”), so what it says can’t be read safely.`, { id: 'reason.undefined-term' })
    : msg('It uses terms its vocabulary does not define, so what it says can’t be read safely.', { id: 'reason.undefined-term.unnamed' });
}

export function ambiguousMessage(check: Check): string {
  const term = detail(check, 'term');
  const values = check.details?.['values'];
  if (!term) {
    return check.details?.['problem'] === 'meaning'
      ? msg('What it says holds several credentials side by side, so which one was signed can’t be told.', { id: 'reason.ambiguous.meaning' })
      : msg('It states more than one value for something that takes one, so it can’t be read unambiguously.', { id: 'reason.ambiguous' });
  }
  if (!Array.isArray(values) || values.length < 2) {
    return msg(str`It states more than one value for “${term}”, which takes one, so it can’t be read unambiguously.`, { id: 'reason.ambiguous.term' });
  }
  return countMessage(values.length, 'reason.ambiguous.values', {
    one: str`It states ${number(values.length)} different value for “${term}”, which takes one, so it can’t be read unambiguously.`,
    other: str`It states ${number(values.length)} different values for “${term}”, which takes one, so it can’t be read unambiguously.`,
  });
}

/** The schema's label (a class name: "OB 3.0 AchievementCredential"), as the check gives it. */
const label = (check: Check) => detail(check, 'label') ?? 'Open Badges 3.0';

/** What the schema check says; a note follows when the credential names a schema that was not applied. */
export function schemaMessage(check: Check): string {
  const count = numberDetail(check, 'errorCount') ?? 1;
  const sentence =
    check.reason === 'schema-invalid'
      ? countMessage(count, 'reason.schema-invalid', {
          one: str`Not a well-formed ${label(check)}: the standard’s schema finds ${number(count)} problem in it.`,
          other: str`Not a well-formed ${label(check)}: the standard’s schema finds ${number(count)} problems in it.`,
        })
      : check.reason === 'schema-legacy'
        ? msg(str`Accepted as ${label(check)}, but it uses the older VC 1.1 form; Open Badges 3.0 and CLR 2.0 now use VC 2.0.`, { id: 'reason.schema-legacy' })
        : check.reason === 'schema-deviation'
          ? msg(str`Accepted as ${label(check)}, with small departures from the standard that do not change who signed what (a missing name, say, or an issuer or image given only as an address).`, { id: 'reason.schema-deviation' })
          : check.status === 'skipped'
            ? msg(str`No Open Badges 3.0 or CLR 2.0 schema applies to a credential of type ${listDetail(check, 'types') ?? UNKNOWN}.`, { id: 'outcome.schema.skipped' })
            : msg(str`A well-formed ${label(check)} (checked against the 1EdTech schema).`, { id: 'outcome.schema' });
  const unknown = listDetail(check, 'unknownSchemas');
  return sentences(sentence, unknown && msg(str`The schema it names (${unknown}) was not applied: only the bundled 1EdTech schemas are, and none is fetched.`, { id: 'reason.schema.unknown-schemas' }));
}

export function internalErrorMessage(): string {
  return msg('The verification could not be completed because of an unexpected error in the verifier.', { id: 'reason.internal-error' });
}
