/**
 * The fault switch: a request asks for a failure with the `x-mock-fault` header or the `mock-fault` query parameter.
 *
 *   429 | 500 | 502 | 503 | 504 | 404   answer with that status (429 and 503 carry `Retry-After`, default 1 s)
 *   slow                              wait `x-mock-delay` ms (default 2000) before answering
 *   truncated                         cut the JSON body in half
 *   html                              answer 200 with an HTML page (wrong content type)
 *   large                             answer 200 with a 6 MiB JSON body
 *
 * `<fault>*N` fails only the first N requests that carry the same fault and `x-mock-fault-key` (whatever their path),
 * then answers normally: how the retry tests see a server recover.
 */
import type { IncomingMessage } from 'node:http';
import { headerValue } from './reply.js';

export type FaultKind = '429' | '500' | '502' | '503' | '504' | '404' | 'slow' | 'truncated' | 'html' | 'large';

export interface Fault {
  kind: FaultKind;
  retryAfter: string;
  delayMs: number;
}

const KINDS = new Set<string>(['429', '500', '502', '503', '504', '404', 'slow', 'truncated', 'html', 'large']);

export function createFaultSwitch() {
  const counts = new Map<string, number>();

  return function faultFor(query: URLSearchParams, headers: IncomingMessage['headers']): Fault | undefined {
    const spec = headerValue(headers, 'x-mock-fault') ?? query.get('mock-fault');
    if (!spec) return undefined;
    const [kind = '', times] = spec.trim().split('*');
    if (!KINDS.has(kind)) return undefined;
    if (times !== undefined) {
      const key = [spec, headerValue(headers, 'x-mock-fault-key') ?? query.get('mock-fault-key') ?? ''].join(' ');
      const seen = (counts.get(key) ?? 0) + 1;
      counts.set(key, seen);
      if (seen > Number(times)) return undefined;
    }
    return {
      kind: kind as FaultKind,
      retryAfter: headerValue(headers, 'x-mock-retry-after') ?? query.get('mock-retry-after') ?? '1',
      delayMs: Number(headerValue(headers, 'x-mock-delay') ?? query.get('mock-delay') ?? 2000),
    };
  };
}
