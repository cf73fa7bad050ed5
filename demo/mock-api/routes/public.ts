/**
 * Credentials published at plain URLs, as an issuer's website hosts them: no key, no token. The demo's
 * "school website" page and `src=` examples use them, since a public page can hold no secret.
 *   /public/clr.json             the newest CLR (signed)
 *   /public/badges/{n}.json      the n-th signed OB 3.0 credential nested in it
 *   /public/badges.json          a list of those badges' URLs (relative to the list), for `<credential-gallery src>`
 *   /public/graduates.json       a list of a program's graduates' signed credentials, inline
 */
import { json, type Reply, type RouteRequest } from '../reply.js';

export function createPublicRoutes(clrs: Record<string, unknown>[], graduates: Record<string, unknown>[] = []) {
  const record = clrs[0];
  const badges = ((record?.['credentialSubject'] as Record<string, unknown> | undefined)?.['verifiableCredential'] ?? []) as unknown[];
  return {
    handle(req: RouteRequest): Reply | undefined {
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(405, { error: 'Read only' });
      if (req.path === '/clr.json') return json(200, record);
      if (req.path === '/badges.json') return json(200, badges.map((_, index) => `badges/${index}.json`));
      if (req.path === '/graduates.json') return json(200, graduates);
      const badge = /^\/badges\/(\d+)\.json$/.exec(req.path);
      if (badge) return Number(badge[1]) < badges.length ? json(200, badges[Number(badge[1])]) : json(404, { error: 'No such badge' });
      return undefined;
    },
  };
}
