/** A VC-JWT's payload, read without checking anything: the readers live in src/shape (shared with model and verify). */
export { credentialOfJws, readJwsPayload } from '../shape/jws.js';
