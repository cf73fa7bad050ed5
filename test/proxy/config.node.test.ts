// The configuration is checked once at start: every key known (those of the trust, coverage and production
// issues included), misspelt keys, bad URLs and unset env: variables refused with errors that name the field.
import { describe, it, expect } from '../helpers/harness.js';
import { readProxyConfig, ProxyConfigError } from '../../src/proxy/index.js';

const ORIGIN = 'https://school.example';
const base = () => ({ allowedOrigins: [ORIGIN], providers: { accredible: { upstream: 'https://api.accredible.com', apiKey: 'config-test-key' } } });

function refusal(input: unknown, env: Record<string, string> = {}): string {
  try {
    readProxyConfig(input, env);
  } catch (error) {
    expect(error).to.be.instanceOf(ProxyConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ProxyConfigError');
}

describe('proxy configuration', () => {
  it('reads every key, with env: secrets and the documented defaults', () => {
    const config = readProxyConfig(
      {
        port: 8080,
        host: '0.0.0.0',
        allowedOrigins: [ORIGIN, 'http://localhost:5173/'],
        allowNoOrigin: true,
        cacheSeconds: 120,
        staleWhileRevalidateSeconds: 30,
        staleIfErrorSeconds: 3600,
        timeoutMs: 5000,
        maxBodyBytes: 2_000_000,
        publicBaseUrl: 'https://proxy.school.example/creds/',
        metricsToken: 'env:METRICS_TOKEN',
        store: { type: 'redis', url: 'env:REDIS_URL', keyPrefix: 'school:' },
        lookup: { hosts: ['badges.example.edu', '*.Credentials.example.org'], maxBytes: 65_536, timeoutMs: 3000 },
        providers: {
          clr: {
            upstream: 'https://clr.example/api/',
            oauth: { tokenUrl: 'https://auth.example/token', clientId: 'env:CLIENT_ID', clientSecret: 'env:CLIENT_SECRET', scope: 'read' },
            public: true,
            budget: { concurrency: 2, ratePerSecond: 0.5, burst: 3 },
          },
          ibl: { upstream: 'https://ibl.example', apiKey: 'k-1', orgs: ['riverside'] },
        },
      },
      { METRICS_TOKEN: 'm'.repeat(32), REDIS_URL: 'redis://:pw@127.0.0.1:6379/2', CLIENT_ID: 'id', CLIENT_SECRET: 'cs' },
    );
    expect(config).to.deep.equal({
      port: 8080,
      host: '0.0.0.0',
      allowedOrigins: [ORIGIN, 'http://localhost:5173'],
      allowNoOrigin: true,
      cacheSeconds: 120,
      staleWhileRevalidateSeconds: 30,
      staleIfErrorSeconds: 3600,
      timeoutMs: 5000,
      maxBodyBytes: 2_000_000,
      publicBaseUrl: 'https://proxy.school.example/creds',
      metricsToken: 'm'.repeat(32),
      store: { type: 'redis', url: 'redis://:pw@127.0.0.1:6379/2', keyPrefix: 'school:' },
      lookup: { hosts: ['badges.example.edu', '*.credentials.example.org'], maxBytes: 65_536, timeoutMs: 3000 },
      providers: {
        clr: {
          upstream: 'https://clr.example/api',
          oauth: { tokenUrl: 'https://auth.example/token', clientId: 'id', clientSecret: 'cs', scope: 'read' },
          public: true,
          budget: { concurrency: 2, ratePerSecond: 0.5, burst: 3 },
        },
        ibl: { upstream: 'https://ibl.example', apiKey: 'k-1', orgs: ['riverside'], public: false, budget: { concurrency: 4, ratePerSecond: 5, burst: 10 } },
      },
    });
    const defaults = readProxyConfig(base());
    expect(defaults).to.include({ port: 8787, host: '127.0.0.1', allowNoOrigin: false, cacheSeconds: 300, staleWhileRevalidateSeconds: 60, staleIfErrorSeconds: 86_400, timeoutMs: 15_000, maxBodyBytes: 10 * 1024 * 1024 });
    expect(defaults.store).to.deep.equal({ type: 'memory', maxBytes: 64 * 1024 * 1024 });
    expect(defaults).not.to.have.property('lookup');
    expect(defaults).not.to.have.property('metricsToken');
    expect(defaults).not.to.have.property('publicBaseUrl');
  });

  it('refuses unknown keys at every level, naming them', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base(), cacheSecond: 5 }, 'cacheSecond: unknown key'],
      [{ ...base(), providers: { accredible: { upstream: 'https://a.example', apiKey: 'k', apikey: 'k' } } }, 'providers.accredible.apikey: unknown key'],
      [{ ...base(), providers: { badgr: { upstream: 'https://a.example', apiKey: 'k' } } }, 'providers.badgr: unknown key'],
      [{ ...base(), providers: { clr: { upstream: 'https://a.example', oauth: { tokenUrl: 'https://t.example', clientId: 'a', clientSecret: 'b', audience: 'x' } } } }, 'providers.clr.oauth.audience: unknown key'],
      [{ ...base(), providers: { accredible: { upstream: 'https://a.example', apiKey: 'k', budget: { rps: 3 } } } }, 'providers.accredible.budget.rps: unknown key'],
      [{ ...base(), store: { type: 'memory', max: 1 } }, 'store.max: unknown key'],
      [{ ...base(), store: { type: 'redis', url: 'redis://r', maxBytes: 1 } }, 'store.maxBytes: unknown key'],
      [{ ...base(), lookup: { hosts: ['a.example'], redirects: 5 } }, 'lookup.redirects: unknown key'],
      [{ ...base(), ['__proto__']: 1 }, 'unknown key'],
    ];
    for (const [input, message] of cases) expect(refusal(input), message).to.contain(message);
  });

  it('refuses bad URLs, origins and values with the field named', () => {
    const provider = (upstream: string) => ({ ...base(), providers: { accredible: { upstream, apiKey: 'k' } } });
    expect(refusal(provider('ftp://files.example'))).to.contain('providers.accredible.upstream: an http or https URL');
    expect(refusal(provider('not a url'))).to.contain('providers.accredible.upstream: not a URL');
    expect(refusal(provider('https://api.example/?key=1'))).to.contain('without query');
    expect(refusal(provider('https://user:pass@api.example'))).to.contain('user name or password');
    expect(refusal({ ...base(), publicBaseUrl: 'proxy.example' })).to.contain('publicBaseUrl: not a URL');
    expect(refusal({ ...base(), publicBaseUrl: 'https://proxy.example/#x' })).to.contain('publicBaseUrl');
    expect(refusal({ ...base(), providers: { clr: { upstream: 'https://a.example', oauth: { tokenUrl: 'javascript:alert(1)', clientId: 'a', clientSecret: 'b' } } } })).to.contain('providers.clr.oauth.tokenUrl');
    expect(refusal({ ...base(), allowedOrigins: ['*'] })).to.contain('allowedOrigins[0]');
    expect(refusal({ ...base(), allowedOrigins: 'https://a.example' })).to.contain('allowedOrigins: a list');
    expect(refusal({ providers: base().providers })).to.contain('allowedOrigins');
    expect(refusal({ ...base(), providers: {} })).to.contain('providers: configure at least one');
    expect(refusal({ ...base(), port: 70000 })).to.contain('port: a whole number');
    expect(refusal({ ...base(), cacheSeconds: -1 })).to.contain('cacheSeconds');
    expect(refusal({ ...base(), staleIfErrorSeconds: '1d' })).to.contain('staleIfErrorSeconds');
    expect(refusal({ ...base(), allowNoOrigin: 'yes' })).to.contain('allowNoOrigin: true or false');
    expect(refusal({ ...base(), metricsToken: 'short' })).to.contain('metricsToken: use at least 16');
    expect(refusal({ ...base(), store: { type: 'disk' } })).to.contain('store.type');
    expect(refusal({ ...base(), store: { type: 'redis', url: 'http://cache.example' } })).to.contain('store.url: a redis://');
    expect(refusal({ ...base(), lookup: { hosts: ['https://badges.example'] } })).to.contain('lookup.hosts[0]');
    expect(refusal({ ...base(), lookup: { hosts: [] } })).to.contain('lookup.hosts');
    expect(refusal({ ...base(), providers: { accredible: { upstream: 'https://a.example', apiKey: 'k', budget: { concurrency: 0 } } } })).to.contain('budget.concurrency');
    expect(refusal({ ...base(), providers: { accredible: { upstream: 'https://a.example', apiKey: 'k', budget: { ratePerSecond: 0 } } } })).to.contain('budget.ratePerSecond');
    expect(refusal({ ...base(), providers: { accredible: { upstream: 'https://a.example' } } })).to.contain('an apiKey or oauth is required');
    expect(refusal({ ...base(), providers: { accredible: { upstream: 'https://a.example', apiKey: 'k', orgs: ['x'] } } })).to.contain('only the ibl provider');
    expect(refusal({ ...base(), providers: { ibl: { upstream: 'https://a.example', apiKey: 'k', oauth: {} } } })).to.contain('only the CLR provider');
    expect(refusal([])).to.contain('the configuration: an object');
  });

  it('refuses env: variables that are unset, naming the variable and never a value', () => {
    expect(refusal({ ...base(), providers: { accredible: { upstream: 'https://a.example', apiKey: 'env:ACCREDIBLE_KEY' } } })).to.equal('providers.accredible.apiKey: the environment variable ACCREDIBLE_KEY is not set');
    expect(refusal({ ...base(), metricsToken: 'env:METRICS' }, { METRICS: '' })).to.contain('METRICS is not set');
    expect(refusal({ ...base(), store: { type: 'redis', url: 'env:REDIS_URL' } })).to.contain('store.url: the environment variable REDIS_URL is not set');
    expect(refusal({ ...base(), providers: { clr: { upstream: 'https://a.example', oauth: { tokenUrl: 'https://t.example', clientId: 'env:ID', clientSecret: 'env:SECRET' } } } }, { ID: 'x' })).to.contain('SECRET is not set');
  });
});
