// The script tag sends a badge's credential to the verifier as soon as its bytes arrive, before the element's class has
// loaded (load/early.ts). The element then takes that verification only when it asks for the same document with the
// same options: a badge told to trust other issuers, to verify nothing, or pointed at another credential before its
// class loads gets no stale report. What reaches the verifier is read from the worker's messages.
import { describe, expect, it } from '../helpers/harness.js';
import { API, untilVerified } from '../helpers/elements.js';

type Badge = HTMLElement & { state: string; verification: string; trustedIssuers?: string[]; updateComplete: Promise<boolean> };

/** Every credential sent to a verifier worker: its id, and the options it was sent with. */
const sent: Array<{ id: unknown; options: Record<string, unknown> }> = [];
const postMessage = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (this: Worker, message: { type?: string; input?: unknown; inputs?: unknown[]; options?: Record<string, unknown> }, ...rest: unknown[]) {
  const inputs = message?.type === 'verify' ? [message.input] : message?.type === 'verify-batch' ? (message.inputs ?? []) : [];
  for (const input of inputs) sent.push({ id: (input as { id?: unknown })?.id, options: message.options ?? {} });
  return (postMessage as (...args: unknown[]) => void).call(this, message, ...rest);
} as typeof Worker.prototype.postMessage;

const urlOf = (index: number) => `${API}/public/badges/${index}.json`;
const idOf = async (index: number) => ((await (await fetch(urlOf(index))).json()) as { id: string }).id;

function badgeFor(index: number, attributes: Record<string, string> = {}): Badge {
  const badge = document.createElement('credential-badge') as Badge;
  badge.setAttribute('src', urlOf(index));
  for (const [name, value] of Object.entries(attributes)) badge.setAttribute(name, value);
  document.body.append(badge);
  return badge;
}

// The markup, as the page's HTML has it before the script tag runs.
const plain = badgeFor(0);
const trusting = badgeFor(1);
// Set before the class loads: the element upgrades with it (Lit keeps properties set on the element beforehand).
trusting.trustedIssuers = ['did:example:only-this-one'];
const off = badgeFor(2, { verify: 'off' });
const moved = badgeFor(3);
/** The id of the credential each of its verification reports is of. */
const movedReports: unknown[] = [];
moved.addEventListener('credential-verified', (event) => movedReports.push((event as unknown as CustomEvent<{ credential?: { id?: unknown } }>).detail.credential?.id));

// The badge's class is held back (its definition waits) until the credentials have gone to the verifier, so that
// what reached the verifier before the element existed is known.
let release!: () => void;
const held = new Promise<void>((resolve) => (release = resolve));
const define = customElements.define;
customElements.define = function (this: CustomElementRegistry, tag: string, ...rest: unknown[]) {
  const run = () => (define as (...args: unknown[]) => void).call(this, tag, ...rest);
  if (tag === 'credential-badge') void held.then(run);
  else run();
} as typeof customElements.define;

await import('../../src/script-tag/credential-elements.js');
const earlyIds = await Promise.all([0, 1, 3].map(idOf));
const deadline = Date.now() + 15_000;
while (!earlyIds.every((id) => sent.some((entry) => entry.id === id)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
/** What the verifier had been sent before any badge's class was defined. */
const beforeDefined = sent.map(({ id }) => id);
// Pointed elsewhere after its first credential went to the verifier, before its class has loaded.
moved.setAttribute('src', urlOf(4));
release();

const sentFor = (id: unknown) => sent.filter((entry) => entry.id === id);

describe('a badge verified from the markup', () => {
  it('goes to the verifier as its bytes arrive, before the element\'s class is defined', () => {
    expect(beforeDefined).to.include.members(earlyIds);
  });

  it('is verified once: the element takes the verification begun when its credential arrived', async () => {
    await untilVerified(plain);
    expect(plain.verification).to.equal('verified');
    expect(sentFor(await idOf(0))).to.have.length(1);
  });

  it('with trusted issuers set before its class loaded, is verified again with them, and the report says so', async () => {
    await untilVerified(trusting);
    const asked = sentFor(await idOf(1));
    expect(asked.map(({ options }) => options['trustedIssuers'])).to.deep.include(['did:example:only-this-one']);
    expect(trusting.verification).to.equal('warning');
  });

  it('with verify="off" is not sent to the verifier at all', async () => {
    await customElements.whenDefined('credential-badge');
    await untilVerified(plain);
    expect(off.verification).to.equal('off');
    expect(sentFor(await idOf(2))).to.have.length(0);
  });

  it('pointed at another credential shows and reports that one, not the one verified early', async () => {
    await untilVerified(moved);
    const second = await idOf(4);
    expect(movedReports.at(-1)).to.equal(second);
    expect(sentFor(second).length).to.be.greaterThan(0);
  });
});
