import { describe, it, expect } from '../helpers/harness.js';
import { fetchCredentialUrl, readInlineCredential, createLimiter } from '../../src/sources/index.js';
import { CredentialError } from '../../src/errors.js';
import { fixtureBytes, fixtureText } from '../helpers/shared-fixtures.js';

/** A fetch that answers every URL with these bytes and this content type. */
const serve = (body: Uint8Array | string, contentType: string): typeof fetch => async () => new Response(body as BodyInit, { status: 200, headers: { 'content-type': contentType } });
const options = (fetchStub: typeof fetch) => ({ fetch: fetchStub, inFlight: false as const, limiter: createLimiter(6) });

describe('sources/url and sources/inline: plain URLs and inline values', () => {
  it('reads a JSON credential from a URL', async () => {
    const text = await fixtureText('vectors/1edtech-impl-guide/obv3p0/signed.json');
    const input = await fetchCredentialUrl('https://issuer.example/badge.json', options(serve(text, 'application/ld+json')));
    expect(input.kind).to.equal('json');
    expect(input.kind === 'json' && input.credential['name']).to.equal('Teamwork Badge');
  });

  it('reads a VC-JWT from a URL, whatever the content type says', async () => {
    const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln';
    const input = await fetchCredentialUrl('https://issuer.example/badge.jwt', options(serve(jwt, 'text/plain')));
    expect(input).to.deep.equal({ kind: 'vc-jwt', jwt });
  });

  it('returns the bytes of a baked PNG, and the text of a baked SVG', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const fromPng = await fetchCredentialUrl('https://issuer.example/badge.png', options(serve(png, 'image/png')));
    expect(fromPng.kind).to.equal('png');
    expect(fromPng.kind === 'png' && Array.from(fromPng.bytes)).to.deep.equal(Array.from(png));
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential/></svg>';
    const fromSvg = await fetchCredentialUrl('https://issuer.example/badge.svg', options(serve(svg, 'image/svg+xml')));
    expect(fromSvg).to.deep.equal({ kind: 'svg', text: svg });
  });

  it('refuses non-http URLs and unknown formats with typed errors', async () => {
    for (const [url, body, code] of [
      ['javascript:alert(1)', '{}', 'INVALID_INPUT'],
      ['https://issuer.example/page.html', '<html><body>hi</body></html>', 'UNSUPPORTED_FORMAT'],
      ['https://issuer.example/broken.json', '{"name": ', 'INVALID_INPUT'],
    ] as const) {
      try {
        await fetchCredentialUrl(url, options(serve(body, 'text/html')));
        expect.fail(`expected ${code} for ${url}`);
      } catch (error) {
        expect(error).to.be.instanceOf(CredentialError);
        expect((error as CredentialError).code).to.equal(code);
      }
    }
  });

  it('reads inline objects, JSON text, JWT text and image bytes', async () => {
    const credential = { id: 'urn:uuid:1', type: ['VerifiableCredential'] };
    expect(readInlineCredential(credential)).to.deep.equal({ kind: 'json', credential });
    expect(readInlineCredential(JSON.stringify(credential))).to.deep.equal({ kind: 'json', credential });
    expect(readInlineCredential('  aaa.bbb.ccc \n')).to.deep.equal({ kind: 'vc-jwt', jwt: 'aaa.bbb.ccc' });
    const bytes = await fixtureBytes('EXPECTED.json');
    expect(readInlineCredential(bytes).kind).to.equal('json');
    expect(() => readInlineCredential(42)).to.throw(CredentialError);
  });

  it('tells an SVG by its prologue in one pass: comments before <svg> cannot make it backtrack', () => {
    const svg = '<?xml version="1.0"?>\n<!-- a --> <!-- b -->\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>';
    expect(readInlineCredential(svg)).to.deep.equal({ kind: 'svg', text: svg });
    expect(readInlineCredential('<!---->\n<SVG>').kind).to.equal('svg');
    // 40 comments and no <svg>: the old pattern tried every way to group them (2^40 attempts).
    for (const text of ['<!-- -->'.repeat(40) + 'x', '<!--'.repeat(100_000), '<!-- -->'.repeat(100_000) + '<svgx>']) {
      expect(() => readInlineCredential(text)).to.throw(CredentialError).with.property('code', 'UNSUPPORTED_FORMAT');
    }
  });
});
