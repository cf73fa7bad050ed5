/**
 * The benchmark's web server: the repository's files (the builds, bench/pages), the signed documents of bench/.data
 * at /bench-data/, the built-in mock APIs at /mock-api/, and whatever a section adds (`route`). Nothing is cached
 * (`no-store`), and requests for credentials are counted in flight.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, root, step } from './env.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
};

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface BenchServer {
  origin: string;
  /** Credential requests in flight: now, and the most since `max` was last reset. */
  inFlight: { now: number; max: number };
  /** Serves paths under `prefix` with `handler`. */
  route(prefix: string, handler: Route): void;
  close(): void;
}

function sendFile(res: ServerResponse, file: string): void {
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

export async function startServer(): Promise<BenchServer> {
  let mock: ((req: IncomingMessage, res: ServerResponse) => unknown) | undefined;
  try {
    const { createMockApi } = await import('../../demo/mock-api/handler.js');
    const { mockData } = await import('../../demo/mock-api/data/index.js');
    await mockData();
    const api = createMockApi();
    mock = (req, res) => {
      req.url = (req.url ?? '/').slice('/mock-api'.length) || '/';
      return api.handle(req, res);
    };
  } catch (error) {
    step(`mock APIs unavailable (${(error as Error).message})`);
  }
  const data = fileURLToPath(dataDir);
  const routes = new Map<string, Route>();
  const inFlight = { now: 0, max: 0 };
  const track = (res: ServerResponse) => {
    inFlight.now++;
    inFlight.max = Math.max(inFlight.max, inFlight.now);
    res.on('close', () => inFlight.now--);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [prefix, handler] of routes) {
      if (url.pathname.startsWith(prefix)) return void Promise.resolve(handler(req, res, url)).catch(() => res.writeHead(500).end());
    }
    if (url.pathname.startsWith('/bench-data/')) {
      const file = normalize(join(data, decodeURIComponent(url.pathname.slice('/bench-data/'.length))));
      if (!file.startsWith(data) || !isFile(file)) return void res.writeHead(404).end();
      track(res);
      return sendFile(res, file);
    }
    if (url.pathname.startsWith('/mock-api/') && mock) {
      track(res);
      return void mock(req, res);
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !isFile(file) || file.includes(`${sep}node_modules${sep}`)) return void res.writeHead(404).end();
    sendFile(res, file);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    inFlight,
    route: (prefix, handler) => void routes.set(prefix, handler),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
