// sources/read-body.ts: the one capped reader (response bodies, inflated data), and JSON bodies.
import { describe, expect, it } from '../helpers/harness.js';
import { rejection } from '../helpers/rejection.js';
import { isJsonContentType, parseJsonBody, readBodyCapped, readStreamCapped } from '../../src/sources/read-body.js';

function counted(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(state.pulled));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('sources/read-body', () => {
  it('reads a stream whole when it stays within the cap, in order', async () => {
    const { stream } = counted(3, 4);
    expect([...(await readStreamCapped(stream, 12, () => new Error('too large')))]).to.deep.equal([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
  });

  it('stops and cancels the stream as soon as it passes the cap', async () => {
    const { stream, state } = counted(1000, 1024);
    const error = await readStreamCapped(stream, 4096, () => new RangeError('over the cap')).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(RangeError);
    expect(state.cancelled).to.equal(true);
    expect(state.pulled).to.be.lessThan(10);
  });

  it('refuses a body that declares more than the cap without reading it, and one without a stream that has more', async () => {
    const { stream, state } = counted(1, 10);
    const declared = new Response(stream, { headers: { 'content-length': '999999' } });
    expect((await rejection(readBodyCapped(declared, 1000))).code).to.equal('RESPONSE_TOO_LARGE');
    expect(state.pulled).to.be.at.most(1);
    const plain = { headers: new Headers(), body: null, status: 200, arrayBuffer: async () => new ArrayBuffer(2000) } as unknown as Response;
    expect((await rejection(readBodyCapped(plain, 1000))).code).to.equal('RESPONSE_TOO_LARGE');
  });

  it('parses JSON bodies of JSON media types only', async () => {
    expect(['application/json', 'application/ld+json; charset=utf-8', 'application/vc+ld+json'].every(isJsonContentType)).to.equal(true);
    expect(['text/html', 'application/jsonp', null].some((type) => isJsonContentType(type))).to.equal(false);
    expect(parseJsonBody(new TextEncoder().encode('{"a":1}'), 'application/json', 200)).to.deep.equal({ a: 1 });
    expect((await rejection(Promise.resolve().then(() => parseJsonBody(new TextEncoder().encode('{"a":'), 'application/json', 200)))).code).to.equal('BAD_RESPONSE');
    expect((await rejection(Promise.resolve().then(() => parseJsonBody(new TextEncoder().encode('{}'), 'text/html', 200)))).code).to.equal('BAD_RESPONSE');
  });
});
