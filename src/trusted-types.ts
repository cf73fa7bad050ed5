/**
 * The library's one Trusted Types policy, shared by the renderer and the verifier's worker.
 *
 * Policy name: `credential-elements`. A page that enforces Trusted Types allows it with
 *   Content-Security-Policy: require-trusted-types-for 'script'; trusted-types credential-elements
 * (add `lit-html` to that list for the Lit-based elements and the default certificate).
 *
 * The policy exists so that the renderer can parse an untrusted template into an inert <template>
 * (`innerHTML` is a Trusted Types sink) for DOMPurify to sanitize. Its `createHTML` refuses to run unless
 * sanitize-html.ts has armed it for the length of one synchronous parse-and-sanitize call, so the policy
 * object cannot be turned into a general-purpose bypass even by code of this library. Its only script URL
 * is the verifier worker's own (`new Worker()` is a Trusted Types sink): the exact URL the library
 * registered, never one a caller passes. It never creates scripts.
 */

export const TRUSTED_TYPES_POLICY_NAME = 'credential-elements';

interface PolicyOptions {
  createHTML(input: string): string;
  createScriptURL(input: string): string;
}
interface TrustedTypesLike {
  createPolicy(name: string, options: PolicyOptions): TrustedHTMLPolicy;
}
/** The part of `TrustedTypePolicy` DOMPurify calls. */
export interface TrustedHTMLPolicy {
  readonly name: string;
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

let armed = 0;
/** The script URLs this library loads as workers, registered by the code that loads them. */
const workerScripts = new Set<string>();
const policies = new WeakMap<object, TrustedHTMLPolicy | null>();

/**
 * The policy for a window, created on first use; `null` where the browser has no Trusted Types
 * (DOMPurify then parses plain strings, which is what such a browser accepts).
 */
export function trustedTypesPolicy(win: Window & typeof globalThis = window): TrustedHTMLPolicy | null {
  if (policies.has(win)) return policies.get(win) ?? null;
  const factory = (win as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  let policy: TrustedHTMLPolicy | null = null;
  if (factory && typeof factory.createPolicy === 'function') {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
      createHTML(input: string): string {
        if (armed === 0) throw new TypeError(`The "${TRUSTED_TYPES_POLICY_NAME}" Trusted Types policy only serves the library's sanitizer.`);
        return input;
      },
      createScriptURL(input: string): string {
        if (workerScripts.has(input)) return input;
        throw new TypeError(`The "${TRUSTED_TYPES_POLICY_NAME}" Trusted Types policy creates no script URLs but its own worker's.`);
      },
    });
  }
  policies.set(win, policy);
  return policy;
}

/** Runs `body` (one synchronous parse and sanitize) with the policy's `createHTML` allowed. */
export function withArmedPolicy<T>(body: () => T): T {
  armed++;
  try {
    return body();
  } finally {
    armed--;
  }
}

/**
 * The URL of one of the library's own worker scripts, as a TrustedScriptURL where the page enforces Trusted Types
 * (the policy mints no other), or as the plain string where the browser has no Trusted Types.
 */
export function workerScriptUrl(url: string, win: Window & typeof globalThis = window): string {
  workerScripts.add(url);
  const policy = trustedTypesPolicy(win);
  return (policy ? policy.createScriptURL(url) : url) as string;
}
