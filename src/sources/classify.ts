/**
 * Tells what a credential input is (a JSON credential, a VC-JWT, a baked PNG or SVG) from its bytes.
 * Decoding a baked image is the verify engine's job; this only says which kind it is.
 */
import { CredentialError } from '../errors.js';
import { isCompactJws, isPng } from '../shape/formats.js';
import { isMdoc, namedFormatMessage, namedTextFormat, type NamedFormat } from '../shape/named-formats.js';
import { isObject, type JsonObject } from './json.js';

export type CredentialInput =
  | { kind: 'json'; credential: JsonObject }
  | { kind: 'vc-jwt'; jwt: string }
  | { kind: 'png'; bytes: Uint8Array }
  | { kind: 'svg'; text: string };

/** A credential format outside the scope, named (shape/named-formats.ts). */
const outOfScope = (format: NamedFormat) => new CredentialError('UNSUPPORTED_FORMAT', namedFormatMessage(format), { format });

export function classifyBytes(bytes: Uint8Array, contentType: string | null = null): CredentialInput {
  if (isPng(bytes)) return { kind: 'png', bytes };
  if (isMdoc(bytes)) throw outOfScope('mdoc');
  const text = new TextDecoder().decode(bytes);
  if (/image\/png/i.test(contentType ?? '')) {
    throw new CredentialError('UNSUPPORTED_FORMAT', 'The image is not a PNG file.');
  }
  return classifyText(text);
}

/**
 * Whether text is an SVG document: an XML declaration, comments and a doctype may come before `<svg`. One forward
 * pass with indexOf (a regular expression with a repeated lazy group for the comments backtracks exponentially).
 */
function isSvg(text: string): boolean {
  let at = 0;
  const startsWith = (prefix: string) => text.slice(at, at + prefix.length).toLowerCase() === prefix;
  const skipPast = (end: string) => {
    const found = text.indexOf(end, at);
    at = found < 0 ? text.length : found + end.length;
    while (/\s/.test(text[at] ?? '')) at++;
    return found >= 0;
  };
  if (startsWith('<?xml') && !skipPast('>')) return false;
  while (startsWith('<!--')) {
    at += 4;
    if (!skipPast('-->')) return false;
  }
  if (startsWith('<!doctype') && !skipPast('>')) return false;
  return startsWith('<svg') && /[\s>]/.test(text[at + 4] ?? '');
}

export function classifyText(input: string): CredentialInput {
  const text = input.replace(/^\uFEFF/, '').trim();
  if (!text) throw new CredentialError('INVALID_INPUT', 'The credential is empty.');
  const named = namedTextFormat(text);
  if (named) throw outOfScope(named);
  if (text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      throw new CredentialError('INVALID_INPUT', 'The credential is not valid JSON.', { cause });
    }
    if (!isObject(parsed)) throw new CredentialError('INVALID_INPUT', 'The credential is not a JSON object.');
    return { kind: 'json', credential: parsed };
  }
  if (isCompactJws(text)) return { kind: 'vc-jwt', jwt: text };
  if (isSvg(text)) return { kind: 'svg', text };
  throw new CredentialError('UNSUPPORTED_FORMAT', 'This is not a credential format we can read (JSON, VC-JWT, PNG or SVG).');
}
