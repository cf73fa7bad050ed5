// No secret in any output: answers (bodies and headers, success and every error), log lines, /metrics, and
// configuration errors, in the secret's plain and encoded forms, across upstreams that echo what they were sent.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from '../helpers/harness.js';
import { createFetchHandler, readProxyConfig, secretForms } from '../../src/proxy/index.js';
import { fakeUpstream, hang, json, ORIGIN, page } from './helpers/index.js';

const API_KEY = 'sk_live/Accredible+Key=1';
const IBL_KEY = 'ibl "quoted" key é';
const CLIENT_ID = 'riverside-client-id';
const CLIENT_SECRET = 'client/secret+value==';
const METRICS_TOKEN = 'metrics-token-fedcba9876543210';
const TOKEN_PREFIX = 'issued-access-token-';

/** Every output, checked for every form of every secret (and every token the proxy was issued). */
function assertNoSecret(outputs: string[], issued: string[]) {
  const all = outputs.join('\n');
  for (const secret of [API_KEY, IBL_KEY, CLIENT_ID, CLIENT_SECRET, METRICS_TOKEN, ...issued]) {
    const leaked = secretForms(secret).filter((form) => all.includes(form));
    expect(leaked, `a form of ${secret}`).to.deep.equal([]);
  }
}

const collect = async (response: Response) => `${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`;

describe('proxy: no secret in any output', () => {
  it('keeps secrets out of answers, errors, logs and metrics, whatever the upstreams echo', async () => {
    const lines: string[] = [];
    const issued: string[] = [];
    let tokenMode: 'ok' | 'fail' = 'ok';
    let mode: 'echo' | '500' | '401' | 'throw' | 'hang' = 'echo';
    const echo = (call: { headers: Headers; url: string }) => {
      const sent = call.headers.get('authorization') ?? '';
      return { sent, base64: Buffer.from(sent).toString('base64'), url: encodeURIComponent(sent), at: call.url };
    };
    const upstream = fakeUpstream(async (call) => {
      if (call.url.startsWith('https://auth.example/')) {
        if (tokenMode === 'fail') return json({ error: 'invalid_client', client_secret: CLIENT_SECRET, basic: call.headers.get('authorization') }, { status: 401 });
        const token = `${TOKEN_PREFIX}${issued.length + 1}`;
        issued.push(token);
        return json({ access_token: token, expires_in: 3600 });
      }
      const body = echo(call);
      if (mode === 'throw') throw new TypeError(`connect failed for ${call.url} with ${body.sent}`);
      if (mode === 'hang') return hang(call);
      const headers = { 'x-total-count': body.base64, link: `<${call.url}?key=${body.url}>; rel="next"`, 'retry-after': body.sent };
      if (mode === '500') return json(body, { status: 500, headers });
      if (mode === '401') return json(body, { status: 401, headers });
      return json(body, { headers });
    });
    const config = readProxyConfig(
      {
        allowedOrigins: [ORIGIN],
        timeoutMs: 200,
        metricsToken: 'env:METRICS',
        publicBaseUrl: 'https://proxy.school.example',
        providers: {
          clr: { upstream: 'https://clr.example', oauth: { tokenUrl: 'https://auth.example/token', clientId: CLIENT_ID, clientSecret: 'env:CLR_SECRET' } },
          accredible: { upstream: 'https://accredible.example', apiKey: 'env:ACCREDIBLE' },
          ibl: { upstream: 'https://ibl.example', apiKey: IBL_KEY },
        },
      },
      { METRICS: METRICS_TOKEN, CLR_SECRET: CLIENT_SECRET, ACCREDIBLE: API_KEY },
    );
    const handle = createFetchHandler(config, { fetch: upstream.fetch, log: (line) => lines.push(line) });
    const outputs: string[] = [];
    // AbortSignal.timeout's timer does not hold Node's event loop open; a server would, this test has none.
    const keepAlive = setInterval(() => undefined, 1000);
    let n = 0;
    for (const step of ['echo', '500', '401', 'throw', 'hang'] as const) {
      mode = step;
      n++;
      for (const path of [`/clr/ims/clr/v2p0/credentials/urn:uuid:${n}`, `/accredible/v1/all_credentials?email=a@b.example&page=${n}`, `/ibl/api/credentials/orgs/o/users/u/${n}`]) {
        outputs.push(await collect(await handle(page(path))));
      }
    }
    tokenMode = 'fail';
    // A refused token forces a new one, which the token endpoint now refuses with an echo of the client secret.
    mode = '401';
    outputs.push(await collect(await handle(page('/clr/ims/clr/v2p0/credentials/urn:uuid:x'))));
    outputs.push(await collect(await handle(new Request('https://p.example/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }))));
    outputs.push(await collect(await handle(new Request('https://p.example/metrics', { headers: { authorization: `Bearer ${API_KEY}` } }))));
    clearInterval(keepAlive);
    expect(issued.length).to.be.above(1);
    expect(outputs.join('\n')).to.contain('[redacted]');
    expect(lines.length).to.equal(outputs.length);
    assertNoSecret([...outputs, ...lines], issued);
  });

  it('names the field, never the value, in configuration errors and in the command line tool', () => {
    const errors: string[] = [];
    const attempts: Array<[unknown, Record<string, string>]> = [
      [{ allowedOrigins: [ORIGIN], providers: { accredible: { upstream: 'ftp://x', apiKey: API_KEY } } }, {}],
      [{ allowedOrigins: [ORIGIN], providers: { accredible: { upstream: 'https://x.example', apiKey: API_KEY, apikey: API_KEY } } }, {}],
      [{ allowedOrigins: [ORIGIN], metricsToken: 'short', providers: { accredible: { upstream: 'https://x.example', apiKey: API_KEY } } }, {}],
      [{ allowedOrigins: [ORIGIN], providers: { clr: { upstream: `https://user:${CLIENT_SECRET}@x.example`, apiKey: API_KEY } } }, {}],
      [{ allowedOrigins: [ORIGIN], store: { type: 'redis', url: `http://:${CLIENT_SECRET}@redis` }, providers: { accredible: { upstream: 'https://x.example', apiKey: API_KEY } } }, {}],
    ];
    for (const [input, env] of attempts) {
      try {
        readProxyConfig(input, env);
        errors.push('no error');
      } catch (error) {
        errors.push((error as Error).message);
      }
    }
    expect(errors.filter((message) => message === 'no error')).to.deep.equal([]);
    const directory = mkdtempSync(join(tmpdir(), 'credential-proxy-'));
    const file = join(directory, 'proxy.json');
    writeFileSync(file, JSON.stringify({ allowedOrigins: [ORIGIN], providers: { accredible: { upstream: 'https://x.example', apiKey: API_KEY, cacheSecond: 5 } } }));
    const bin = fileURLToPath(new URL('../../bin/credential-proxy.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [bin, '--config', file], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });
    expect(run.status).to.equal(1);
    expect(run.stderr).to.contain('providers.accredible.cacheSecond: unknown key');
    assertNoSecret([...errors, run.stderr, run.stdout], []);
  });
});
