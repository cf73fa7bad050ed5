// The proxy's `lookup` route for the verifier's look-ups: off unless configured; listed origins; GET only; https on
// 443 to listed hosts only (wildcards where written); at most 3 redirects, each re-checked and listed; only Accept
// forwarded, only the content type passed back; JSON, JWS text and images only; size and time caps; and on Node,
// no name that resolves to a non-public address. Then the verifier itself through it.
import { describe, it, expect } from '../helpers/harness.js';
import { createFetchHandler, readProxyConfig } from '../../src/proxy/index.js';
import { AddressNotAllowedError, createGuardedFetch, isPublicAddress } from '../../src/proxy/node.js';
import { lookupThroughProxy } from '../../src/sources/lookup-proxy.js';
import { verifyCredential } from '../../src/verify/index.js';
import { hang, json, ORIGIN, page, type UpstreamCall } from './helpers/index.js';
import { checkOf, createWorld, EVIL, UNI } from '../verify/ob2/helpers/world.js';

type Reply = (call: UpstreamCall & { init: RequestInit }) => Response | Promise<Response>;

function lookupProxy(reply: Reply, lookup: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const calls: Array<UpstreamCall & { init: RequestInit }> = [];
  const lookupFetch: typeof fetch = async (input, init = {}) => {
    const call = { url: String(input), headers: new Headers(init.headers), signal: init.signal, init };
    calls.push(call);
    return reply(call);
  };
  const lines: string[] = [];
  const config = readProxyConfig({ allowedOrigins: [ORIGIN], lookup: { hosts: ['uni.edu', '*.badges.example', 'cdn.uni.edu'], maxBytes: 4096, timeoutMs: 200, ...lookup }, ...extra });
  const handle = createFetchHandler(config, { lookupFetch, log: (line) => lines.push(line) });
  const ask = (url: string, init: RequestInit = {}, origin = ORIGIN) => handle(page(`/lookup?url=${encodeURIComponent(url)}`, origin, init));
  return { handle, ask, calls, lines };
}

const ok = () => json({ id: 'https://uni.edu/badges/1' });

describe('proxy lookup route', () => {
  it('is off unless configured', async () => {
    const handle = createFetchHandler(readProxyConfig({ allowedOrigins: [ORIGIN], providers: { accredible: { upstream: 'https://a.example', apiKey: 'key-0123456789abcd' } } }));
    expect((await handle(page('/lookup?url=https%3A%2F%2Funi.edu%2Fx'))).status).to.equal(404);
  });

  it('serves listed origins only, GET only, and needs no provider', async () => {
    const { ask, calls } = lookupProxy(ok);
    const answer = await ask('https://uni.edu/badges/1');
    expect(answer.status).to.equal(200);
    expect(await answer.json()).to.deep.equal({ id: 'https://uni.edu/badges/1' });
    expect(answer.headers.get('access-control-allow-origin')).to.equal(ORIGIN);
    expect(answer.headers.get('access-control-expose-headers')).to.contain('lookup-redirects');
    expect(answer.headers.get('cache-control')).to.equal('no-store');
    expect((await ask('https://uni.edu/badges/1', {}, 'https://other.example')).status).to.equal(403);
    expect((await ask('https://uni.edu/badges/1', { method: 'HEAD' })).status).to.equal(405);
    expect((await ask('https://uni.edu/badges/1', { method: 'POST', body: '{}' })).status).to.equal(405);
    expect(calls).to.have.length(1);
  });

  it('fetches https on port 443 from listed hosts only: exact names, and subdomains where a wildcard says so', async () => {
    const { ask, calls } = lookupProxy(ok);
    for (const url of ['https://uni.edu/a', 'https://UNI.EDU/a', 'https://uni.edu:443/a', 'https://a.badges.example/b', 'https://x.y.badges.example/b']) {
      expect((await ask(url)).status, url).to.equal(200);
    }
    for (const [url, code] of [
      ['http://uni.edu/a', 'bad-url'],
      ['https://uni.edu:8443/a', 'bad-url'],
      ['https://user:pass@uni.edu/a', 'bad-url'],
      ['https://evil@uni.edu/a', 'bad-url'],
      ['ftp://uni.edu/a', 'bad-url'],
      ['not a url', 'bad-url'],
      ['https://uni.edu.evil.example/a', 'host-not-allowed'],
      ['https://uni.edu./a', 'host-not-allowed'],
      ['https://sub.uni.edu/a', 'host-not-allowed'],
      ['https://badges.example/a', 'host-not-allowed'],
      ['https://evilbadges.example/a', 'host-not-allowed'],
      ['https://127.0.0.1/a', 'host-not-allowed'],
      ['https://[::1]/a', 'host-not-allowed'],
    ] as const) {
      const answer = await ask(url);
      expect(answer.headers.get('lookup-error'), url).to.equal(code);
      expect(answer.status, url).to.equal(code === 'bad-url' ? 400 : 403);
    }
    expect(calls).to.have.length(5);
    const { handle } = lookupProxy(ok);
    for (const query of ['', '?url=https%3A%2F%2Funi.edu%2Fa&url=https%3A%2F%2Funi.edu%2Fb', '?url=https%3A%2F%2Funi.edu%2Fa&x=1']) {
      expect((await handle(page(`/lookup${query}`))).headers.get('lookup-error'), query).to.equal('bad-url');
    }
  });

  it('forwards only Accept, and passes back only the content type', async () => {
    const { ask, calls } = lookupProxy(() => json({}, { headers: { 'set-cookie': 'session=1', server: 'badges/1.0', 'x-secret': 'no', location: 'https://uni.edu/elsewhere' } }));
    const answer = await ask('https://uni.edu/a', { headers: { accept: 'application/ld+json', cookie: 'sid=abc', authorization: 'Bearer page-token', 'x-api-key': 'k' } });
    expect([...calls[0]!.headers.keys()]).to.deep.equal(['accept']);
    expect(calls[0]!.headers.get('accept')).to.equal('application/ld+json');
    expect(calls[0]!.init.credentials).to.equal('omit');
    expect(calls[0]!.init.redirect).to.equal('manual');
    for (const header of ['set-cookie', 'server', 'x-secret', 'location']) expect(answer.headers.get(header), header).to.equal(null);
    expect(answer.headers.get('content-type')).to.equal('application/json');
  });

  it('follows at most 3 redirects, each held to the same rules, and lists them in Lookup-Redirects', async () => {
    const chain: Record<string, string> = { 'https://uni.edu/1': '/2', 'https://uni.edu/2': 'https://cdn.uni.edu/3', 'https://cdn.uni.edu/3': 'https://a.badges.example/4' };
    const { ask } = lookupProxy(({ url }) => (chain[url] ? new Response(null, { status: 302, headers: { location: chain[url]! } }) : ok()));
    const followed = await ask('https://uni.edu/1');
    expect(followed.status).to.equal(200);
    expect(followed.headers.get('lookup-redirects')).to.equal('https://uni.edu/2 https://cdn.uni.edu/3 https://a.badges.example/4');
    const { ask: askMore } = lookupProxy(({ url }) => new Response(null, { status: 301, headers: { location: `${url}x` } }));
    expect((await askMore('https://uni.edu/1')).headers.get('lookup-error')).to.equal('too-many-redirects');
    for (const location of ['https://evil.example/x', 'http://uni.edu/x', 'https://uni.edu:8443/x', 'https://u:p@uni.edu/x']) {
      const { ask: askOut, calls } = lookupProxy(() => new Response(null, { status: 307, headers: { location } }));
      const answer = await askOut('https://uni.edu/1');
      expect(answer.headers.get('lookup-error'), location).to.equal('redirect-not-allowed');
      expect(answer.status).to.equal(403);
      expect(calls, location).to.have.length(1);
    }
  });

  it('passes JSON, JWS text and images (bytes intact), and nothing else', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128]);
    const bodies: Record<string, () => Response> = {
      'https://uni.edu/ld': () => new Response('{}', { headers: { 'content-type': 'application/ld+json; charset=utf-8' } }),
      'https://uni.edu/vc': () => new Response('{}', { headers: { 'content-type': 'application/vc+ld+json' } }),
      'https://uni.edu/jws': () => new Response('a.b.c', { headers: { 'content-type': 'text/plain' } }),
      'https://uni.edu/jwt': () => new Response('a.b.c', { headers: { 'content-type': 'application/vc+jwt' } }),
      'https://uni.edu/png': () => new Response(png, { headers: { 'content-type': 'image/png' } }),
      'https://uni.edu/svg': () => new Response('<svg/>', { headers: { 'content-type': 'image/svg+xml' } }),
      'https://uni.edu/html': () => new Response('<script>alert(1)</script>', { headers: { 'content-type': 'text/html' } }),
      'https://uni.edu/none': () => new Response(new TextEncoder().encode('{}')), // no content type at all
      'https://uni.edu/gone': () => new Response('<h1>Not found</h1>', { status: 404, headers: { 'content-type': 'text/html' } }),
    };
    const { ask } = lookupProxy(({ url }) => bodies[url]!());
    for (const path of ['ld', 'vc', 'jws', 'jwt', 'svg']) expect((await ask(`https://uni.edu/${path}`)).status, path).to.equal(200);
    const image = await ask('https://uni.edu/png');
    expect(new Uint8Array(await image.arrayBuffer())).to.deep.equal(png);
    expect(image.headers.get('content-security-policy')).to.contain('sandbox');
    for (const path of ['html', 'none']) expect((await ask(`https://uni.edu/${path}`)).headers.get('lookup-error'), path).to.equal('content-type');
    const gone = await ask('https://uni.edu/gone');
    expect([gone.status, await gone.text(), gone.headers.get('lookup-error')]).to.deep.equal([404, '', null]);
  });

  it('caps size while the body streams, and time over the whole exchange', async () => {
    const big = () => new Response(new ReadableStream({ start: (controller) => { for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(1024)); controller.close(); } }), { headers: { 'content-type': 'application/json' } });
    expect((await lookupProxy(big).ask('https://uni.edu/big')).headers.get('lookup-error')).to.equal('too-large');
    const declared = () => new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': '999999' } });
    expect((await lookupProxy(declared).ask('https://uni.edu/big')).headers.get('lookup-error')).to.equal('too-large');
    // Node's AbortSignal.timeout does not keep the process alive on its own (a server would).
    const keepAlive = setTimeout(() => undefined, 5000);
    const slow = await lookupProxy(hang).ask('https://uni.edu/slow');
    clearTimeout(keepAlive);
    expect([slow.status, slow.headers.get('lookup-error')]).to.deep.equal([504, 'timeout']);
    const down = await lookupProxy(() => Promise.reject(new TypeError('connect ECONNREFUSED'))).ask('https://uni.edu/down');
    expect([down.status, down.headers.get('lookup-error')]).to.deep.equal([502, 'unreachable']);
  });

  it('logs the route, never the URL it looked up', async () => {
    const { ask, lines } = lookupProxy(ok);
    await ask('https://uni.edu/badges/assertions/alice-smith');
    expect(lines).to.have.length(1);
    expect(JSON.parse(lines[0]!)).to.deep.include({ route: 'lookup', status: 200 });
    expect(lines[0]).to.not.contain('alice');
  });
});

describe('proxy lookup route on Node: public addresses only', () => {
  it('tells public addresses from loopback, private, link-local, unique-local and other special ones', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700::6810:84e5', '::ffff:93.184.215.14']) expect(isPublicAddress(address), address).to.equal(true);
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd12:3456::1', 'fc00::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::a00:1', 'not an address']) {
      expect(isPublicAddress(address), address).to.equal(false);
    }
  });

  it('refuses a name that resolves to a non-public address, before connecting', async () => {
    for (const answer of [[{ address: '10.0.0.8', family: 4 }], [{ address: '93.184.215.14', family: 4 }, { address: '127.0.0.1', family: 4 }], [{ address: 'fd00::1', family: 6 }]]) {
      const guarded = createGuardedFetch({ resolve: (_host, _options, callback) => callback(null, answer) });
      const error = await guarded('https://badges.uni.edu/a').then(() => undefined, (reason: unknown) => reason);
      expect(error, JSON.stringify(answer)).to.be.instanceOf(AddressNotAllowedError);
    }
    const literal = await createGuardedFetch()('https://127.0.0.1/a').then(() => undefined, (reason: unknown) => reason);
    expect(literal).to.be.instanceOf(AddressNotAllowedError);
    const http = await createGuardedFetch()('http://uni.edu/a').then(() => undefined, (reason: unknown) => reason);
    expect(http).to.be.instanceOf(TypeError);
  });

  it('hands a connection the address it checked (one, or all of them)', async () => {
    const { createServer, connect } = await import('node:net');
    const { checkedLookup } = await import('../../src/proxy/address-guard.js');
    const server = createServer((socket) => socket.end('hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const lookup = checkedLookup((_host, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]), () => true);
    try {
      for (const autoSelectFamily of [true, false]) {
        const text = await new Promise<string>((resolve, reject) => {
          const socket = connect({ host: 'badges.test.example', port, lookup, autoSelectFamily }, () => undefined);
          let data = '';
          socket.on('data', (chunk) => (data += chunk));
          socket.on('end', () => resolve(data));
          socket.on('error', reject);
        });
        expect(text, `autoSelectFamily ${autoSelectFamily}`).to.equal('hello');
      }
      const refused = checkedLookup((_host, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]));
      const error = await new Promise<unknown>((resolve) => connect({ host: 'badges.test.example', port, lookup: refused }).on('error', resolve));
      expect(error).to.be.instanceOf(AddressNotAllowedError);
    } finally {
      server.close();
    }
  });

  it('answers 403 address-not-allowed through the route', async () => {
    const config = readProxyConfig({ allowedOrigins: [ORIGIN], lookup: { hosts: ['uni.edu'] } });
    const lookupFetch = createGuardedFetch({ resolve: (_host, _options, callback) => callback(null, [{ address: '169.254.169.254', family: 4 }]) });
    const handle = createFetchHandler(config, { lookupFetch, log: () => undefined });
    const answer = await handle(page(`/lookup?url=${encodeURIComponent('https://uni.edu/latest/meta-data')}`));
    expect([answer.status, answer.headers.get('lookup-error')]).to.deep.equal([403, 'address-not-allowed']);
  });
});

describe('the verifier through the lookup route', () => {
  function proxied(world: Awaited<ReturnType<typeof createWorld>>, hosts: string[]) {
    const config = readProxyConfig({ allowedOrigins: [ORIGIN], lookup: { hosts, timeoutMs: 2000 } });
    const handle = createFetchHandler(config, { lookupFetch: world.fetch, log: () => undefined });
    const viaPage: typeof fetch = (input, init = {}) => handle(new Request(String(input), { ...init, headers: { ...(init.headers as Record<string, string>), origin: ORIGIN } }));
    return lookupThroughProxy('https://proxy.school.example', { fetch: viaPage });
  }

  it('verifies a hosted badge, judges the redirects the proxy followed, and calls a refused host "could not be checked"', async () => {
    const world = await createWorld();
    const assertion = world.hosted('via-proxy');
    const fetch = proxied(world, ['uni.edu', 'evil.example']);
    const report = await verifyCredential(assertion, { ...world.options(), fetch });
    expect(report.status, JSON.stringify(report.checks)).to.equal('verified');

    const moved = world.hosted('moved');
    world.serve(String(moved.id), () => new Response(null, { status: 302, headers: { location: `${EVIL}/moved` } }));
    world.serve(`${EVIL}/moved`, moved);
    const out = await verifyCredential(moved, { ...world.options(), fetch });
    expect(checkOf(out, 'key')!.reason).to.equal('out-of-scope');

    const refused = await verifyCredential(world.hosted('refused'), { ...world.options(), fetch: proxied(world, ['other.example']) });
    expect(refused.status).to.equal('unverifiable');
    expect(checkOf(refused, 'proof')!.reason).to.equal('assertion-unreachable');
    expect(UNI).to.equal('https://uni.edu');
  });
});
