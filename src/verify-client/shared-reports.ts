/**
 * The page's shared verifications: identical requests (the same credential, the same options) share one report, kept
 * for a while. Apart from the client (index.ts) so that the script tag's first task can start a verification that the
 * client then hands to the element that asks for it (workers.ts's verifyShared).
 */
import type { VerificationReport } from '../verify/types.js';
import type { WorkerVerifyOptions } from './protocol.js';

/** How long a report is kept for a repeated request: long enough for a page's duplicates, short enough for status changes to show. */
const KEEP_MS = 60_000;

const shared = new Map<string, Promise<VerificationReport>>();

/** A key for "the same request": the same bytes with the same options. Unkeyable inputs (Blobs) are not shared. */
export function keyOf(input: unknown, options: WorkerVerifyOptions): string | undefined {
  if (typeof input === 'string') return `s:${input}\u0000${JSON.stringify(options)}`;
  if (input && typeof input === 'object' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer) && !(typeof Blob !== 'undefined' && input instanceof Blob)) {
    try {
      return `o:${JSON.stringify(input)}\u0000${JSON.stringify(options)}`;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export const sharedReport = (key: string): Promise<VerificationReport> | undefined => shared.get(key);

/** Shares a report (pending or not) under its key, then forgets it KEEP_MS after it settles. */
export function keep(key: string, pending: Promise<VerificationReport>): void {
  shared.set(key, pending);
  pending.then(() => setTimeout(() => shared.get(key) === pending && shared.delete(key), KEEP_MS));
}
