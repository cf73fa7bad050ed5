// The offline world the shared fixtures were verified in: their status lists and did:web documents served by a
// stub fetch, their test-only vocabularies (W3C examples, citizenship, DCC) as extra contexts, and their clock.
import { fixtureJson, fixtureText } from '../../helpers/shared-fixtures.js';

export interface ExpectedEntry {
  file: string;
  expected: string;
  reason: string;
  proofs: Array<{ type: string; cryptosuite: string | null; verified: boolean }> | null;
  status: Array<{ type: string; result: string }> | null;
  validityWindowAtReference: string | null;
}

export interface FixtureWorld {
  now: string;
  entries: ExpectedEntry[];
  fetch: typeof fetch;
  contexts: Record<string, unknown>;
  /** URLs the stub fetch was asked for. */
  requested: string[];
}

// Vocabularies the W3C and DCC test vectors use, which the library does not ship (it ships the W3C examples v2 context).
const TEST_ONLY_CONTEXTS = [
  'https://www.w3.org/2018/credentials/examples/v1',
  'https://w3id.org/citizenship/v4rc1',
  'https://w3id.org/dcc/v1',
];

let world: Promise<FixtureWorld> | undefined;

async function load(): Promise<FixtureWorld> {
  const expected = await fixtureJson<{ referenceInstant: string; entries: ExpectedEntry[] }>('EXPECTED.json');
  const contextIndex = await fixtureJson<Record<string, string>>('contexts/index.json');
  const statusLists = await fixtureJson<Record<string, string>>('resolvers/status-lists.json');
  const didWeb = await fixtureJson<Record<string, string>>('resolvers/did-web.json');
  const contexts: Record<string, unknown> = {};
  for (const url of TEST_ONLY_CONTEXTS) contexts[url] = await fixtureJson(`contexts/${contextIndex[url]}`);

  const served = new Map<string, string>();
  for (const [url, file] of Object.entries(statusLists)) served.set(url, file);
  for (const [did, file] of Object.entries(didWeb)) {
    const [host, ...path] = did.slice('did:web:'.length).split(':');
    served.set(path.length ? `https://${host}/${path.join('/')}/did.json` : `https://${host}/.well-known/did.json`, file);
  }
  const requested: string[] = [];
  const stubFetch = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    const file = served.get(url);
    if (!file) return new Response('not found', { status: 404 });
    return new Response(await fixtureText(file), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { now: expected.referenceInstant, entries: expected.entries, fetch: stubFetch, contexts, requested };
}

export function fixtureWorld(): Promise<FixtureWorld> {
  world ??= load();
  return world;
}
