/** Reads an upstream body while counting its bytes, and stops reading the moment it passes the cap. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/**
 * Hands each chunk of the body to `take`: a declared Content-Length over the cap is refused unread, and a chunked
 * body is cancelled as soon as it passes the cap, so the proxy holds at most the cap plus one chunk.
 */
async function readChunks(response: Response, maxBytes: number, take: (chunk: Uint8Array) => void): Promise<void> {
  const tooLarge = () => new BodyTooLargeError(`the answer is larger than ${maxBytes} bytes`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return;
  const reader = response.body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    take(value);
  }
}

/** The body as text, decoded chunk by chunk: no second copy of the whole body in bytes. */
export async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  await readChunks(response, maxBytes, (chunk) => parts.push(decoder.decode(chunk, { stream: true })));
  parts.push(decoder.decode());
  return parts.join('');
}

/** The body as bytes (an image, a JWS), under the same cap. */
export async function readCappedBytes(response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  await readChunks(response, maxBytes, (chunk) => (chunks.push(chunk), (total += chunk.byteLength)));
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) (bytes.set(chunk, offset), (offset += chunk.byteLength));
  return bytes;
}
