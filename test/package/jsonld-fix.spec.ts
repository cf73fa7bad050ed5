// jsonld's context-caching fix (patches/jsonld+9.0.0.patch) is in the jsonld the engine runs on: in Node (the
// require hook of the Node tests) and in Chromium (the dev server's pre-bundled dependencies). The module checked is
// the one src/verify/canonize.ts imports. Each assertion fails on jsonld as published.
import ContextResolver from 'jsonld/lib/ContextResolver.js';
import contextApi from 'jsonld/lib/context.js';
import { describe, expect, it } from '../harness.js';

type ActiveContext = { clone(): ActiveContext; mappings: Map<string, object>; previousContext?: ActiveContext; revertToPreviousContext(): ActiveContext };
const api = contextApi as unknown as {
  getInitialContext(options: Record<string, unknown>): ActiveContext;
  process(args: { activeCtx: ActiveContext; localCtx: unknown; options: Record<string, unknown>; propagate?: boolean }): Promise<ActiveContext>;
};
const options = () => ({
  contextResolver: new ContextResolver({ sharedCache: new Map() }),
  documentLoader: async (url: string) => {
    throw new Error(`no document loading in this test: ${url}`);
  },
});

describe('jsonld, as the engine loads it, carries the context-caching fix', () => {
  it('reverting a type-scoped context gives back the previous context itself, not a copy of it', () => {
    const initial = api.getInitialContext({});
    const scoped = initial.clone();
    scoped.previousContext = initial;
    expect(scoped.revertToPreviousContext()).to.equal(initial);
  });

  it('applying one non-propagating context twice to one active context hits the processed-context cache', async () => {
    const initial = api.getInitialContext({});
    const localCtx = { name: 'https://schema.org/name' };
    const shared = options();
    const first = await api.process({ activeCtx: initial, localCtx, options: shared, propagate: false });
    const second = await api.process({ activeCtx: initial, localCtx, options: shared, propagate: false });
    // As published, each call makes a fresh copy of the active context, so the cache (keyed by it) never hits.
    expect(second).to.equal(first);
  });

  it('a copy of an active context shares its term definitions and its previous context, and has a map of its own', async () => {
    const initial = api.getInitialContext({});
    const localCtx = { name: { '@id': 'https://schema.org/name', '@context': { given: 'https://schema.org/givenName' } } };
    const processed = await api.process({ activeCtx: initial, localCtx, options: options() });
    const scoped = processed.clone();
    scoped.previousContext = initial;
    const copy = scoped.clone();
    // As published, every copy deep-copies each definition (and its scoped @context) and the previous context.
    expect(copy.mappings.get('name')).to.equal(processed.mappings.get('name'));
    expect(copy.previousContext).to.equal(initial);
    copy.mappings.delete('name');
    expect(processed.mappings.has('name')).to.equal(true);
  });
});
