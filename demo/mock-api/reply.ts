/** What a route answers, before the fault switch has its say; and the small HTTP helpers the routes share. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Reply {
  status: number;
  /** A JSON value, or text sent as is. */
  body: unknown;
  headers?: Record<string, string>;
}

export interface RouteRequest {
  method: string;
  /** The path inside the mock API, without the mount prefix. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The absolute URL of the mock API's root, to build paging links. */
  origin: string;
  body: () => Promise<string>;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({ status, body, headers });

export function readRequestBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function headerValue(headers: IncomingMessage['headers'], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function writeReply(res: ServerResponse, reply: Reply, contentType = 'application/json; charset=utf-8'): void {
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  res.statusCode = reply.status;
  res.setHeader('content-type', contentType);
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  res.end(text);
}

/** `page`/`page_size`-style integers, clamped; `fallback` when absent or not a number. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  const value = raw !== null && /^\d+$/.test(raw) ? Number(raw) : fallback;
  return Math.min(Math.max(value, min), max);
}
