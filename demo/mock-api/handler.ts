/**
 * The built-in mock APIs as one plain Node request handler (no framework):
 *
 *   /clr/ims/clr/v2p0/credentials[/{id}]   CLR 2.0 (Bearer token), POST upsert; /clr/oauth/token (client credentials)
 *   /accredible/v1/credentials/{id}         Accredible (Token token=…); /accredible/v1/all_credentials
 *   /ibl/api/credentials/orgs/{org}/users/{user}/[{entity_id}]   ibl.ai (key in Authorization)
 *   /public/clr.json, /public/badges/{n}.json   signed credentials at plain URLs (no auth); lists of them:
 *   /public/badges.json (URLs), /public/graduates.json (the Accredible graduates' signed credentials)
 *
 * Mount it anywhere: paths are read relative to the mount point (`req.url` after connect strips the prefix).
 * Faults on request: see faults.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mockData } from './data/index.js';
import { IBL_GALLERY_USER } from './data/graduates.js';
import { IBL_ORG, IBL_USER } from './data/ibl.js';
import { createFaultSwitch, type Fault } from './faults.js';
import { json, readRequestBody, writeReply, type Reply, type RouteRequest } from './reply.js';
import { createAccredibleRoutes } from './routes/accredible.js';
import { createClrRoutes } from './routes/clr.js';
import { createIblRoutes } from './routes/ibl.js';
import { createPublicRoutes } from './routes/public.js';
import { MOCK_SECRETS, type MockSecrets } from './tokens.js';

export interface MockApiOptions {
  /** Replace some of the accepted secrets (tests of the proxy use their own). */
  secrets?: Partial<MockSecrets>;
}

export interface MockApi {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** What was asked, for tests: OAuth token requests and every request's path and headers. */
  stats: { tokenRequests: number; requests: Array<{ method: string; path: string; headers: IncomingMessage['headers'] }> };
  secrets: MockSecrets;
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, accept, x-mock-fault, x-mock-fault-key, x-mock-delay, x-mock-retry-after',
  'access-control-expose-headers': 'x-total-count, link, retry-after',
};

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const secrets: MockSecrets = { ...MOCK_SECRETS, ...options.secrets };
  const faultFor = createFaultSwitch();
  const routes = mockData().then((data) => ({
    clr: createClrRoutes(data.clrs, secrets),
    accredible: createAccredibleRoutes(data.accredible, secrets),
    ibl: createIblRoutes(data.ibl, IBL_ORG, IBL_USER, secrets, { [IBL_GALLERY_USER]: data.iblGallery }),
    published: createPublicRoutes(data.clrs, data.graduateCredentials),
  }));
  const stats: MockApi['stats'] = { tokenRequests: 0, requests: [] };

  async function route(req: RouteRequest): Promise<Reply> {
    const { clr, accredible, ibl, published } = await routes;
    const [, service = '', ...rest] = req.path.split('/');
    const inner = { ...req, path: '/' + rest.join('/') };
    let reply: Reply | undefined;
    if (service === 'clr') reply = await clr.handle(inner);
    else if (service === 'accredible') reply = await accredible.handle(inner);
    else if (service === 'ibl') reply = await ibl.handle(inner);
    else if (service === 'public') reply = published.handle(inner);
    else if (req.path === '/' || req.path === '') reply = json(200, describe(req.origin));
    stats.tokenRequests = clr.stats.tokenRequests;
    return reply ?? json(404, { error: 'No such mock route' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    const method = req.method ?? 'GET';
    stats.requests.push({ method, path: url.pathname, headers: req.headers });
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    const routeRequest: RouteRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      origin: originOf(req, url.pathname),
      body: () => readRequestBody(req),
    };
    const fault = faultFor(url.searchParams, req.headers);
    try {
      if (fault?.kind === 'slow') await delay(fault.delayMs, res);
      if (res.destroyed) return;
      const reply = fault ? faultReply(fault) ?? (await route(routeRequest)) : await route(routeRequest);
      send(res, reply, fault);
    } catch (error) {
      if (!res.headersSent) writeReply(res, json(500, { error: 'Mock API failure', detail: String(error) }));
    }
  }

  return { handle, stats, secrets };
}

/** The faults that replace the answer outright; the others change how a normal answer is sent. */
function faultReply(fault: Fault): Reply | undefined {
  const status = Number(fault.kind);
  if (!status) return undefined;
  const headers: Record<string, string> = status === 429 || status === 503 ? { 'retry-after': fault.retryAfter } : {};
  return json(status, { error: `Mock fault ${status}` }, headers);
}

function send(res: ServerResponse, reply: Reply, fault: Fault | undefined): void {
  if (fault?.kind === 'html') return writeReply(res, { status: 200, body: '<!doctype html><title>Maintenance</title><p>Back soon.</p>' }, 'text/html; charset=utf-8');
  if (fault?.kind === 'large') return writeReply(res, { status: 200, body: { padding: 'x'.repeat(6 * 1024 * 1024) } });
  if (fault?.kind === 'truncated') {
    const text = JSON.stringify(reply.body);
    return writeReply(res, { ...reply, body: text.slice(0, Math.max(1, Math.floor(text.length / 2))) });
  }
  writeReply(res, reply);
}

function delay(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The mock API's own root URL, as the client sees it (mount prefix included), for paging links. */
function originOf(req: IncomingMessage, innerPath: string): string {
  const host = req.headers['x-forwarded-host'] ?? req.headers.host ?? 'localhost';
  const original = new URL((req as { originalUrl?: string }).originalUrl ?? req.url ?? '/', 'http://mock.invalid').pathname;
  const prefix = original.endsWith(innerPath) ? original.slice(0, original.length - innerPath.length) : '';
  return `http://${host}${prefix}`;
}

function describe(origin: string) {
  return {
    name: 'credential-elements mock APIs',
    secrets: MOCK_SECRETS,
    endpoints: {
      clrList: `${origin}/clr/ims/clr/v2p0/credentials?limit=10&offset=0`,
      clrById: `${origin}/clr/ims/clr/v2p0/credentials/{url-encoded id}`,
      clrToken: `${origin}/clr/oauth/token`,
      accredibleById: `${origin}/accredible/v1/credentials/{id}`,
      accredibleList: `${origin}/accredible/v1/all_credentials?email=maya.chen@example.com`,
      accredibleGraduates: `${origin}/accredible/v1/all_credentials?group_id=40500`,
      iblGallery: `${origin}/ibl/api/credentials/orgs/${IBL_ORG}/users/${IBL_GALLERY_USER}/`,
      publicLists: [`${origin}/public/badges.json`, `${origin}/public/graduates.json`],
      iblList: `${origin}/ibl/api/credentials/orgs/${IBL_ORG}/users/${IBL_USER}/`,
      iblById: `${origin}/ibl/api/credentials/orgs/${IBL_ORG}/users/${IBL_USER}/{entity_id}`,
    },
    faults: 'x-mock-fault header or mock-fault query: 429 | 500 | 502 | 503 | 504 | 404 | slow | truncated | html | large, optionally *N',
  };
}
