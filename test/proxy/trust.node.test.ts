// The proxy items of the trust issue: encoded traversal, a streaming size cap, encoded echoes of secrets, and
// paging links from the configured public address. Each finding's tests fail on the proxy as it was before (the
// declared Content-Length test guards what already held).
import { describe, it, expect } from '../helpers/harness.js';
import { readProxyConfig, startProxy } from '../../src/proxy/node.js';
import { secretForms } from '../../src/proxy/redact.js';
import { browserFetch, fakeUpstream, httpUpstream, json, oneProvider, ORIGIN, quiet, rawGet } from './helpers/index.js';

describe('proxy: percent-encoded traversal', () => {
  const refused = [
    '/accredible/v1/credentials/%2e%2e%2f%2e%2e%2fv1%2fadmin',
    '/accredible/v1/credentials/%2E%2E%2F%2E%2E%2Fv1%2Fadmin',
    '/accredible/v1/credentials/..%2Fadmin',
    '/accredible/v1/credentials/a%5cb',
    '/accredible/v1/credentials/a%00b',
    '/accredible/v1/credentials/%zz',
    '/accredible/v1/credentials/%e0%a4',
    '/ibl/api/credentials/orgs/riverside/users/%2e%2e%2f%2e%2e%2fadmin/',
    '/ibl/api/credentials/orgs/riverside/users/%2E%2E%2F%2E%2E%2Fadmin/x',
    '/ibl/api/credentials/orgs/riverside%2f..%2fother/users/u/',
  ];

  // Whole dot segments (`/%2e%2e/`) are resolved by the URL standard itself before routing: they never reach a route.
  const resolved = ['/accredible/v1/credentials/%2e%2e', '/accredible/v1/credentials/%2E%2e/%2e%2E/admin', '/ibl/api/credentials/orgs/riverside/users/%2e%2e/'];

  it('refuses a segment that decodes to a traversal with 400, before anything goes upstream', async () => {
    const upstream = fakeUpstream(() => json({ ok: true }));
    const config = readProxyConfig({
      port: 0,
      allowedOrigins: [ORIGIN],
      providers: { accredible: { upstream: 'https://accredible.example', apiKey: 'a-key-0123' }, ibl: { upstream: 'https://ibl.example', apiKey: 'i-key-0123' } },
    });
    const proxy = await startProxy(config, { fetch: upstream.fetch, log: quiet });
    try {
      for (const path of refused) {
        const response = await browserFetch()(`${proxy.url}${path}`);
        expect(response.status, path).to.equal(400);
        expect(response.headers.get('cache-control'), path).to.equal('no-store');
      }
      for (const path of resolved) expect((await browserFetch()(`${proxy.url}${path}`)).status, path).to.equal(404);
      expect(upstream.calls).to.deep.equal([]);
    } finally {
      await proxy.close();
    }
  });

  it('routes on decoded segments and forwards each one re-encoded with encodeURIComponent', async () => {
    const upstream = fakeUpstream(() => json({ ok: true }));
    const config = readProxyConfig({ port: 0, allowedOrigins: [ORIGIN], providers: { clr: { upstream: 'https://clr.example/base', apiKey: 'c-key-0123' } } });
    const proxy = await startProxy(config, { fetch: upstream.fetch, log: quiet });
    try {
      const cases: Array<[string, string]> = [
        ['/clr/ims/clr/v2p0/credentials/urn:uuid:1f0e', 'https://clr.example/base/ims/clr/v2p0/credentials/urn%3Auuid%3A1f0e'],
        ['/clr/ims/clr/v2p0/credentials/urn%3auuid%3A2f0e', 'https://clr.example/base/ims/clr/v2p0/credentials/urn%3Auuid%3A2f0e'],
        ['/clr/ims/clr/v2p0/credentials/a%20b;c=d', 'https://clr.example/base/ims/clr/v2p0/credentials/a%20b%3Bc%3Dd'],
        // Decoded once: a double-encoded dot stays a literal "%2e" in the id.
        ['/clr/ims/clr/v2p0/credentials/%252e%252e%252fadmin', 'https://clr.example/base/ims/clr/v2p0/credentials/%252e%252e%252fadmin'],
        // A literal route segment written encoded still names the route.
        ['/clr/ims/clr/v2p0/%63redentials?limit=2', 'https://clr.example/base/ims/clr/v2p0/credentials?limit=2'],
      ];
      for (const [path] of cases) expect((await browserFetch()(`${proxy.url}${path}`)).status, path).to.equal(200);
      expect(upstream.calls.map((call) => call.url)).to.deep.equal(cases.map(([, target]) => target));
    } finally {
      await proxy.close();
    }
  });
});

describe('proxy: the upstream body is counted while it streams', () => {
  const CHUNK = 64 * 1024;
  const CAP = 1024 * 1024;

  it('stops reading an endless chunked body at the cap and answers 502', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>(
          {
            pull(controller) {
              pulled += CHUNK;
              controller.enqueue(new Uint8Array(CHUNK).fill(0x61));
              // A bound for the old, buffering proxy: it would read all of this before refusing it.
              if (pulled >= 64 * CAP) controller.close();
            },
            cancel() {
              cancelled = true;
            },
          },
          { highWaterMark: 0 },
        ),
        { headers: { 'content-type': 'application/json' } },
      );
    const proxy = await startProxy(oneProvider('https://accredible.example', { maxBodyBytes: CAP }), { fetch: fakeUpstream(endless).fetch, log: quiet });
    try {
      const response = await browserFetch()(`${proxy.url}/accredible/v1/credentials/1`);
      expect(response.status).to.equal(502);
      expect(await response.text()).not.to.contain('aaaa');
      expect(pulled).to.be.at.most(CAP + CHUNK);
      expect(cancelled).to.equal(true);
    } finally {
      await proxy.close();
    }
  });

  it('closes the connection to a local upstream that keeps streaming, before it has sent its body', async () => {
    let written = 0;
    let closedEarly = false;
    const TOTAL = 256 * CAP;
    const upstream = await httpUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(CHUNK, 0x61);
      const write = () => {
        while (written < TOTAL) {
          written += CHUNK;
          if (!res.write(chunk)) return void res.once('drain', write);
        }
        res.end();
      };
      res.on('close', () => (closedEarly = written < TOTAL || !res.writableFinished));
      write();
    });
    const proxy = await startProxy(oneProvider(upstream.url, { maxBodyBytes: CAP }), { log: quiet });
    try {
      const response = await browserFetch()(`${proxy.url}/accredible/v1/credentials/1`);
      expect(response.status).to.equal(502);
      await response.text();
      for (let turn = 0; !closedEarly && turn < 500; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(closedEarly).to.equal(true);
      expect(written).to.be.below(TOTAL);
    } finally {
      await proxy.close();
      await upstream.close();
    }
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    let pulled = 0;
    const big = () =>
      new Response(new ReadableStream({ pull: (controller) => void ((pulled += 1), controller.enqueue(new Uint8Array(16))) }, { highWaterMark: 0 }), {
        headers: { 'content-length': String(CAP + 1) },
      });
    const proxy = await startProxy(oneProvider('https://accredible.example', { maxBodyBytes: CAP }), { fetch: fakeUpstream(big).fetch, log: quiet });
    try {
      expect((await browserFetch()(`${proxy.url}/accredible/v1/credentials/1`)).status).to.equal(502);
      expect(pulled).to.equal(0);
    } finally {
      await proxy.close();
    }
  });
});

describe('proxy: encoded echoes of a secret are redacted', () => {
  const KEY = 'k3y/with"quote+and space=é';
  const CLIENT_ID = 'client-id-77';
  const CLIENT_SECRET = 'client/secret+value';
  const TOKEN = 'obtained-access-token-9f8e7d';
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  const b64url = (text: string) => Buffer.from(text).toString('base64url');

  /** Every way an upstream might echo `text` back. */
  const echoes = (text: string) => ({
    raw: text,
    json: JSON.stringify(text),
    url: encodeURIComponent(text),
    urlLower: encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    form: new URLSearchParams({ x: text }).toString(),
    b64: [b64(text), b64(`x${text}`), b64(`xy${text}`), b64(`Token token=${text}`)],
    b64url: [b64url(text), b64url(`x${text}`), b64url(`xy${text}`)],
  });

  it('redacts JSON-escaped, URL-encoded, base64 and base64url echoes of the API key', async () => {
    const upstream = fakeUpstream((call) => json({ echo: echoes(call.headers.get('authorization')!.replace('Token token=', '')) }, { headers: { 'x-total-count': b64(KEY) } }));
    const proxy = await startProxy(oneProvider('https://accredible.example', {}, { apiKey: KEY }), { fetch: upstream.fetch, log: quiet });
    try {
      const response = await browserFetch()(`${proxy.url}/accredible/v1/credentials/1`);
      const everything = (await response.text()) + JSON.stringify([...response.headers]);
      expect(response.status).to.equal(200);
      const leaked = Object.values(echoes(KEY)).flat().filter((form) => everything.includes(form.replace(/^"|"$/g, '')));
      expect(leaked).to.deep.equal([]);
      expect(everything).to.contain('[redacted]');
    } finally {
      await proxy.close();
    }
  });

  it('redacts the OAuth client secret and every access token the proxy obtained, in their encoded forms too', async () => {
    let issued = 0;
    const upstream = fakeUpstream((call) => {
      if (call.url === 'https://auth.example/token') return json({ access_token: `${TOKEN}-${++issued}`, expires_in: 3600 });
      const bearer = call.headers.get('authorization')!.replace('Bearer ', '');
      return json({ token: echoes(bearer), basic: echoes(`${CLIENT_ID}:${CLIENT_SECRET}`), basicHeader: b64(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`) });
    });
    const config = readProxyConfig({
      port: 0,
      allowedOrigins: [ORIGIN],
      providers: { clr: { upstream: 'https://clr.example', oauth: { tokenUrl: 'https://auth.example/token', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } } },
    });
    const proxy = await startProxy(config, { fetch: upstream.fetch, log: quiet });
    try {
      const body = await (await browserFetch()(`${proxy.url}/clr/ims/clr/v2p0/credentials/x`)).text();
      for (const secret of [`${TOKEN}-1`, CLIENT_SECRET]) {
        const leaked = Object.values(echoes(secret)).flat().filter((form) => body.includes(form.replace(/^"|"$/g, '')));
        expect(leaked, secret).to.deep.equal([]);
      }
      expect(body).not.to.contain(b64(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`).slice(12));
      expect(body).to.contain('[redacted]');
    } finally {
      await proxy.close();
    }
  });

  it('lists each form once and leaves ordinary text alone', async () => {
    const forms = secretForms('abc/def');
    expect(new Set(forms).size).to.equal(forms.length);
    expect(forms).to.include.members(['abc/def', 'abc\\/def', 'abc%2Fdef', 'abc%2fdef', 'YWJjL2RlZ']);
    const { redact } = await import('../../src/proxy/redact.js');
    expect(redact('nothing to see here', ['abc/def'])).to.equal('nothing to see here');
    // The last character of an unpadded encoding also depends on what follows, so it is left out of the form.
    expect(redact(`x=${b64('abc/def')}`, ['abc/def'])).to.equal('x=[redacted]g==');
  });
});

describe('proxy: paging links come from the configured public address', () => {
  const link = (upstream: string) =>
    `<${upstream}/v1/all_credentials?page=2&page_size=1>; rel="next", <https://elsewhere.example/v1/all_credentials?page=9>; rel="last", <${upstream}x/evil>; rel="prev"`;

  it('rewrites links under the upstream to publicBaseUrl, drops the rest, and ignores the Host header', async () => {
    const upstream = fakeUpstream(() => json([], { headers: { link: link('https://accredible.example') } }));
    const proxy = await startProxy(oneProvider('https://accredible.example', { publicBaseUrl: 'https://proxy.school.example/creds/' }), { fetch: upstream.fetch, log: quiet });
    try {
      const response = await rawGet(`${proxy.url}/accredible/v1/all_credentials?email=a@b.example`, { origin: ORIGIN, host: 'evil.example', 'x-forwarded-proto': 'https' });
      expect(response.status).to.equal(200);
      expect(response.headers['link']).to.equal('<https://proxy.school.example/creds/accredible/v1/all_credentials?page=2&page_size=1>; rel="next"');
    } finally {
      await proxy.close();
    }
  });

  it('drops the Link header when no publicBaseUrl is configured', async () => {
    const upstream = fakeUpstream(() => json([], { headers: { link: link('https://accredible.example') } }));
    const proxy = await startProxy(oneProvider('https://accredible.example'), { fetch: upstream.fetch, log: quiet });
    try {
      const response = await rawGet(`${proxy.url}/accredible/v1/all_credentials`, { origin: ORIGIN, host: 'evil.example' });
      expect(response.status).to.equal(200);
      expect(response.headers['link']).to.equal(undefined);
    } finally {
      await proxy.close();
    }
  });
});
