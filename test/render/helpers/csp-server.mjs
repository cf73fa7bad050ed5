// Test-server routes for the CSP suites (test/render/csp.browser.test.ts): pages served with a real
// Content-Security-Policy *header* (a <meta> policy cannot carry report-uri), and the report endpoint
// those pages send their violation reports to, so a test can see what would reach a school's endpoint.
//
//   GET  /__csp__/page?id=ID&policy=POLICY&run=/test/render/x.ts[&scenario=…]
//        an empty page whose policy is POLICY plus `report-uri /__csp__/report/ID`, running the module RUN
//   POST /__csp__/report/ID      stores one report (application/csp-report or reports+json)
//   GET  /__csp__/reports/ID     the reports stored for ID, as JSON
// Test-only: never part of the package.

const reports = new Map();
const MAX_REPORT_BYTES = 64 * 1024;
const ID = /^[\w-]{1,64}$/;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_REPORT_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function page(run) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>CSP test page</title></head><body><script type="module" src="${run}"></script></body></html>`;
}

/** Koa middleware for the runner's server (web-test-runner.config.mjs). */
export async function cspPages(ctx, next) {
  if (!ctx.path.startsWith('/__csp__/')) return next();
  const [, , route, id = ''] = ctx.path.split('/');
  if (route === 'page' && ctx.method === 'GET') {
    const { id: pageId = '', policy = '', run = '' } = ctx.query;
    if (!ID.test(pageId) || !/^\/test\/render\/[\w./-]+\.ts$/.test(run) || run.includes('..') || /[\r\n]/.test(policy)) {
      ctx.status = 400;
      return;
    }
    reports.set(pageId, []);
    ctx.set('Content-Security-Policy', `${policy}; report-uri /__csp__/report/${pageId}`);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = page(run);
    return;
  }
  if (route === 'report' && ctx.method === 'POST' && ID.test(id)) {
    const text = await readBody(ctx.req);
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = { unparsed: text.slice(0, 200) };
    }
    const list = reports.get(id) ?? [];
    for (const entry of Array.isArray(body) ? body : [body]) list.push(entry['csp-report'] ?? entry.body ?? entry);
    reports.set(id, list);
    ctx.status = 204;
    return;
  }
  if (route === 'reports' && ctx.method === 'GET' && ID.test(id)) {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(reports.get(id) ?? []);
    return;
  }
  ctx.status = 404;
}
