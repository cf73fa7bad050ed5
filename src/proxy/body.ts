/** Reads an upstream body while counting its bytes, and stops reading the moment it passes the cap. */
import { readStreamCapped } from '../sources/read-body.js';

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/**
 * The body as bytes (an image, a JWS, a JSON answer): a declared Content-Length over the cap is refused unread, and a
 * chunked body is cancelled as soon as it passes the cap (the sources' one capped reader), so the proxy holds at
 * most the cap plus one chunk.
 */
export async function readCappedBytes(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new BodyTooLargeError(`the answer is larger than ${maxBytes} bytes`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  return response.body ? readStreamCapped(response.body, maxBytes, tooLarge) : new Uint8Array();
}

/** The body as text, under the same cap. */
export async function readCapped(response: Response, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readCappedBytes(response, maxBytes));
}
