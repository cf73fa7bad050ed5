/** A status list's encodedList: GZIP-compressed bits, base64url, with or without the multibase 'u' prefix. */
import { base64urlDecode } from '../crypto/encoding.js';
import { inflateCapped } from '../inflate.js';

// A status list of 16 MB holds 134 million entries; anything larger is a decompression bomb, not a list.
const MAX_LIST_BYTES = 16 * 1024 * 1024;

function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  return inflateCapped(bytes, 'gzip', MAX_LIST_BYTES, () => new Error(`the status list inflates to more than ${MAX_LIST_BYTES / 1048576} MB`));
}

export async function decodeBitstring(encoded: string): Promise<Uint8Array> {
  const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
  let bytes = base64urlDecode(encoded);
  if (!isGzip(bytes) && encoded.startsWith('u')) bytes = base64urlDecode(encoded.slice(1));
  if (!isGzip(bytes)) throw new Error('the encoded list is not GZIP data');
  return gunzip(bytes);
}
