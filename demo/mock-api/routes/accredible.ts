/** The Accredible v1 read routes: one credential, and the paged list of credentials. */
import type { AccredibleRecord } from '../data/accredible.js';
import { headerValue, intParam, json, type Reply, type RouteRequest } from '../reply.js';
import type { MockSecrets } from '../tokens.js';

export function createAccredibleRoutes(records: AccredibleRecord[], secrets: MockSecrets) {
  const authorized = (req: RouteRequest) => (headerValue(req.headers, 'authorization') ?? '').trim() === `Token token=${secrets.accredibleKey}`;

  function byId(id: string): Reply {
    const record = records.find((item) => String(item.credential['id']) === id);
    if (!record) return json(404, { errors: 'Not Found' });
    if (record.private) return json(403, { errors: 'This credential is private.' });
    return json(200, { credential: record.credential });
  }

  function list(query: URLSearchParams): Reply {
    const matches = (name: string, value: unknown) => !query.get(name) || String(value ?? '') === query.get(name);
    const found = records
      .filter((record) => !record.private)
      .map((record) => record.credential)
      .filter((credential) => {
        const recipient = (credential['recipient'] ?? {}) as Record<string, unknown>;
        return matches('email', recipient['email']) && matches('recipient_id', recipient['id']) && matches('group_id', credential['group_id']);
      });
    const pageSize = intParam(query, 'page_size', 50, 1, 100);
    const totalPages = Math.max(1, Math.ceil(found.length / pageSize));
    const page = intParam(query, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
    return json(200, {
      credentials: found.slice((page - 1) * pageSize, page * pageSize),
      meta: {
        current_page: page,
        next_page: page < totalPages ? page + 1 : null,
        prev_page: page > 1 ? page - 1 : null,
        total_pages: totalPages,
        total_count: found.length,
      },
    });
  }

  async function handle(req: RouteRequest): Promise<Reply | undefined> {
    const one = /^\/v1\/credentials\/([^/]+)\/?$/.exec(req.path);
    const many = /^\/v1\/all_credentials\/?$/.test(req.path);
    if (!one && !many) return undefined;
    if (req.method !== 'GET') return json(405, { errors: 'Method not allowed' });
    if (!authorized(req)) return json(401, { errors: 'Unauthorized' });
    return one ? byId(decodeURIComponent(one[1]!)) : list(req.query);
  }

  return { handle };
}
