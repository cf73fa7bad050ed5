// transmute's JsonWebSignature2020 suite, the independent reference signer for that suite (Node only: its
// dependencies need Node's Buffer and crypto), canonicalizing with jsonld 9 (its own jsonld 5 refuses the OB 3.0
// context's identical redefinition of VC 2.0's protected terms, which JSON-LD 1.1 allows). The verify data, the
// detached JWS and the key handling stay transmute's.
import jsonld from 'jsonld';
import { JsonWebSignature } from '@transmute/json-web-signature';

export { JsonWebKey } from '@transmute/json-web-signature';

export class JsonWebSignature2020 extends JsonWebSignature {
  override async canonize(input: any, { documentLoader }: any) {
    return jsonld.canonize(input, { algorithm: 'URDNA2015', format: 'application/n-quads', documentLoader, safe: true });
  }
}
