/**
 * The `key` check: whether the key that signed belongs to the issuer. A key controlled by someone else fails;
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
}

// Routes whose controller is proven by the key itself (did:key, did:jwk) or by the controller's own document.
const SELF_PROVEN: ReadonlySet<KeyBinding['route']> = new Set(['did:key', 'did:jwk', 'did:web', 'issuer-profile']);

export function keyBindingCheck(key: KeyBinding, issuer: string | undefined): Check {
  const details = { verificationMethod: key.id, controller: key.controller, route: key.route };
  const fail = (message: string, reason: Check['reason'] = 'key-not-issuers'): Check => ({ id: 'key', status: 'failure', reason, message, details });
  const unproven = (message: string): Check => ({ id: 'key', status: 'warning', reason: 'key-unproven', message, details });
  if (!issuer) return fail('The credential names no issuer, so the key cannot be tied to one.', 'no-issuer');
  if (key.route === 'jwk-header') {
    return key.controller === issuer
      ? { id: 'key', status: 'success', message: `The JWT carries the issuer's own key (${issuer} is that key).`, details }
      : fail(`The JWT carries a key in its header, which speaks only for itself (an issuer that is exactly that did:jwk), not for the issuer ${issuer}.`);
  }
  const controller = key.controller!;
  // The controller's own document was read and does not list the key: whoever signed, it was not on its behalf.
  if (key.listed === false) return fail(`${controller}'s own document does not list ${key.id} as one of its keys for signing credentials.`);
  if (controller !== issuer) {
    // A self-certifying key (did:key, did:jwk) may be a non-DID issuer's own: nothing says either way. Any other
    // controller is someone with an identity of their own, who is not the issuer.
    const selfCertifying = controller.startsWith('did:key:') || controller.startsWith('did:jwk:');
    if (selfCertifying && !isDid(issuer)) {
      return unproven(`The key (${controller}) is not linked to the issuer ${issuer}: the signature is valid, but the issuer's identity is unproven.`);
    }
    return fail(`The credential was signed by ${controller}, not by its issuer ${issuer}.`);
  }
  // The key names the issuer as its controller; that counts only where the issuer's side confirms it.
  if (SELF_PROVEN.has(key.route) || key.listed === true) return { id: 'key', status: 'success', message: `The key belongs to the issuer (${issuer}).`, details };
  return unproven(
    key.route === 'fragment'
      ? "The key is named under the issuer's id, but the issuer's profile could not confirm it: the issuer's identity is unproven."
      : `The key document names ${issuer} as its controller, but ${issuer}'s own document could not confirm it: the issuer's identity is unproven.`,
  );
}
