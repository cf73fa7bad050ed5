// The cache store interface: one contract, run on the memory store and, when a redis-server binary is installed,
// on the Redis store against a real server started here (two proxy instances sharing it, a corrupted value, the
// server going away). Without the binary, one line says so and the Redis part does not run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, it, before, expect } from '../helpers/harness.js';
import { createFetchHandler, createMemoryStore, createRedisStore, readProxyConfig, type CacheStore } from '../../src/proxy/node.js';
import { fakeUpstream, json, ORIGIN, page, quiet } from './helpers/index.js';

function storeContract(name: string, open: () => Promise<CacheStore>) {
  describe(`cache store contract: ${name}`, () => {
    let store: CacheStore;
    before(async () => {
      store = await open();
    });
    const answer = { status: 200, headers: { 'content-type': 'application/json', 'x-total-count': '3' }, body: '{"name":"Ünïcode ✓ badge"}', storedAt: 1_700_000_000_000 };

    it('returns what was set, and undefined for what was not', async () => {
      await store.set('accredible https://a.example/v1/credentials/1', answer, 60);
      expect(await store.get('accredible https://a.example/v1/credentials/1')).to.deep.equal(answer);
      expect(await store.get('accredible https://a.example/v1/credentials/2')).to.equal(undefined);
    });

    it('forgets on delete and after the time to live', async () => {
      await store.set('k-delete', answer, 60);
      await store.delete('k-delete');
      expect(await store.get('k-delete')).to.equal(undefined);
      await store.set('k-ttl', answer, 1);
      let left: unknown = answer;
      for (let turn = 0; left !== undefined && turn < 400; turn++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        left = await store.get('k-ttl');
      }
      expect(left).to.equal(undefined);
    });
  });
}

storeContract('memory', async () => createMemoryStore({ maxBytes: 1_000_000 }));

const redisInstalled = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
if (!redisInstalled) {
  console.log('redis-server is not installed: the Redis store tests did not run (the store contract ran on the memory store)');
} else {
  const freePort = () =>
    new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
  let server: ChildProcess | undefined;
  let url = '';
  const started = (async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
    server.unref();
    (server.stdout as NodeJS.ReadableStream & { unref?: () => void }).unref?.();
    await new Promise<void>((resolve, reject) => {
      let output = '';
      server!.stdout!.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Ready to accept connections')) resolve();
      });
      server!.once('exit', () => reject(new Error('redis-server exited')));
    });
    process.once('exit', () => server?.kill());
  })();

  // Every client opened here, closed by the last test (an open client keeps reconnecting, and the process alive).
  const opened: CacheStore[] = [];
  const openRedis = async (keyPrefix: string) => {
    await started;
    const store = await createRedisStore({ url, keyPrefix });
    opened.push(store);
    return store;
  };

  storeContract('redis', () => openRedis('contract:'));

  describe('cache store: Redis shared by proxy instances', () => {
    it('lets a second instance answer from what the first one cached', async () => {
      await started;
      const upstream = fakeUpstream(() => json({ shared: true }));
      const config = readProxyConfig({ allowedOrigins: [ORIGIN], providers: { accredible: { upstream: 'https://accredible.example', apiKey: 'redis-test-key-01' } } });
      const stores = [await openRedis('shared:'), await openRedis('shared:')];
      {
        const [first, second] = stores.map((store) => createFetchHandler(config, { fetch: upstream.fetch, store, log: quiet }));
        expect((await first!(page('/accredible/v1/all_credentials?email=maya@example.edu'))).headers.get('x-cache')).to.equal('MISS');
        const hit = await second!(page('/accredible/v1/all_credentials?email=maya@example.edu'));
        expect(hit.headers.get('x-cache')).to.equal('HIT');
        expect(await hit.json()).to.deep.equal({ shared: true });
        expect(upstream.calls).to.have.length(1);
        // Keys are digests: the e-mail address in the query is not readable in the server's key space.
        const { Redis } = await import('ioredis');
        const client = new Redis(url);
        try {
          const keys = await client.keys('shared:*');
          expect(keys).to.have.length(1);
          expect(keys[0]).to.match(/^shared:[0-9a-f]{64}$/);
          await client.set(keys[0]!, '{"status":"not an answer"}');
          expect((await second!(page('/accredible/v1/all_credentials?email=maya@example.edu'))).headers.get('x-cache')).to.equal('MISS');
        } finally {
          client.disconnect();
        }
      }
    });

    it('keeps answering, as misses, when the server goes away', async () => {
      await started;
      const store = await openRedis('gone:');
      const upstream = fakeUpstream(() => json({ ok: true }));
      const config = readProxyConfig({ allowedOrigins: [ORIGIN], metricsToken: 'metrics-token-0123456789', providers: { accredible: { upstream: 'https://accredible.example', apiKey: 'redis-test-key-01' } } });
      const handle = createFetchHandler(config, { fetch: upstream.fetch, store, log: quiet });
      try {
        server!.kill();
        await new Promise((resolve) => server!.once('exit', resolve));
        for (let index = 0; index < 3; index++) expect((await handle(page('/accredible/v1/credentials/1'))).status).to.equal(200);
        expect(upstream.calls).to.have.length(3);
        const metrics = await (await handle(new Request('https://p.example/metrics', { headers: { authorization: 'Bearer metrics-token-0123456789' } }))).text();
        expect(Number(/^credential_proxy_store_errors_total (\d+)$/m.exec(metrics)?.[1])).to.be.at.least(3);
      } finally {
        for (const client of opened) await client.close!();
      }
    });
  });
}
