/**
 * The two NIST curves the engine verifies, alone: imported on demand where WebCrypto can't import a compressed point.
 * (A dynamic import of '@noble/curves/nist.js' itself would keep its whole namespace, P-521 and hash-to-curve
 * included, in a single-file worker.)
 */
export { p256, p384 } from '@noble/curves/nist.js';
