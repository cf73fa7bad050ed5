/** The proxy on its own Node HTTP server: a thin adapter from node:http to the Fetch handler. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProxyConfig } from './config.js';
import type { FetchHandler, FetchHandlerOptions } from './fetch-handler.js';
import { createFetchHandler } from './node-handler.js';
import { consoleSink } from './log.js';
import { createRedisStore } from './store-redis.js';

export interface RunningProxy {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** A node:http listener that serves `handler`: for Express, Fastify or a plain server. */
export function toNodeListener(handler: FetchHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    let request: Request;
    try {
      const target = req.url ?? '/';
      // Origin-form only: an absolute-form target (`GET http://other/…`) would let the client choose the URL's host.
      if (!target.startsWith('/')) throw new TypeError('not an origin-form request target');
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headersDistinct)) for (const item of value ?? []) headers.append(name, item);
      // The host part is never read: routing uses the path, links use publicBaseUrl.
      request = new Request(`http://proxy.invalid${target}`, { method: req.method ?? 'GET', headers });
    } catch {
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end('{"error":"Bad request."}');
      return;
    }
    handler(request)
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        // Chunk by chunk as the Response holds it: no extra copy of the body.
        if (response.body) for await (const chunk of response.body) res.write(chunk);
        res.end();
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end('{"error":"The proxy failed."}');
      });
  };
}

/** Starts the proxy on `config.host:config.port`, with the Redis store when the configuration asks for it. */
export async function startProxy(config: ProxyConfig, options: FetchHandlerOptions = {}): Promise<RunningProxy> {
  const log = options.log ?? consoleSink;
  const ownStore = !options.store && config.store.type === 'redis' ? await createRedisStore({ url: config.store.url, keyPrefix: config.store.keyPrefix, log }) : undefined;
  const handler = createFetchHandler(config, { ...options, ...(ownStore ? { store: ownStore } : {}) });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }).finally(() => ownStore?.close?.()),
  };
}
