/**
 * One structured line per request. It names the route by its template (`/v1/credentials/{id}`), never the path or
 * query a request carried (ids, e-mail addresses), and holds no header but the Origin, so no secret and nothing
 * from a credential can reach a log.
 */
export interface RequestLog {
  time: string;
  method: string;
  /** `<provider> <template>`, or the proxy's own route (`/healthz`, `/metrics`), or `-` when nothing matched. */
  route: string;
  provider?: string;
  status: number;
  ms: number;
  cache?: 'hit' | 'miss' | 'stale';
  coalesced?: boolean;
  upstreamStatus?: number;
  upstreamMs?: number;
  /** A code: timeout, unreachable, too_large, token, paused, busy, origin, path, route, method, internal. */
  error?: string;
  origin?: string;
}

export type LogSink = (line: string) => void;

export const consoleSink: LogSink = (line) => console.log(line);

export function formatLog(entry: RequestLog): string {
  const fields: RequestLog = { ...entry, ms: Math.round(entry.ms * 10) / 10 };
  if (fields.upstreamMs !== undefined) fields.upstreamMs = Math.round(fields.upstreamMs * 10) / 10;
  // An Origin is whatever the client sent: bounded, and JSON escapes the rest.
  if (fields.origin !== undefined) fields.origin = fields.origin.slice(0, 200);
  return JSON.stringify(fields);
}
