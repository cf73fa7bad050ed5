/**
 * Loaded document → view (the pipeline's fourth step), in the display model of src/model. Each mapper loads on first
 * use, so a page of OB 3.0 badges never downloads the Accredible or ibl.ai mappers.
 *
 * A view is read from the document as served until verification has a report; then from what was verified: the
 * report's `credential` (`signed` below), the engine's reading of the signed meaning. For a provider's record the
 * signed credential's statements replace the record's own, which nobody signed.
 */
import { CredentialError } from '../errors.js';
import type { CredentialView, Provider, TranscriptView } from '../model/types.js';
import type { JsonObject } from '../shape/json.js';
import type { LoadedDocument } from './read-document.js';

const mappers = {
  ob3: () => import('../model/ob3.js'),
  ob2: () => import('../model/ob2.js'),
  accredible: () => import('../model/accredible.js'),
  ibl: () => import('../model/ibl.js'),
  clr: () => import('../model/clr.js'),
};

/** The view of one credential (for `<credential-verify>`): any JSON the verifier can report on. */
export async function credentialView(loaded: LoadedDocument, signed?: JsonObject): Promise<CredentialView> {
  const { provider, document } = loaded;
  if (loaded.kind === 'record') {
    const record = document as JsonObject;
    const view = provider === 'accredible' ? (await mappers.accredible()).credentialViewFromAccredible(record) : (await mappers.ibl()).credentialViewFromIbl(record);
    const embedded = loaded.verifiable as JsonObject | string | undefined;
    return embedded === undefined ? view : withSignedFields(view, await statementView(signed ?? embedded, embedded, provider));
  }
  if (provider === 'ob2') return ob2View(signed ?? document, document);
  const view = await statementView(signed ?? document, document, provider);
  // A ClrCredential shown as one credential is the record itself (its own name), not its first achievement.
  const statement = signed ?? loaded.credential;
  if (loaded.kind === 'clr' && statement) {
    if (typeof statement['name'] === 'string') view.title = statement['name'];
    if (typeof statement['description'] === 'string') view.description = statement['description'];
  }
  return view;
}

/** The view of one credential on a card (`<credential-badge>`): refuses JSON that is no credential at all. */
export function cardView(loaded: LoadedDocument, signed?: JsonObject): Promise<CredentialView> {
  const document = loaded.document;
  if (loaded.kind === 'credential' && loaded.provider === 'ob3' && typeof document !== 'string' && !document['credentialSubject'] && !document['@context']) {
    return Promise.reject(new CredentialError('UNSUPPORTED_FORMAT', 'This JSON is not a credential.'));
  }
  return credentialView(loaded, signed);
}

/** The transcript of a CLR 2.0 record (`<clr-transcript>`); anything else is refused. */
export async function transcriptView(loaded: LoadedDocument, signed?: JsonObject): Promise<TranscriptView> {
  if (loaded.kind !== 'clr') throw new CredentialError('UNSUPPORTED_FORMAT', 'This is not a CLR 2.0 ClrCredential.');
  const { transcriptFromClr } = await mappers.clr();
  const view = transcriptFromClr(signed ?? loaded.document);
  // The record as served stays what is downloaded and verified, whatever the view was read from.
  const document = loaded.document;
  if (signed) view.raw = typeof document === 'string' ? (loaded.credential ?? signed) : document;
  return view;
}

/**
 * A provider record shown beside a "verified" chip must say what the signature covers: the fields the signed
 * credential states replace the API record's (which nobody signed); the provider's own extras (template, links,
 * custom attributes, signatories) stay.
 */
export function withSignedFields(view: CredentialView, signed: CredentialView): CredentialView {
  const merged: CredentialView = { ...view, verifiable: signed.verifiable ?? view.verifiable };
  const keys = ['title', 'description', 'image', 'achievementType', 'criteria', 'issuer', 'recipient', 'issued', 'expires', 'credits'] as const;
  for (const key of keys) if (signed[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = signed[key];
  if (signed.results.length) merged.results = signed.results;
  if (signed.evidence.length) merged.evidence = signed.evidence;
  if (signed.endorsements.length) merged.endorsements = signed.endorsements;
  if (signed.alignments.length) merged.alignments = signed.alignments;
  return merged;
}

/** Starts loading the mappers a view will need, while the document downloads. */
export function preloadMappers(purpose: 'credential' | 'transcript', provider?: string): void {
  const name = provider?.trim().toLowerCase();
  const wanted =
    purpose === 'transcript'
      ? [mappers.clr()]
      : name === 'accredible'
        ? [mappers.accredible(), mappers.ob3()]
        : name === 'ibl'
          ? [mappers.ibl(), mappers.ob3()]
          : // ob3's own imports alongside it, not after it
            [mappers.ob3(), import('../model/values.js')];
  void Promise.all(wanted).catch(() => undefined);
}

/** An OB 2.0 assertion's view (as verified, or as served), keeping what was served as the view's `raw` and `verifiable`. */
async function ob2View(assertion: JsonObject | string, original: JsonObject | string): Promise<CredentialView> {
  const view = (await mappers.ob2()).credentialViewFromOb2(assertion);
  view.raw = original;
  view.verifiable = original;
  return view;
}

/** An OB 3.0 statement's view, keeping what was served (`original`) as the view's `raw` and `verifiable`. */
async function statementView(statement: JsonObject | string, original: JsonObject | string, provider: Provider): Promise<CredentialView> {
  const view = (await mappers.ob3()).credentialViewFromOb3(statement, { provider });
  view.raw = original;
  view.verifiable = original;
  return view;
}
