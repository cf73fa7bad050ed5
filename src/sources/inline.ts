/** A credential given inline: a JSON object, JSON or VC-JWT text, or the bytes of a baked image. */
import { CredentialError } from '../errors.js';
import { classifyBytes, classifyText, type CredentialInput } from './classify.js';
import { isObject } from './json.js';

export function readInlineCredential(value: unknown): CredentialInput {
  if (typeof value === 'string') return classifyText(value);
  if (value instanceof Uint8Array) return classifyBytes(value);
  if (value instanceof ArrayBuffer) return classifyBytes(new Uint8Array(value));
  if (isObject(value)) return { kind: 'json', credential: value };
  throw new CredentialError('INVALID_INPUT', 'The credential must be a JSON object, JSON or JWT text, or image bytes.');
}
