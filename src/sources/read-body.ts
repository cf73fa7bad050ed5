import { CredentialError } from '../errors.js';

/** Reads a response body, stopping (and cancelling the stream) as soon as it passes `maxBytes`. */
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
  if (!response.body) return new Uint8Array(await response.arrayBuffer());

  const reader = response.body.getReader();
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
