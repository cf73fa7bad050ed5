/** The ibl.ai credential read routes: a user's credentials in an organisation, and one by entity id. */
import { headerValue, intParam, json, type Reply, type RouteRequest } from '../reply.js';
import type { MockSecrets } from '../tokens.js';

const ok = (result: unknown) => json(200, { status: { success: true, description: 'Ok' }, result });
const MAX_PAGE_SIZE = 100;

/** `credentials` are `user`'s; `others` holds more users of the same organisation, by user id. */
export function createIblRoutes(credentials: Record<string, unknown>[], org: string, user: string, secrets: MockSecrets, others: Record<string, Record<string, unknown>[]> = {}) {
  const users = new Map([...Object.entries(others), [user, credentials]]);
  // ibl.ai documents the key as the whole header; `Api-Token <key>` is accepted as well.
  const authorized = (req: RouteRequest) => {
    const header = (headerValue(req.headers, 'authorization') ?? '').trim();
    return header === secrets.iblKey || header === `Api-Token ${secrets.iblKey}`;
  };

  function list(req: RouteRequest, credentials: Record<string, unknown>[]): Reply {
    const search = req.query.get('search')?.toLowerCase();
    const course = req.query.get('course');
    const program = req.query.get('program');
    const found = credentials.filter((item) => {
      const text = `${item['name'] ?? ''} ${item['description'] ?? ''}`.toLowerCase();
      const courses = Array.isArray(item['courses']) ? (item['courses'] as Array<Record<string, unknown>>) : [];
      return (
        (!search || text.includes(search)) &&
        (!course || courses.some((entry) => entry['course_id'] === course)) &&
        (!program || item['programs'] === program)
      );
    });
    const pageSize = intParam(req.query, 'page_size', 10, 1, MAX_PAGE_SIZE);
    const numPages = Math.max(1, Math.ceil(found.length / pageSize));
    const page = intParam(req.query, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
    if (page > numPages) return json(404, { detail: 'Invalid page.' });
    const pageUrl = (at: number) => {
      const query = new URLSearchParams(req.query);
      query.set('page', String(at));
      return `${req.origin}/ibl${req.path}?${query}`;
    };
    return ok({
      data: found.slice((page - 1) * pageSize, page * pageSize),
      next: page < numPages ? pageUrl(page + 1) : null,
      previous: page > 1 ? pageUrl(page - 1) : null,
      count: found.length,
      num_pages: numPages,
      page_number: page,
      max_page_size: MAX_PAGE_SIZE,
    });
  }

  async function handle(req: RouteRequest): Promise<Reply | undefined> {
    const match = /^\/api\/credentials\/orgs\/([^/]+)\/users\/([^/]+)\/(?:([^/]+)\/?)?$/.exec(req.path);
    if (!match) return undefined;
    if (req.method !== 'GET') return json(405, { detail: 'Method not allowed.' });
    if (!authorized(req)) return json(401, { detail: 'Authentication credentials were not provided.' });
    const credentials = users.get(decodeURIComponent(match[2]!));
    if (decodeURIComponent(match[1]!) !== org || !credentials) return json(404, { detail: 'Not found.' });
    if (!match[3]) return list(req, credentials);
    const found = credentials.find((item) => item['entityId'] === decodeURIComponent(match[3]!));
    return found ? ok(found) : json(404, { status: { success: false, description: 'Not found' }, result: null });
  }

  return { handle };
}
