/**
 * The `key` check: whether the key that signed belongs to the issuer (for a presentation: to its holder). A key controlled by someone else fails;
 * a key nothing can tie to the issuer (a urn:uuid issuer signing with a did:key) still counts, with a warning that
 * the issuer's identity is unproven. A key a JWT carries in its own header speaks only for itself: it belongs to an
 * issuer that is exactly that key's did:jwk, and to no one else.
 */
import type { KeyRoute } from '../keys/resolve.js';
import type { Check } from '../types.js';

const isDid = (id: string) => id.startsWith('did:');
/** What ties a key to someone: the route it was found by, and what the controller's own documents say of it. */
export interface KeyBinding {
  id: string;
  controller?: string;
  route: KeyRoute | 'jwk-header' | 'issuer-profile';
  listed?: boolean;
  /** The controller's own document, which would say whether the key is theirs, gave no answer (resolve.ts). */
  unanswered?: boolean;
}

// Routes whose controller is proven by the key itself (did:key, did:jwk) or by the controller's own document.
const SELF_PROVEN: ReadonlySet<KeyBinding['route']> = new Set(['did:key', 'did:jwk', 'did:web', 'issuer-profile']);

/** Whom a key must belong to: a credential's issuer, or a presentation's holder. */
export interface Signer {
  id: string | undefined;
  role: 'issuer' | 'holder';
}

export function keyBindingCheck(key: KeyBinding, signer: string | undefined | Signer): Check {
  const { id: issuer, role } = typeof signer === 'object' ? signer : { id: signer, role: 'issuer' as const };
  // `issuer` below is whoever must have signed: the issuer of a credential, the holder of a presentation.
  const document = role === 'holder' ? 'presentation' : 'credential';
  // `signer`: whom the key must belong to (the issuer, or the holder: `role`); `listed`: what the controller's own document says.
  const details = { verificationMethod: key.id, controller: key.controller, route: key.route, signer: issuer, role, ...(key.listed !== undefined && { listed: key.listed }) };
  const notTheirs = role === 'holder' ? 'key-not-holders' : 'key-not-issuers';
  const fail = (message: string, reason: Check['reason'] = notTheirs): Check => ({ id: 'key', status: 'failure', reason, message, details });
  const unproven = (message: string): Check => ({ id: 'key', status: 'warning', reason: 'key-unproven', message, details });
  // A presentation need not name its holder (VC 2.0): then whoever signed is proven, but is no one named.
  if (!issuer && role === 'holder') return { id: 'key', status: 'warning', reason: 'no-holder', message: `The presentation names no holder, so the key that signed it (${key.controller ?? key.id}) is not tied to anyone it names.`, details };
  if (!issuer) return fail(`The ${document} names no ${role}, so the key cannot be tied to one.`, 'no-issuer');
  if (key.route === 'jwk-header') {
    return key.controller === issuer
      ? { id: 'key', status: 'success', message: `The JWT carries the ${role}'s own key (${issuer} is that key).`, details }
      : fail(`The JWT carries a key in its header, which speaks only for itself (${role === 'holder' ? 'a holder' : 'an issuer'} that is exactly that did:jwk), not for the ${role} ${issuer}.`);
  }
  const controller = key.controller!;
  // The controller's own document was read and does not list the key: whoever signed, it was not on its behalf.
  if (key.listed === false) return fail(`${controller}'s own document does not list ${key.id} as one of its keys for ${role === 'holder' ? 'authentication' : 'signing credentials'}.`);
  if (controller !== issuer) {
    // A self-certifying key (did:key, did:jwk) may be a non-DID issuer's own: nothing says either way. Any other
    // controller is someone with an identity of their own, who is not the issuer.
    const selfCertifying = controller.startsWith('did:key:') || controller.startsWith('did:jwk:');
    if (selfCertifying && !isDid(issuer)) {
      return unproven(`The key (${controller}) is not linked to the ${role} ${issuer}: the signature is valid, but the ${role}'s identity is unproven.`);
    }
    return fail(`The ${document} was signed by ${controller}, not by its ${role} ${issuer}.`);
  }
  // The key names the issuer as its controller; that counts only where the issuer's side confirms it.
  if (SELF_PROVEN.has(key.route) || key.listed === true) return { id: 'key', status: 'success', message: `The key belongs to the ${role} (${issuer}).`, details };
  // The look-up that decides whose key it is could not be made: anyone may name a key under an address they don't own.
  if (key.unanswered) {
    return { id: 'key', status: 'unverifiable', reason: 'key-unreachable', message: `${issuer}'s own document, which says whether the key ${key.id} is the ${role}'s, could not be read right now.`, details };
  }
  return unproven(
    key.route === 'fragment'
      ? `The key is named under the ${role}'s id, but the ${role}'s profile could not confirm it: the ${role}'s identity is unproven.`
      : `The key document names ${issuer} as its controller, but ${issuer}'s own document could not confirm it: the ${role}'s identity is unproven.`,
  );
}
