/** How the encodings credentials arrive in are recognised: a compact JWS, a PNG file. */

/** A compact JWS (header.payload.signature, base64url parts; the signature may be empty for an unsecured JWT). */
export const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export const isCompactJws = (text: string): boolean => COMPACT_JWS.test(text);

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const isPng = (bytes: Uint8Array): boolean => PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
