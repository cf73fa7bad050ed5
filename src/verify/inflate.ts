/**
 * Inflating zlib or gzip data no further than a limit, so that a small bomb costs no more than the limit. The data
 * goes to the inflater in small slices, pulled as the output is read: an inflater may inflate a whole input chunk at
 * once (Chromium's does), so a single large chunk could still produce gigabytes before the reader could stop it.
 */
import { readStreamCapped } from '../sources/read-body.js';

function slices(data: Uint8Array, size = 1024): ReadableStream<BufferSource> {
  let offset = 0;
  return new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (offset >= data.length) controller.close();
        else controller.enqueue(data.slice(offset, (offset += size)));
      },
    },
    { highWaterMark: 0 },
  );
}

/** The inflated bytes; throws `tooLarge()` as soon as they pass `maxBytes`, and the inflater's error for broken data. */
export function inflateCapped(data: Uint8Array, format: 'deflate' | 'gzip', maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  return readStreamCapped(slices(data).pipeThrough(new DecompressionStream(format)), maxBytes, tooLarge);
}
