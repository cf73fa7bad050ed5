/** Reading a VC-JWT's payload without checking anything (the verify engine checks). */
import { decodeJwt } from 'jose';
import { isObject, type JsonObject } from './json.js';

/** The payload of a compact JWS, or undefined when it is not base64url JSON. */
export function readJwsPayload(jws: string): JsonObject | undefined {
  try {
    return decodeJwt(jws.trim()) as JsonObject;
  } catch {
    return undefined;
  }
}

/** The credential inside a VC-JWT payload: VC 1.1 puts it under `vc` (a VP-JWT's presentation under `vp`), VC-JOSE 2.0 makes it the payload itself. */
export function credentialOfJws(jws: string): JsonObject | undefined {
  const payload = readJwsPayload(jws);
  const vc = isObject(payload?.['vc']) ? payload['vc'] : payload?.['vp'];
  if (isObject(vc)) return { ...vc, id: vc['id'] ?? payload?.['jti'] };
  return payload;
}
