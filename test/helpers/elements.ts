// Shared helpers for the element tests in Chromium: the mock APIs' signed data, faults, and waiting for states.
import { waitUntil } from '@open-wc/testing';
import { faultKey, MOCK_SECRETS } from './mock-api.js';

export { MOCK_SECRETS };
export const API = `${location.origin}/mock-api`;
export const CLR_BASE = `${API}/clr`;
export const ACCREDIBLE_BASE = `${API}/accredible`;
export const IBL_BASE = `${API}/ibl`;

let clrs: Promise<Record<string, unknown>[]> | undefined;

/** The mock CLR API's records (signed by the demo school), oldest first. */
export function mockClrs(): Promise<Record<string, unknown>[]> {
  clrs ??= fetch(`${CLR_BASE}/ims/clr/v2p0/credentials?limit=100`, { headers: { authorization: `Bearer ${MOCK_SECRETS.clrToken}` } })
    .then((response) => response.json())
    .then((body: { credential: Record<string, unknown>[] }) => body.credential);
  return clrs;
}

/** A signed OB 3.0 AchievementCredential from the newest CLR. */
export async function signedBadge(index = 0): Promise<Record<string, unknown>> {
  const all = await mockClrs();
  const clr = all[all.length - 1]!;
  const subject = clr['credentialSubject'] as { verifiableCredential: Record<string, unknown>[] };
  return structuredClone(subject.verifiableCredential[index]!);
}

export async function newestClr(): Promise<Record<string, unknown>> {
  const all = await mockClrs();
  return structuredClone(all[all.length - 1]!);
}

/** A copy with one signed field changed: its proof no longer verifies. */
export function tampered<T extends Record<string, unknown>>(credential: T, field = 'name', value: unknown = 'Tampered'): T {
  const copy = structuredClone(credential);
  (copy as Record<string, unknown>)[field] = value;
  return copy;
}

/** A fetch that asks the mock API for a fault on every request. */
export function faultFetch(fault: string, extra: Record<string, string> = {}): typeof fetch {
  const key = faultKey();
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('x-mock-fault', fault);
    headers.set('x-mock-fault-key', key);
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    return fetch(input, { ...init, headers });
  };
}

/** A fetch that records the URLs and headers it was given (to prove where the token went). */
export function recordingFetch() {
  const calls: Array<{ url: string; headers: Headers }> = [];
  const recording: typeof fetch = (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, headers: new Headers(init.headers) });
    return fetch(input, init);
  };
  return { fetch: recording, calls };
}

type Stateful = HTMLElement & { state: string; verification: string; updateComplete: Promise<boolean> };

export async function until(el: Stateful, predicate: () => boolean, message: string, timeout = 15000): Promise<void> {
  await waitUntil(predicate, message, { timeout, interval: 20 });
  await el.updateComplete;
}

export const untilState = (el: Stateful, state: string) => until(el, () => el.state === state, `state never became ${state} (is ${el.state})`);
export const untilVerification = (el: Stateful, verification: string) =>
  until(el, () => el.verification === verification, `verification never became ${verification} (is ${el.verification})`, 20000);
export const untilVerified = (el: Stateful) =>
  until(el, () => el.state === 'error' || ['verified', 'warning', 'failed'].includes(el.verification), 'verification never finished', 20000);

/** All text of an element's shadow tree (and its nested shadow roots). */
export function shadowText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else walk(child);
    }
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Every attribute value in the element, its shadow tree and its light DOM, plus the page URL. */
export function everything(el: Element): string {
  const parts: string[] = [location.href, document.title];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      for (const attr of node.attributes) parts.push(attr.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return parts.join('\n');
}

export function shadow(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}
