import { describe, it, before, expect } from '../helpers/harness.js';
import { readProxyConfig, startProxy, createTokenSource, ProxyConfigError, type ProxyConfig } from '../../src/proxy/node.js';
import { createAccredibleClient, createClrClient, createIblClient, createLimiter } from '../../src/sources/index.js';
import { CredentialError } from '../../src/errors.js';
import { startMockApi, type RunningMockApi } from '../../demo/mock-api/server.js';
import { IBL_ORG, IBL_USER, MOCK_SECRETS } from '../helpers/mock-api.js';
import { quiet } from './helpers/index.js';

const ORIGIN = 'https://school.example';
const SECRETS = [MOCK_SECRETS.accredibleKey, MOCK_SECRETS.iblKey, MOCK_SECRETS.clrClientSecret, MOCK_SECRETS.clrToken];

/** A browser-side fetch: sends the page's Origin, no credentials of its own. */
const browserFetch = (origin = ORIGIN): typeof fetch => (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('origin', origin);
  return fetch(input, { ...init, headers });
};

function configFor(mock: RunningMockApi, extra: Record<string, unknown> = {}): ProxyConfig {
  return readProxyConfig(
    {
      port: 0,
      allowedOrigins: [ORIGIN],
      cacheSeconds: 120,
      providers: {
        clr: {
          upstream: `${mock.url}/clr`,
          oauth: { tokenUrl: `${mock.url}/clr/oauth/token`, clientId: MOCK_SECRETS.clrClientId, clientSecret: 'env:TEST_CLR_SECRET' },
        },
        accredible: { upstream: `${mock.url}/accredible`, apiKey: MOCK_SECRETS.accredibleKey },
        ibl: { upstream: `${mock.url}/ibl`, apiKey: MOCK_SECRETS.iblKey, orgs: [IBL_ORG] },
      },
      ...extra,
    },
    { TEST_CLR_SECRET: MOCK_SECRETS.clrClientSecret },
  );
}

describe('proxy: secrets stay server-side', () => {
  let mock: RunningMockApi;
  let proxyUrl = '';
  before(async () => {
    mock = await startMockApi();
    mock.server.unref();
    const proxy = await startProxy(configFor(mock, { publicBaseUrl: 'https://proxy.school.example' }), { log: quiet });
    proxy.server.unref();
    proxyUrl = proxy.url;
  });
  const isolated = { inFlight: false as const, limiter: createLimiter(6) };

  it('serves the three providers to the clients without any key on the browser side', async () => {
    const seen: Array<{ url: string; headers: Headers }> = [];
    const spy: typeof fetch = async (input, init = {}) => {
      seen.push({ url: String(input), headers: new Headers(init.headers) });
      return browserFetch()(input, init);
    };
    const clr = await createClrClient({ base: `${proxyUrl}/clr`, fetch: spy, ...isolated }).listAll({ pageSize: 2 });
    const accredible = await createAccredibleClient({ base: `${proxyUrl}/accredible`, fetch: spy, ...isolated }).listAll({ email: 'maya.chen@example.com' });
    const ibl = await createIblClient({ base: `${proxyUrl}/ibl`, org: IBL_ORG, userId: IBL_USER, fetch: spy, ...isolated }).getCredential('Qm4nZt1LcE2vYh6PoS9bJk');
    expect(clr).to.have.length(3);
    expect(accredible).to.have.length(3);
    expect(ibl['name']).to.equal('AI Foundations Program');
    for (const call of seen) expect(call.headers.has('authorization')).to.equal(false);
    const upstream = mock.api.stats.requests.filter((request) => request.path.startsWith('/accredible/'));
    expect(upstream.at(-1)?.headers['authorization']).to.equal(`Token token=${MOCK_SECRETS.accredibleKey}`);
  });

  it('answers with CORS and cache headers, and no secret in headers or body', async () => {
    const response = await browserFetch()(`${proxyUrl}/clr/ims/clr/v2p0/credentials?limit=1&offset=0`);
    const body = await response.text();
    expect(response.status).to.equal(200);
    expect(response.headers.get('access-control-allow-origin')).to.equal(ORIGIN);
    expect(response.headers.get('cache-control')).to.equal('private, max-age=120');
    expect(response.headers.get('x-total-count')).to.equal('3');
    expect(response.headers.get('link')).to.contain('https://proxy.school.example/clr/ims/clr/v2p0/credentials');
    const everything = body + JSON.stringify([...response.headers]);
    for (const secret of SECRETS) expect(everything).not.to.contain(secret);
    expect(everything).not.to.contain('mock-oauth-');
  });

  it('refuses an unlisted origin and never calls the provider', async () => {
    const before = mock.api.stats.requests.length;
    const response = await browserFetch('https://evil.example')(`${proxyUrl}/accredible/v1/credentials/61450021`);
    expect(response.status).to.equal(403);
    expect(response.headers.get('access-control-allow-origin')).to.equal(null);
    expect(mock.api.stats.requests.length).to.equal(before);
    const noOrigin = await fetch(`${proxyUrl}/accredible/v1/credentials/61450021`);
    expect(noOrigin.status).to.equal(403);
  });

  it('refuses write routes and unlisted routes', async () => {
    const before = mock.api.stats.requests.length;
    const write = await browserFetch()(`${proxyUrl}/clr/ims/clr/v2p0/credentials/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'urn:uuid:evil' }),
    });
    expect(write.status).to.equal(405);
    expect(write.headers.get('allow')).to.equal('GET, HEAD');
    for (const path of ['/accredible/v1/issuer/all_groups', '/ibl/api/credentials/orgs/other-org/users/someone/', '/clr/ims/clr/v2p0/../../admin', '/nope/x', '/constructor/x', '/__proto__/x', '/hasOwnProperty']) {
      expect((await browserFetch()(`${proxyUrl}${path}`)).status, path).to.equal(404);
    }
    expect(mock.api.stats.requests.length).to.equal(before);
  });

  it("drops the page's own Authorization header and undocumented query parameters", async () => {
    const response = await browserFetch()(`${proxyUrl}/accredible/v1/all_credentials?email=maya.chen@example.com&api_key=leak&page_size=1`, {
      headers: { authorization: 'Token token=from-the-page' },
    });
    expect(response.status).to.equal(200);
    const last = mock.api.stats.requests.at(-1)!;
    expect(last.headers['authorization']).to.equal(`Token token=${MOCK_SECRETS.accredibleKey}`);
    expect(last.path).to.equal('/accredible/v1/all_credentials');
  });

  it('answers a preflight for listed origins without allowing an Authorization header', async () => {
    const response = await browserFetch()(`${proxyUrl}/ibl/api/credentials/orgs/${IBL_ORG}/users/${IBL_USER}/`, { method: 'OPTIONS' });
    expect(response.status).to.equal(204);
    expect(response.headers.get('access-control-allow-methods')).to.equal('GET, HEAD');
    expect(response.headers.get('access-control-allow-headers')).not.to.contain('authorization');
  });

  it('passes provider errors on as statuses the clients map (private → FORBIDDEN), uncached', async () => {
    const response = await browserFetch()(`${proxyUrl}/accredible/v1/credentials/61450023`);
    expect(response.status).to.equal(403);
    expect(response.headers.get('cache-control')).to.equal('no-store');
    try {
      await createAccredibleClient({ base: `${proxyUrl}/accredible`, fetch: browserFetch(), ...isolated }).getCredential(61450023);
      expect.fail('expected FORBIDDEN');
    } catch (error) {
      expect((error as CredentialError).code).to.equal('FORBIDDEN');
    }
  });

  it('caches the OAuth token across requests', async () => {
    const fresh = await startMockApi();
    const proxy = await startProxy(configFor(fresh), { log: quiet });
    try {
      for (let index = 0; index < 3; index++) {
        expect((await browserFetch()(`${proxy.url}/clr/ims/clr/v2p0/credentials?limit=1`)).status).to.equal(200);
      }
      expect(fresh.api.stats.tokenRequests).to.equal(1);
    } finally {
      await proxy.close();
      await fresh.close();
    }
  });
});

describe('proxy: the OAuth token source and the configuration', () => {
  it('fetches a new token only after the cached one expires, and one at a time', async () => {
    let clock = 0;
    let requests = 0;
    const tokenFetch: typeof fetch = async (_input, init) => {
      requests++;
      expect(new Headers(init?.headers).get('authorization')).to.match(/^Basic /);
      expect(String(init?.body)).to.contain('grant_type=client_credentials');
      return new Response(JSON.stringify({ access_token: `t${requests}`, expires_in: 60 }), { headers: { 'content-type': 'application/json' } });
    };
    const source = createTokenSource({ tokenUrl: 'https://auth.example/token', clientId: 'id', clientSecret: 'secret' }, tokenFetch, () => clock);
    expect(await Promise.all([source.token(), source.token()])).to.deep.equal(['t1', 't1']);
    clock = 29_000;
    expect(await source.token()).to.equal('t1');
    clock = 31_000; // within the 30 s renewal margin of the 60 s lifetime
    expect(await source.token()).to.equal('t2');
    source.invalidate();
    expect(await source.token()).to.equal('t3');
    expect(requests).to.equal(3);
  });

  it('redacts a secret that an upstream echoes back', async () => {
    const echo: typeof fetch = async (_input, init) =>
      new Response(JSON.stringify({ youSent: new Headers(init?.headers).get('authorization') }), { headers: { 'content-type': 'application/json' } });
    const config = readProxyConfig({ port: 0, allowedOrigins: [ORIGIN], providers: { ibl: { upstream: 'https://ibl.example', apiKey: 'super-secret-ibl-key' } } });
    const proxy = await startProxy(config, { fetch: echo, log: quiet });
    try {
      const response = await browserFetch()(`${proxy.url}/ibl/api/credentials/orgs/o/users/u/`);
      const body = await response.text();
      expect(body).not.to.contain('super-secret-ibl-key');
      expect(body).to.contain('[redacted]');
    } finally {
      await proxy.close();
    }
  });

  it('answers 504 when the provider is too slow, and 502 when it cannot be reached', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }));
    const refuse: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    for (const [fetchFn, status] of [[hang, 504], [refuse, 502]] as const) {
      const config = readProxyConfig({ port: 0, timeoutMs: 100, allowedOrigins: [ORIGIN], providers: { clr: { upstream: 'https://clr.example', apiKey: 'static-token-123' } } });
      const proxy = await startProxy(config, { fetch: fetchFn, log: quiet });
      try {
        const response = await browserFetch()(`${proxy.url}/clr/ims/clr/v2p0/credentials`);
        expect(response.status).to.equal(status);
        expect(response.headers.get('cache-control')).to.equal('no-store');
        expect(await response.text()).not.to.contain('static-token-123');
      } finally {
        await proxy.close();
      }
    }
  });

  it('sends a static CLR token as a Bearer header', async () => {
    let seen = '';
    const upstream: typeof fetch = async (_input, init) => {
      seen = new Headers(init?.headers).get('authorization') ?? '';
      return new Response('{"credential":[]}', { headers: { 'content-type': 'application/json' } });
    };
    const config = readProxyConfig({ port: 0, allowedOrigins: [ORIGIN], providers: { clr: { upstream: 'https://clr.example', apiKey: 'static-token-123' } } });
    const proxy = await startProxy(config, { fetch: upstream, log: quiet });
    try {
      expect((await browserFetch()(`${proxy.url}/clr/ims/clr/v2p0/credentials?limit=5`)).status).to.equal(200);
      expect(seen).to.equal('Bearer static-token-123');
    } finally {
      await proxy.close();
    }
  });

  it('reads secrets from env: and names the field, never the value, when something is wrong', () => {
    const config = readProxyConfig({ allowedOrigins: ['https://a.example/path'], providers: { accredible: { upstream: 'https://api.accredible.com/', apiKey: 'env:KEY' } } }, { KEY: 'k-123' });
    expect(config.providers.accredible).to.deep.equal({ upstream: 'https://api.accredible.com', apiKey: 'k-123', public: false, budget: { concurrency: 4, ratePerSecond: 5, burst: 10 } });
    expect(config.allowedOrigins).to.deep.equal(['https://a.example']);
    expect(config.port).to.equal(8787);
    try {
      readProxyConfig({ allowedOrigins: [], providers: { ibl: { upstream: 'ftp://x', apiKey: 'hunter2-secret' } } });
      expect.fail('expected a ProxyConfigError');
    } catch (error) {
      expect(error).to.be.instanceOf(ProxyConfigError);
      expect((error as Error).message).to.contain('providers.ibl.upstream');
      expect((error as Error).message).not.to.contain('hunter2');
    }
    expect(() => readProxyConfig({ allowedOrigins: [], providers: { accredible: { upstream: 'https://x', apiKey: 'env:MISSING' } } }, {})).to.throw(ProxyConfigError, /MISSING/);
  });
});

describe('proxy: the Node server around the Fetch handler', () => {
  it('refuses an absolute-form request target, which would let the client name the host', async () => {
    const { request } = await import('node:http');
    const config = readProxyConfig({ port: 0, allowedOrigins: [ORIGIN], providers: { accredible: { upstream: 'https://a.example', apiKey: 'node-server-key-01' } } });
    let calls = 0;
    const proxy = await startProxy(config, { fetch: async () => (calls++, new Response('{}')), log: quiet });
    try {
      const { port } = new URL(proxy.url);
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: 'http://evil.example/accredible/v1/credentials/1', headers: { origin: ORIGIN } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).to.equal(400);
      expect(calls).to.equal(0);
    } finally {
      await proxy.close();
    }
  });

  it('checks a configuration from the command line with --check', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'credential-proxy-')), 'proxy.json');
    writeFileSync(file, JSON.stringify({ allowedOrigins: [ORIGIN], providers: { ibl: { upstream: 'https://ibl.example', apiKey: 'env:CHECK_KEY' } } }));
    const bin = new URL('../../bin/credential-proxy.mjs', import.meta.url).pathname;
    const ok = spawnSync(process.execPath, [bin, '--config', file, '--check'], { encoding: 'utf8', env: { ...process.env, CHECK_KEY: 'k-check-1' } });
    expect(ok.status).to.equal(0);
    expect(ok.stdout).to.contain('is valid (ibl)');
    const unset = spawnSync(process.execPath, [bin, '--config', file, '--check'], { encoding: 'utf8', env: { ...process.env, CHECK_KEY: '' } });
    expect(unset.status).to.equal(1);
    expect(unset.stderr).to.contain('providers.ibl.apiKey: the environment variable CHECK_KEY is not set');
  });
});
