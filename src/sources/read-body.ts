/** Reading bodies within a size limit, and parsing JSON ones. */
import { CredentialError } from '../errors.js';

/**
 * Reads a stream to its end, stopping (and cancelling it) as soon as it passes `maxBytes`: the one capped reader, for
 * response bodies and inflated data alike. `tooLarge` makes the error to throw.
 */
export async function readStreamCapped(stream: ReadableStream<Uint8Array>, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Reads a response body, refusing one that declares or reaches more than `maxBytes` (RESPONSE_TOO_LARGE). */
export async function readBodyCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new CredentialError('RESPONSE_TOO_LARGE', `The response is larger than ${Math.round(maxBytes / 1024)} KB.`, {
      status: response.status,
    });
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw tooLarge();
    return bytes;
  }
  return readStreamCapped(response.body, maxBytes, tooLarge);
}

/** JSON media types: application/json, application/ld+json, application/vc+ld+json, … */
export function isJsonContentType(contentType: string | null): boolean {
  return !!contentType && /^application\/([\w.+-]*\+)?json\b/i.test(contentType.trim());
}

export function parseJsonBody(bytes: Uint8Array, contentType: string | null, status: number): unknown {
  if (!isJsonContentType(contentType)) {
    throw new CredentialError('BAD_RESPONSE', 'The provider answered with something other than JSON.', { status });
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (cause) {
    throw new CredentialError('BAD_RESPONSE', 'The provider answered with broken JSON.', { status, cause });
  }
}
