/**
 * The command's inputs as bytes: a file, standard input (`-`) or a URL, each read with a size bound. Anything that is
 * not a credential to read (no such file, a directory, a URL that answers with an error or a web page) is an
 * UnreadableInput with a sentence for the terminal, and exits 2: it was never a verification.
 */
import { open, stat } from 'node:fs/promises';
import { isCredentialError } from '../errors.js';
import { request } from '../sources/http.js';

/** The largest input read: well above any credential (the engine's own limits are lower). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export class UnreadableInput extends Error {
  override readonly name = 'UnreadableInput';
}

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** `<!doctype html>` or `<html`, after any blank space and byte-order mark: a web page, whatever its type says. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || /^(<!--[\s\S]*?-->\s*)+<(!doctype html|html)/.test(start);
}

function refuseHtml(source: string, bytes: Uint8Array, contentType: string | null): Uint8Array {
  const html = /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? '');
  if (!html && !looksLikeHtml(bytes)) return bytes;
  const what = isUrl(source) ? `${source} answered with a web page (HTML)` : `${source} is a web page (HTML)`;
  throw new UnreadableInput(`${what}, not a credential. Give the credential itself: its JSON, its JWT or the badge image.`);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw new UnreadableInput(`standard input: more than ${MAX_INPUT_BYTES / 1024 / 1024} MB, too large to be a credential`);
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function readFileInput(source: string): Promise<Uint8Array> {
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new UnreadableInput(`${source}: is a directory, not a credential file`);
    if (!info.isFile()) throw new UnreadableInput(`${source}: is not a regular file`);
    if (info.size > MAX_INPUT_BYTES) throw new UnreadableInput(`${source}: ${Math.ceil(info.size / 1024 / 1024)} MB, too large to be a credential`);
    const file = await open(source, 'r');
    try {
      const { buffer, bytesRead } = await file.read({ buffer: new Uint8Array(info.size), position: 0 });
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof UnreadableInput) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UnreadableInput(`${source}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new UnreadableInput(`${source}: permission denied`);
    if (code === 'EISDIR') throw new UnreadableInput(`${source}: is a directory, not a credential file`);
    throw new UnreadableInput(`${source}: could not be read (${code ?? (error as Error).message})`);
  }
}

async function readUrl(source: string): Promise<Uint8Array> {
  try {
    const response = await request<Uint8Array>(
      { url: source, expect: 'bytes', credentials: 'omit', headers: { accept: 'application/vc+ld+json, application/ld+json, application/json, application/vc+jwt, image/png, image/svg+xml;q=0.9, */*;q=0.5' } },
      { timeoutMs: 15_000, maxTries: 2, retryNetwork: true, maxBytes: MAX_INPUT_BYTES, inFlight: false },
    );
    return refuseHtml(source, response.body, response.contentType);
  } catch (error) {
    if (error instanceof UnreadableInput || !isCredentialError(error)) throw error;
    switch (error.code) {
      case 'TIMEOUT':
        throw new UnreadableInput(`${source} did not answer in time`);
      case 'NETWORK':
      case 'OFFLINE':
        throw new UnreadableInput(`${source} could not be reached (no answer: check the address and the connection)`);
      case 'RESPONSE_TOO_LARGE':
        throw new UnreadableInput(`${source} answered with more than ${MAX_INPUT_BYTES / 1024 / 1024} MB, too large to be a credential`);
      default:
        throw new UnreadableInput(error.status ? `${source} answered HTTP ${error.status}` : `${source}: ${error.message}`);
    }
  }
}

/** The bytes of one input. Rejects with UnreadableInput when there is no credential to read. */
export async function readInput(source: string): Promise<Uint8Array> {
  if (source === '-') return refuseHtml('standard input', await readStdin(), null);
  if (isUrl(source)) return readUrl(source);
  return refuseHtml(source, await readFileInput(source), null);
}
