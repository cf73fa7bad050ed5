/**
 * The `key` check: whether the key that signed belongs to the issuer. A key controlled by someone else fails;
 * a key nothing can tie to the issuer (a urn:uuid issuer signing with a did:key, a JWT's own jwk) still counts,
 * with a warning that the issuer's identity is unproven.
 */
import type { KeyRoute } from '../keys/resolve.js';
import type { Check } from '../types.js';

const isDid = (id: string) => id.startsWith('did:');
const webOrigin = (id: string) => {
  try {
    const url = new URL(id);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
};

/** What ties a key to someone: the route it was found by, and what the controller's own documents say of it. */
export interface KeyBinding {
  id: string;
  controller?: string;
  route: KeyRoute | 'jwk-header' | 'issuer-profile';
  listed?: boolean;
}

export function keyBindingCheck(key: KeyBinding, issuer: string | undefined): Check {
  const details = { verificationMethod: key.id, controller: key.controller, route: key.route };
  if (!issuer) return { id: 'key', status: 'failure', message: 'The credential names no issuer, so the key cannot be tied to one.', details };
  if (key.route === 'jwk-header') {
    return { id: 'key', status: 'warning', message: `The JWT carries its own key, which nothing ties to ${issuer}: the issuer's identity is unproven.`, details };
  }
  const controller = key.controller!;
  if (controller === issuer) {
    if (key.route === 'fragment' && key.listed !== true) {
      return {
        id: 'key',
        status: 'warning',
        message: `The key is named under the issuer's id, but the issuer's profile could not confirm it: the issuer's identity is unproven.`,
        details,
      };
    }
    if (key.listed === false) {
      return { id: 'key', status: 'failure', message: `${issuer}'s DID document does not list ${key.id} for signing credentials (assertionMethod).`, details };
    }
    return { id: 'key', status: 'success', message: `The key belongs to the issuer (${issuer}).`, details };
  }
  if (key.listed === true && key.route === 'fragment') {
    return { id: 'key', status: 'success', message: `The issuer's profile lists this key.`, details };
  }
  const clash = (isDid(issuer) && isDid(controller)) || (!!webOrigin(issuer) && !!webOrigin(controller) && webOrigin(issuer) !== webOrigin(controller));
  if (clash) {
    return { id: 'key', status: 'failure', message: `The credential was signed by ${controller}, not by its issuer ${issuer}.`, details };
  }
  return {
    id: 'key',
    status: 'warning',
    message: `The key (${controller}) is not linked to the issuer ${issuer}: the signature is valid, but the issuer's identity is unproven.`,
    details,
  };
}
